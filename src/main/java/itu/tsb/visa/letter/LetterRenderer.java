// Longer than 250 lines: the one page of the letter drawn line by line, each block in the order it is printed, so
// that the layout reads top to bottom in one place.
package itu.tsb.visa.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.google.zxing.common.BitMatrix;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Renders a {@link LetterContent} as a one-page PDF/A-2b document: embedded, subset DejaVu Sans (any
 * Latin, Cyrillic or Greek name; bold is simulated), an sRGB output intent, document metadata and a QR
 * code leading to the verification page. All wording comes from {@code letter/messages*.properties}.
 * The page is drawn line by line on the canvas, with a simple word wrap: a fixed one-page letter needs
 * no general layout engine, and drawing it directly costs about half as much.
 */
class LetterRenderer {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** For glyph look-ups only (read-only maps, safe to share). */
    private static final FontProgram REGULAR_PROGRAM = program(REGULAR);
    /**
     * Parsed once per thread: iText does not promise that one program may be subset for two documents at
     * the same time, and the job executor renders letters on several threads.
     */
    private static final ThreadLocal<FontProgram> RENDERING_PROGRAM = ThreadLocal.withInitial(() -> program(REGULAR));

    private static final float LEFT = 56;
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * LEFT;
    private static final float TOP = PageSize.A4.getHeight() - 44;
    private static final float BODY = 9.5f;
    private static final float LINE = 13f;
    private static final float LABEL_WIDTH = WIDTH * 2 / 5;
    private static final float QR_SIZE = 72;
    private static final float VERIFY_COLUMN = 190;
    private static final float CAPTION = 6.5f;
    private static final float BOTTOM = 40;
    private static final float LETTERHEAD_HEIGHT = 46;
    private static final float SIGNATURE_HEIGHT = 36;

