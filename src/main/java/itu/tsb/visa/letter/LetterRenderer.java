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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Renders a {@link LetterContent} as a one-page PDF/A-2b document: embedded, subset DejaVu Sans, one font with simulated bold (any
 * Latin, Cyrillic or Greek name), an sRGB output intent, document metadata and a QR code leading to
 * the verification page. All wording comes from {@code letter/messages*.properties}.
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

    /** Whether every character of the text has a glyph in the letter's font. */
    static boolean canDraw(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || REGULAR_PROGRAM.getGlyph(cp) != null);
    }

    byte[] render(LetterContent c) {
        Locale locale = "en".equals(c.language()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle text = ResourceBundle.getBundle("letter.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfADocument pdf = new PdfADocument(new PdfWriter(out),
                PdfAConformance.PDF_A_2B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        new ByteArrayInputStream(SRGB)));
        String fullName = c.familyName() + ", " + c.givenNames();
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(format(text, "metadata.title", c.reference()));
        info.setAuthor(format(text, "letterhead.bureau"));
        info.setSubject(format(text, "metadata.subject", fullName));
        info.setCreator("ITU TSB visa assistance");
        pdf.getCatalog().setLang(new PdfString(locale.getLanguage()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));

        PdfFont regular = font(RENDERING_PROGRAM.get());
        try (Document doc = new Document(pdf, PageSize.A4)) {
            doc.setMargins(36, 56, 30, 56);
            doc.setFont(regular).setFontSize(9.5f);
            doc.add(new Paragraph(format(text, "letterhead.union")).simulateBold().setFontSize(13).setMarginBottom(0));
            doc.add(new Paragraph(format(text, "letterhead.bureau")).setMargin(0));
            doc.add(new Paragraph(format(text, "letterhead.address")).setFontSize(8).setMarginTop(0).setMarginBottom(14));

            Table head = new Table(UnitValue.createPercentArray(new float[] {1, 1})).useAllAvailableWidth().setFixedLayout();
            head.addCell(plain(format(text, "reference", c.reference())));
            head.addCell(plain(format(text, "placeDate", dates.format(c.issueDate()))).setTextAlignment(TextAlignment.RIGHT));
            doc.add(head);

            doc.add(new Paragraph(format(text, "addressee." + c.representationKind()) + "\n" + c.representationCity()
                    + "\n" + countryName(c.representationCountry(), locale)).setMarginTop(12));
            doc.add(new Paragraph(format(text, "copy")).setFontSize(8));
            doc.add(new Paragraph(format(text, "subject", c.meetingTitle())).simulateBold().setMarginTop(8));
            doc.add(new Paragraph(format(text, "salutation")));
            String category = "en".equals(c.language()) ? c.entityCategoryEnglish() : c.entityCategoryFrench();
            doc.add(new Paragraph(format(text, "intro", c.entityName(), category, c.meetingTitle(), c.meetingVenue(),
                    dates.format(c.meetingFirstDay()), dates.format(c.meetingLastDay()))).setTextAlignment(TextAlignment.JUSTIFIED));
            String authority = format(text, c.issueDate().isBefore(LocalDate.of(2015, 1, 1))
                    ? "authority.before2015" : "authority.from2015");
            doc.add(new Paragraph(format(text, "request", authority)).setTextAlignment(TextAlignment.JUSTIFIED));

            Table person = new Table(UnitValue.createPercentArray(new float[] {2, 3})).useAllAvailableWidth().setFixedLayout()
                    .setMarginTop(4).setMarginBottom(8);
            row(person, text, "field.familyName", c.familyName(), true);
            row(person, text, "field.givenNames", c.givenNames(), true);
            row(person, text, "field.function", c.function(), false);
            row(person, text, "field.birth", format(text, "field.birthValue", dates.format(c.dateOfBirth()),
                    c.placeOfBirth()), false);
            row(person, text, "field.nationality", countryName(c.nationality(), locale), false);
            row(person, text, "field.passportNumber", c.passportNumber(), true);
            row(person, text, "field.issuingAuthority", c.issuingAuthority(), false);
            row(person, text, "field.issueDate", dates.format(c.passportIssueDate()), false);
            row(person, text, "field.expiryDate", dates.format(c.passportExpiryDate()), false);
            row(person, text, "field.registration", c.registrationNumber(), false);
            doc.add(person);

            doc.add(new Paragraph(format(text, "noFinancialResponsibility")));
            doc.add(new Paragraph(format(text, "closing")).setMarginTop(6));
            Table end = new Table(UnitValue.createPercentArray(new float[] {3, 2})).useAllAvailableWidth().setFixedLayout().setMarginTop(18);
            end.addCell(plain(c.signatoryName() + "\n" + c.signatoryTitle()).setPaddingTop(24));
            PdfFormXObject qr = new BarcodeQRCode(c.verifyUrl()).createFormXObject(pdf);
            end.addCell(new Cell().add(new Image(qr).setWidth(72).setHeight(72))
                    .add(new Paragraph(format(text, "verify", c.verifyUrl())).setFontSize(6.5f).setMargin(0))
                    .setBorder(Border.NO_BORDER));
            doc.add(end);
        }
        return out.toByteArray();
    }

    private static void row(Table table, ResourceBundle text, String label, String value, boolean emphasised) {
        table.addCell(plain(format(text, label)));
        Cell cell = plain(value);
        table.addCell(emphasised ? cell.simulateBold() : cell);
    }

    private static Cell plain(String s) {
        return new Cell().add(new Paragraph(s).setMargin(0)).setBorder(Border.NO_BORDER).setPadding(1);
    }

    private static String format(ResourceBundle text, String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }

    /** An ISO 3166 alpha-2 or alpha-3 code as the language names the country. */
    static String countryName(String code, Locale language) {
        String alpha2 = code.length() == 3 ? alpha2Of(code) : code;
        String name = new Locale("", alpha2).getDisplayCountry(language);
        return name.isBlank() || name.equalsIgnoreCase(alpha2) ? code : name;
    }

    private static String alpha2Of(String alpha3) {
        for (String a2 : Locale.getISOCountries()) {
            if (new Locale("", a2).getISO3Country().equalsIgnoreCase(alpha3)) {
                return a2;
            }
        }
        return alpha3;
    }

    static PdfFont font(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
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
