package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

class QrCodesTest {

    private static final String URL_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:?=&%";

    /**
     * Links of every length from 1 to 300 bytes (QR versions 1 to 12), in byte mode, and the same in upper case
     * (alphanumeric mode, other versions): every module equals ZXing's own code, under whichever mask ZXing
     * chose, and all eight masks occur.
     */
    @Test
    void drawsTheCodeZxingDrawsModuleForModuleUnderEveryMask() throws Exception {
        Random random = new Random(20101);
        Set<Integer> masks = new TreeSet<>();
        Set<Integer> sizes = new TreeSet<>();
        for (int length = 1; length <= 300; length++) {
            for (int sample = 0; sample < 3; sample++) {
                StringBuilder link = new StringBuilder("https://");
                while (link.length() < length) {
                    link.append(URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length())));
                }
                String content = link.substring(0, length);
                for (String c : new String[] {content, content.toUpperCase(java.util.Locale.ROOT).replace('_', '-')
                        .replace('?', '.').replace('=', '+').replace('&', '*')}) {
                    BitMatrix expected = zxing(c);
                    assertThat(QrCodes.encode(c)).as(c).isEqualTo(expected);
                    masks.add(Encoder.encode(c, ErrorCorrectionLevel.M).getMaskPattern());
                    sizes.add(expected.getWidth());
                }
            }
        }
        assertThat(masks).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(sizes).contains(21, 25, 29, 33, 45, 61, 65); // versions 1 to 4, 7 (version information), 11, 12
    }

    /** The code ZXing draws itself, choosing the mask (error correction M, no margin), as the letter used to. */
    static BitMatrix zxing(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void penaltyCountsZxingsFourRulesOnASmallExample() {
        // 8 x 8, all light: rule 1: 16 lines with a run of 8 (3 + 3 each); rule 2: 49 blocks (x 3);
        // rule 3: none; rule 4: 50 % away from half dark, 10 steps of 5 % (x 10)
        long[] light = new long[8];
        assertThat(QrCodes.penalty(light, light, 8)).isEqualTo(16 * 6 + 49 * 3 + 100);
        // 16 x 16, light but for row 0 = ....#.###.#..... (1011101 at column 4, four light modules before it)
        long[] rows = new long[16];
        long[] columns = new long[16];
        for (int x : new int[] {4, 6, 7, 8, 10}) {
            rows[0] |= 1L << x;
            columns[x] |= 1L;
        }
        int rule1 = 3 // row 0: only its last run, five light modules, reaches five
                + 15 * (3 + 11) // rows 1 to 15: one run of 16
                + 5 * (3 + 10) + 11 * (3 + 11); // columns with a dark top module: a run of 15; the others: 16
        int rule2 = 3 * (7 + 14 * 15); // rows 0-1: the seven light pairs of row 0; rows 1 to 15: every block
        int rule3 = 40; // the pattern in row 0 (columns hold none)
        int rule4 = 10 * (Math.abs(5 * 2 - 256) * 10 / 256); // 5 dark of 256: nine steps of 5 % from half
        assertThat(QrCodes.penalty(rows, columns, 16)).isEqualTo(rule1 + rule2 + rule3 + rule4);
    }
}