    /** Whether every character of the text has a glyph in the letter's font. */
    static boolean canDraw(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || REGULAR_PROGRAM.getGlyph(cp) != null);
    }

    private final Stationery stationery;

    LetterRenderer() {
        this(Stationery.PLAIN);
    }

    LetterRenderer(Stationery stationery) {
        this.stationery = stationery;
    }

    byte[] render(LetterContent c) {
        Locale locale = "en".equals(c.language()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle text = bundle(locale);
        LetterDates dates = LetterDates.of(locale);
        LetterContent.Holder h = c.holder();
        LetterContent.Requester r = c.requester();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        new ByteArrayInputStream(SRGB)));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(format(text, "metadata.title", c.reference()));
        info.setAuthor(format(text, "letterhead.bureau"));
        info.setSubject(format(text, "metadata.subject", h.familyName() + ", " + h.givenNames()));
        info.setCreator("ITU TSB visa assistance");
        pdf.getCatalog().setLang(new PdfString(locale.getLanguage()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));

        Writer w = new Writer(pdf, font(RENDERING_PROGRAM.get()));
        letterhead(w, text, c.language());
        String date = format(text, "placeDate", dates.day(c.issueDate()));
        w.at(LEFT + WIDTH - w.width(date, BODY), w.y, date, BODY, false);
        w.paragraph(format(text, "reference", c.reference()), LEFT, WIDTH * 0.6f, BODY, false);
        w.y -= 10;
        w.line(format(text, "addressee." + c.addressee().kind()), BODY, false);
        w.line(c.addressee().city(), BODY, false);
        w.line(countryName(c.addressee().country(), locale), BODY, false);
        w.y -= 6;
        w.paragraph(format(text, "copy"), LEFT, WIDTH, 8, false);
        w.y -= 8;
        w.paragraph(format(text, "subject", c.meeting().title()), LEFT, WIDTH, BODY, true);
        w.y -= 6;
        w.line(format(text, "salutation"), BODY, false);
        w.y -= 5;
        w.paragraph(format(text, "intro", c.meeting().title(), c.meeting().venue(),
                dates.span(c.meeting().firstDay(), c.meeting().lastDay())), LEFT, WIDTH, BODY, false);
        w.y -= 5;
        w.paragraph(format(text, "citation", r.signatoryName(), r.signatoryTitle(), dates.day(r.receivedDate())),
                LEFT, WIDTH, BODY, false);
        w.y -= 6;
        w.row(format(text, "entity.name"), prose(text, r.entityName()), true);
        w.row(format(text, "entity.standing"), format(text, "standing." + r.standing()), false);
        w.row(format(text, text.containsKey("entity.country." + r.standing()) ? "entity.country." + r.standing()
                : "entity.country"), countryName(r.country(), locale), true);
        w.y -= 6;
        String authority = format(text, c.issueDate().isBefore(LocalDate.of(2015, 1, 1))
                ? "authority.before2015" : "authority.from2015");
        w.paragraph(format(text, "request", authority), LEFT, WIDTH, BODY, false);
        w.y -= 8;
        w.row(format(text, "field.familyName"), h.familyName(), true);
        w.row(format(text, "field.givenNames"), h.givenNames(), true);
        w.row(format(text, "field.function"), h.function(), false);
        w.row(format(text, "field.birth"), format(text, "field.birthValue", dates.day(h.dateOfBirth()),
                h.placeOfBirth()), false);
        w.row(format(text, "field.nationality"), countryName(h.nationality(), locale), false);
        w.row(format(text, "field.passportNumber"), h.passportNumber(), true);
        w.row(format(text, "field.issuingAuthority"), h.issuingAuthority(), false);
        w.row(format(text, "field.issueDate"), dates.day(h.passportIssueDate()), false);
        w.row(format(text, "field.expiryDate"), dates.day(h.passportExpiryDate()), false);
        w.row(format(text, "field.registration"), h.registrationNumber(), false);
        w.y -= 8;
        w.paragraph(format(text, "noFinancialResponsibility"), LEFT, WIDTH, BODY, false);
        w.y -= 5;
        w.paragraph(format(text, "closing"), LEFT, WIDTH, BODY, false);

        w.y -= 12;
        w.ensureRoom(QR_SIZE + 40);
        float blockTop = w.y;
        float qrLeft = LEFT + WIDTH - VERIFY_COLUMN;
        w.endText();
        drawQrCode(w.canvas, c.verifyUrl(), qrLeft, blockTop - QR_SIZE, QR_SIZE);
        signature(w, stationery.signatureImage(c.language()), blockTop, qrLeft - LEFT - 12);
        w.y = blockTop - SIGNATURE_HEIGHT - 4;
        if (c.signature().name() != null && !c.signature().name().isBlank()) {
            w.paragraph(c.signature().name(), LEFT, qrLeft - LEFT - 12, BODY, false);
        }
        w.paragraph(c.signature().title(), LEFT, qrLeft - LEFT - 12, BODY, false);
        // below the code (a quiet zone of four modules around it) and below the signature
        w.y = Math.min(blockTop - QR_SIZE - 16, w.y - 6);
        // the link on one line so that it can be typed as printed: under the code when it fits there, else
        // further left (only a link wider than the page is cut)
        float linkWidth = Math.min(WIDTH, Math.max(VERIFY_COLUMN, w.width(c.verifyUrl(), CAPTION)));
        float captionLeft = LEFT + WIDTH - linkWidth;
        w.paragraph(format(text, "verify"), captionLeft, linkWidth, CAPTION, false);
        w.paragraph(c.verifyUrl(), captionLeft, linkWidth, CAPTION, false);
        w.endText();
        w.numberPages(text, c.reference());
        pdf.close();
        return out.toByteArray();
    }

    /**
     * The deployment's letterhead image at the top left (if any), its address block beside it: the
     * deployment's lines in the letter's language, or the letter's own wording.
     */
    private void letterhead(Writer w, ResourceBundle text, String language) {
        List<String> lines = letterheadLines(stationery, language);
        float x = LEFT;
        float top = w.y;
        if (stationery.letterheadImage() != null) {
            ImageData image = ImageDataFactory.create(stationery.letterheadImage());
            w.image(image, LEFT, top + 10 - LETTERHEAD_HEIGHT, LETTERHEAD_HEIGHT * 2, LETTERHEAD_HEIGHT);
            x = LEFT + image.getWidth() / image.getHeight() * LETTERHEAD_HEIGHT + 10;
        }
        for (int i = 0; i < lines.size(); i++) {
            float size = i == 0 ? 13 : i == 1 ? BODY : 8;
            w.at(x, w.y, lines.get(i), size, i == 0);
            w.y -= Writer.lineHeight(size) + (i == 0 ? 3 : 0);
        }
        w.y = Math.min(w.y, top + 10 - LETTERHEAD_HEIGHT) - 14;
    }

    /** The address block of the letterhead in a letter language: the deployment's lines, or the letter's own words. */
    static List<String> letterheadLines(Stationery stationery, String language) {
        ResourceBundle text = bundle("en".equals(language) ? Locale.ENGLISH : Locale.FRENCH);
        List<String> lines = stationery.lines(language).stream().map(line -> prose(text, line)).toList();
        return !lines.isEmpty() ? lines : List.of(format(text, "letterhead.union"), format(text, "letterhead.bureau"),
                format(text, "letterhead.address"));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("letter.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The signature image above the signatory's name, or a line to sign on. */
    private static void signature(Writer w, byte[] image, float top, float maxWidth) {
        if (image != null) {
            w.image(ImageDataFactory.create(image), LEFT, top - SIGNATURE_HEIGHT, Math.min(maxWidth, 150), SIGNATURE_HEIGHT);
            return;
        }
        w.endText();
        w.canvas.saveState().setLineWidth(0.5f).moveTo(LEFT, top - SIGNATURE_HEIGHT + 2)
                .lineTo(LEFT + Math.min(maxWidth, 170), top - SIGNATURE_HEIGHT + 2).stroke().restoreState();
    }

    /** The QR code (error correction M, no margin: the page around it is white) as a one-bit image. */
    private static void drawQrCode(PdfCanvas canvas, String content, float x, float y, float size) {
        BitMatrix matrix = QrCodes.encode(content);
        // a one-bit image, one pixel per module (1 = white): tiny, and drawn with hard edges (no interpolation)
        int side = matrix.getWidth();
        int rowBytes = (side + 7) / 8;
        byte[] bits = new byte[rowBytes * side];
        java.util.Arrays.fill(bits, (byte) 0xFF);
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                if (matrix.get(col, row)) {
                    bits[row * rowBytes + col / 8] &= (byte) ~(0x80 >> (col % 8));
                }
            }
        }
        // written as it is (the document's Flate compression applies): handing iText raw one-bit data instead
        // makes it compress the image as CCITT G4, a fifth of the time the letter's QR code takes
        PdfStream image = new PdfStream(bits);
        image.put(PdfName.Type, PdfName.XObject);
        image.put(PdfName.Subtype, PdfName.Image);
        image.put(PdfName.Width, new PdfNumber(side));
        image.put(PdfName.Height, new PdfNumber(side));
        image.put(PdfName.ColorSpace, PdfName.DeviceGray);
        image.put(PdfName.BitsPerComponent, new PdfNumber(1));
        canvas.addXObjectWithTransformationMatrix(new PdfImageXObject(image), size, 0, 0, size, x, y);
    }

    /**
     * Draws lines top-down from {@link #TOP}, wrapping words to a width; a line that would fall below the
     * bottom margin starts a new page (long titles and names can make a letter longer than one page).
     */
    private static final class Writer {
        private final PdfADocument pdf;
        private final PdfFont font;
        private PdfCanvas canvas;
        private float y;
        private boolean inText;
        private float currentSize;
        private boolean currentBold;

        Writer(PdfADocument pdf, PdfFont font) {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        private void newPage() {
            endText();
            PdfPage page = pdf.addNewPage(PageSize.A4);
            canvas = new PdfCanvas(page);
            y = TOP;
        }

        void ensureRoom(float height) {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        float width(String s, float size) {
            return font.getWidth(s, size);
        }

        /** All text of a page goes into one text object; font size and bold change only when they must. */
        void at(float x, float baseline, String s, float size, boolean bold) {
            if (!inText) {
                canvas.beginText();
                inText = true;
                currentSize = -1;
                currentBold = false;
            }
            if (size != currentSize) {
                canvas.setFontAndSize(font, size);
                currentSize = size;
            }
            if (bold != currentBold) {
                canvas.setTextRenderingMode(bold ? PdfCanvasConstants.TextRenderingMode.FILL_STROKE
                        : PdfCanvasConstants.TextRenderingMode.FILL);
                if (bold) {
                    canvas.setLineWidth(size / 30);
                }
                currentBold = bold;
            }
            canvas.setTextMatrix(x, baseline).showText(s);
        }

        /** An image fitted into a box (its proportions kept), from the box's lower left corner. */
        void image(ImageData image, float x, float y, float maxWidth, float height) {
            endText();
            float width = Math.min(maxWidth, image.getWidth() / image.getHeight() * height);
            float drawnHeight = width * image.getHeight() / image.getWidth();
            canvas.addImageWithTransformationMatrix(image, width, 0, 0, drawnHeight, x, y + (height - drawnHeight), false);
        }

        /** "Page 1 of 2" at the foot of each page, with the letter's reference, when it runs to more than one. */
        void numberPages(ResourceBundle text, String reference) {
            int pages = pdf.getNumberOfPages();
            if (pages < 2) {
                return;
            }
            for (int n = 1; n <= pages; n++) {
                PdfCanvas foot = new PdfCanvas(pdf.getPage(n));
                String line = format(text, "page", reference, n, pages);
                foot.beginText().setFontAndSize(font, CAPTION)
                        .setTextMatrix(LEFT + (WIDTH - width(line, CAPTION)) / 2, BOTTOM / 2).showText(line).endText();
            }
        }

        void endText() {
            if (inText) {
                canvas.endText();
                inText = false;
            }
        }

        void line(String s, float size, boolean bold) {
            ensureRoom(0);
            at(LEFT, y, s, size, bold);
            y -= lineHeight(size);
        }

        void paragraph(String s, float x, float maxWidth, float size, boolean bold) {
            for (String l : wrap(s, maxWidth, size)) {
                ensureRoom(0);
                at(x, y, l, size, bold);
                y -= lineHeight(size);
            }
        }

        /** A label and its value; a long value wraps in its column. */
        void row(String label, String value, boolean emphasised) {
            List<String> lines = wrap(value, WIDTH - LABEL_WIDTH, BODY);
            ensureRoom(lines.size() * lineHeight(BODY));
            at(LEFT, y, label, BODY, false);
            for (String l : lines) {
                at(LEFT + LABEL_WIDTH, y, l, BODY, emphasised);
                y -= lineHeight(BODY) - 0.5f;
            }
        }

        private static float lineHeight(float size) {
            return size <= BODY ? size * LINE / BODY : size * 1.3f;
        }

        List<String> wrap(String s, float maxWidth, float size) {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float currentWidth = 0;
            float space = width(" ", size);
            for (String word : s.split(" ")) {
                float wordWidth = width(word, size);
                // glyph widths add up (no kerning), so a line's width is kept as a running sum
                if (current.isEmpty() ? wordWidth <= maxWidth : currentWidth + space + wordWidth <= maxWidth) {
                    if (!current.isEmpty()) {
                        current.append(' ');
                        currentWidth += space;
                    }
                    current.append(word);
                    currentWidth += wordWidth;
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                    currentWidth = 0;
                }
                // a single word wider than the line (a long URL) is cut where it must be
                while (width(word, size) > maxWidth) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                current.append(word);
                currentWidth = width(word, size);
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }
    }

    /** Compiled patterns, by language and key (MessageFormat is not thread-safe: each use clones one). */
    private static final Map<String, MessageFormat> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A sentence of the letter with its arguments, set as the language is printed (French typography). */
    private static String format(ResourceBundle text, String key, Object... args) {
        MessageFormat pattern = PATTERNS.computeIfAbsent(text.getLocale().getLanguage() + ':' + key,
                k -> new MessageFormat(text.getString(key), text.getLocale()));
        return prose(text, ((MessageFormat) pattern.clone()).format(args));
    }

    /** Typed prose (an entity's name) set as the letter's language is printed. */
    private static String prose(ResourceBundle text, String typed) {
        return "fr".equals(text.getLocale().getLanguage()) ? FrenchTypography.apply(typed) : typed;
    }

    /** An ISO 3166 alpha-2 or alpha-3 code as the language names the country. */
    static String countryName(String code, Locale language) {
        String alpha2 = code.length() == 3 ? alpha2Of(code) : code;
        String name = new Locale("", alpha2).getDisplayCountry(language);
        return name.isBlank() || name.equalsIgnoreCase(alpha2) ? code : name;
    }

    private static final Map<String, String> ALPHA2_BY_ALPHA3 = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(java.util.stream.Collectors.toMap(a2 -> new Locale("", a2).getISO3Country(), a2 -> a2,
                    (a, b) -> a));

    private static String alpha2Of(String alpha3) {
        return ALPHA2_BY_ALPHA3.getOrDefault(alpha3.toUpperCase(Locale.ROOT), alpha3);
    }

    static PdfFont font(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** The sRGB colour profile of the documents' output intent. */
    static byte[] srgb() {
        return SRGB.clone();
    }

    static FontProgram regularFont() {
        return RENDERING_PROGRAM.get();
    }

    private static FontProgram program(byte[] bytes) {
        try {
            return FontProgramFactory.createFont(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = LetterRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
