// Longer than 250 lines: one algorithm, the QR code's eight mask patterns scored with ZXing's penalty rules, kept
// whole so that it can be compared with ZXing's.
package itu.tsb.visa.letter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * The QR code of a verification link (error correction M), module for module the code ZXing draws.
 * <p>
 * ZXing chooses the mask pattern, as the QR standard asks, by building the symbol under each of the eight
 * masks and scoring it with four penalty rules; on byte matrices that took a sixth of a letter's rendering
 * time. Here ZXing encodes once, with mask 0, and the eight candidates are derived from that symbol as rows
 * and columns of bits: only data modules change with the mask, and the format information is recomputed.
 * ZXing's four rules are then counted with bitwise operations, and the mask with the lowest penalty (the
 * first one on a tie, as ZXing does) is kept. Codes up to 64 modules wide (version 11, links up to 251
 * bytes) take this way; wider ones are left to ZXing.
 */
final class QrCodes {

    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    private static final int MASKS = 8;
    private static final int WIDEST = Long.SIZE;
    private static final Map<Integer, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private QrCodes() {
    }

    static BitMatrix encode(String content) {
        QRCode first = encode(content, Map.of(EncodeHintType.QR_MASK_PATTERN, 0));
        ByteMatrix symbol = first.getMatrix();
        int size = symbol.getWidth();
        if (size > WIDEST) {
            return bits(encode(content, Map.of()).getMatrix());
        }
        long[] rows0 = new long[size];
        long[] columns0 = new long[size];
        byte[][] modules = symbol.getArray();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules[y][x] == 1) {
                    rows0[y] |= 1L << x;
                    columns0[x] |= 1L << y;
                }
            }
        }
        Layout layout = LAYOUTS.computeIfAbsent(first.getVersion().getVersionNumber(), v -> new Layout(Version.getVersionForNumber(v)));
        long[] rows = new long[size];
        long[] columns = new long[size];
        int best = 0;
        int lowest = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            layout.apply(mask, rows0, columns0, rows, columns);
            int penalty = penalty(rows, columns, size);
            if (penalty < lowest) {
                lowest = penalty;
                best = mask;
            }
        }
        layout.apply(best, rows0, columns0, rows, columns);
        BitMatrix result = new BitMatrix(size);
        for (int y = 0; y < size; y++) {
            for (long row = rows[y]; row != 0; row &= row - 1) {
                result.set(Long.numberOfTrailingZeros(row), y);
            }
        }
        return result;
    }

    private static QRCode encode(String content, Map<EncodeHintType, ?> hints) {
        try {
            return Encoder.encode(content, LEVEL, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("the verification link cannot be encoded as a QR code", e);
        }
    }

    private static BitMatrix bits(ByteMatrix matrix) {
        BitMatrix result = new BitMatrix(matrix.getWidth(), matrix.getHeight());
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                    result.set(x, y);
                }
            }
        }
        return result;
    }

    /** ZXing's penalty (its {@code MaskUtil}, rules 1 to 4), over lines of bits: bit x of a row is module x. */
    static int penalty(long[] rows, long[] columns, int size) {
        long line = size == WIDEST ? -1L : (1L << size) - 1;
        int runs = 0;
        int blocks = 0;
        int finderLike = 0;
        int dark = 0;
        for (int i = 0; i < size; i++) {
            runs += runs(rows[i], line) + runs(columns[i], line);
            finderLike += finderLike(rows[i], line) + finderLike(columns[i], line);
            dark += Long.bitCount(rows[i]);
            if (i + 1 < size) {
                blocks += sameColourBlocks(rows[i], rows[i + 1], line);
            }
        }
        int total = size * size;
        return runs + 3 * blocks + 40 * finderLike + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    /**
     * Rule 1: a run of L &ge; 5 modules of one colour costs 3 + (L - 5). A run holds L - 4 windows of five
     * equal modules, so the cost is the number of such windows plus 2 for each run of them.
     */
    private static int runs(long a, long line) {
        long same = ~(a ^ (a >>> 1)) & (line >>> 1);
        long fives = same & (same >>> 1) & (same >>> 2) & (same >>> 3);
        long starts = fives & ~(fives << 1);
        return Long.bitCount(fives) + 2 * Long.bitCount(starts);
    }

    /** Rule 2: each 2 &times; 2 block of one colour (before its weight of 3). */
    private static int sameColourBlocks(long a, long b, long line) {
        return Long.bitCount(~(a ^ (a >>> 1)) & ~(b ^ (b >>> 1)) & ~(a ^ b) & (line >>> 1));
    }

    /**
     * Rule 3 (before its weight of 40): dark-light-dark-dark-dark-light-dark with four light modules before
     * or after it. As in ZXing 3.5, those four must lie inside the symbol.
     */
    private static int finderLike(long a, long line) {
        long pattern = a & ~(a >>> 1) & (a >>> 2) & (a >>> 3) & (a >>> 4) & ~(a >>> 5) & (a >>> 6) & (line >>> 6);
        long lightBefore = ~((a << 1) | (a << 2) | (a << 3) | (a << 4)) & ~0xFL;
        long lightAfter = ~((a >>> 7) | (a >>> 8) | (a >>> 9) | (a >>> 10)) & (line >>> 10);
        return Long.bitCount(pattern & (lightBefore | lightAfter));
    }

    /** Where a version's data modules and format information lie, and what each mask does to them. */
    private static final class Layout {
        /** Per mask, as rows and as columns: the data modules whose colour differs from mask 0's. */
        private final Lines[] flips = new Lines[MASKS];
        /** The format information's modules; per mask, the dark ones among them. */
        private final Lines format;
        private final Lines[] formatDark = new Lines[MASKS];

        Layout(Version version) {
            int size = version.getDimensionForVersion();
            boolean[][] function = functionModules(version, size);
            boolean[][] formatModules = new boolean[size][size];
            for (int i = 0; i < 15; i++) {
                for (int[] at : formatModules(i, size)) {
                    formatModules[at[1]][at[0]] = true;
                }
            }
            format = new Lines(formatModules);
            for (int mask = 0; mask < MASKS; mask++) {
                boolean[][] flip = new boolean[size][size];
                boolean[][] dark = new boolean[size][size];
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        flip[y][x] = !function[y][x] && masked(mask, x, y) != masked(0, x, y);
                    }
                }
                int word = formatWord(mask);
                for (int i = 0; i < 15; i++) {
                    for (int[] at : formatModules(i, size)) {
                        dark[at[1]][at[0]] = (word >>> i & 1) == 1;
                    }
                }
                flips[mask] = new Lines(flip);
                formatDark[mask] = new Lines(dark);
            }
        }

        /** The symbol under a mask, from the symbol under mask 0. */
        void apply(int mask, long[] rows0, long[] columns0, long[] rows, long[] columns) {
            apply(flips[mask].rows, format.rows, formatDark[mask].rows, rows0, rows);
            apply(flips[mask].columns, format.columns, formatDark[mask].columns, columns0, columns);
        }

        private static void apply(long[] flip, long[] format, long[] dark, long[] underMask0, long[] result) {
            for (int i = 0; i < underMask0.length; i++) {
                result[i] = ((underMask0[i] ^ flip[i]) & ~format[i]) | dark[i];
            }
        }

        private static boolean[][] functionModules(Version version, int size) {
            boolean[][] function = new boolean[size][size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    // finder patterns with their separators, format information and the dark module; timing
                    function[y][x] = inCorner(x, y, size) || x == 6 || y == 6;
                }
            }
            for (int cy : version.getAlignmentPatternCenters()) {
                for (int cx : version.getAlignmentPatternCenters()) {
                    if (!inCorner(cx, cy, size)) {
                        for (int y = cy - 2; y <= cy + 2; y++) {
                            for (int x = cx - 2; x <= cx + 2; x++) {
                                function[y][x] = true;
                            }
                        }
                    }
                }
            }
            if (version.getVersionNumber() >= 7) {
                for (int i = 0; i < 6; i++) {
                    for (int j = size - 11; j < size - 8; j++) {
                        function[j][i] = true;
                        function[i][j] = true;
                    }
                }
            }
            return function;
        }

        private static boolean inCorner(int x, int y, int size) {
            return (x < 9 && y < 9) || (x >= size - 8 && y < 9) || (x < 9 && y >= size - 8);
        }

        /** The two modules that carry bit i (least significant first) of the format information. */
        private static int[][] formatModules(int i, int size) {
            int[] first = i < 6 ? new int[] {8, i} : i < 8 ? new int[] {8, i + 1} : i == 8 ? new int[] {7, 8}
                    : new int[] {14 - i, 8};
            int[] second = i < 8 ? new int[] {size - 1 - i, 8} : new int[] {8, size - 15 + i};
            return new int[][] {first, second};
        }

        /** Error correction level and mask, with their BCH(15,5) check bits, XORed with 101010000010010. */
        private static int formatWord(int mask) {
            int data = LEVEL.getBits() << 3 | mask;
            int remainder = data << 10;
            for (int bit = 14; bit >= 10; bit--) {
                if ((remainder >>> bit & 1) == 1) {
                    remainder ^= 0x537 << (bit - 10);
                }
            }
            return (data << 10 | remainder) ^ 0x5412;
        }

        /** Whether a mask pattern darkens (inverts) the module at column x, row y. */
        private static boolean masked(int mask, int x, int y) {
            return switch (mask) {
                case 0 -> (y + x) % 2 == 0;
                case 1 -> y % 2 == 0;
                case 2 -> x % 3 == 0;
                case 3 -> (y + x) % 3 == 0;
                case 4 -> (y / 2 + x / 3) % 2 == 0;
                case 5 -> (y * x) % 2 + (y * x) % 3 == 0;
                case 6 -> ((y * x) % 2 + (y * x) % 3) % 2 == 0;
                case 7 -> ((y + x) % 2 + (y * x) % 3) % 2 == 0;
                default -> throw new IllegalArgumentException("mask " + mask);
            };
        }
    }

    /** A set of modules as rows of bits (bit x of row y is column x) and as columns (bit y of column x). */
    private record Lines(long[] rows, long[] columns) {
        Lines(boolean[][] grid) {
            this(new long[grid.length], new long[grid.length]);
            for (int y = 0; y < grid.length; y++) {
                for (int x = 0; x < grid.length; x++) {
                    if (grid[y][x]) {
                        rows[y] |= 1L << x;
                        columns[x] |= 1L << y;
                    }
                }
            }
        }
    }
}
