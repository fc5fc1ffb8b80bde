package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.ValidationResult;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;

import itu.tsb.visa.support.PdfText;

/** The letter as the embassy reads it: every field, both languages, any script, archival PDF/A. */
class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer();

    /** A link of the length letters carry: a 128-bit token is 22 base64url characters. */
    static final String VERIFY_URL = "https://visa.example.test/verify/q3Zx8-LmN_0pRt7Yw2KbVa";

    static LetterContent aLetter(String language, String family, String given, LocalDate issued) {
        return new LetterContent(language, "TSB/VISA/FG-SMART/2010/17/1", issued, "EMBASSY", "Nairobi", "KE", family,
                given, "Senior Engineer", LocalDate.of(1978, 3, 2), "Mombasa", "KEN", "AK1234567",
                "Department of Immigration", LocalDate.of(2008, 9, 1), LocalDate.of(2018, 8, 31),
                "First meeting of the Focus Group on Smart Grid", "ITU headquarters, Geneva", LocalDate.of(2010, 6, 14),
                LocalDate.of(2010, 6, 16), "Ministry of ICT", "Member State", "Etat Membre", "FGSMART-0001",
                "Malcolm Johnson", "Director, TSB", VERIFY_URL);
    }

    static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    /** veraPDF finds the document compliant with the PDF/A-2b profile it declares. */
    static void assertPdfA2b(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertThat(parser.getFlavour().toString()).isEqualToIgnoringCase("2b");
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
    }

    /** What the QR code says, read from the first page rendered at 200 dpi, as a phone's camera would. */
    static String qrCode(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(page)))).getText();
    }

    @Test
    void frenchLetterHoldsEveryField() throws Exception {
        byte[] pdf = renderer.render(aLetter("fr", "Müller-Łukasz", "Nguyễn Ñúñez Şahin", LocalDate.of(2010, 5, 20)));
        String text = text(pdf);

        assertThat(text).contains("UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS", "Notre réf.: TSB/VISA/FG-SMART/2010/17/1",
                "Genève, le 20 mai 2010", "Ambassade de Suisse", "Nairobi", "Kenya",
                "Mission permanente de la Suisse", "Objet: Demande de visa",
                "Müller-Łukasz", "Nguyễn Ñúñez Şahin", "Senior Engineer", "2 mars 1978, Mombasa", "AK1234567",
                "Department of Immigration", "1 septembre 2008", "31 août 2018",
                "First meeting of the Focus Group on Smart Grid", "ITU headquarters, Geneva", "du 14 juin 2010 au 16 juin 2010",
                "Ministry of ICT", "Etat Membre", "FGSMART-0001", "aucune responsabilité financière",
                "Malcolm Johnson", "Director, TSB", VERIFY_URL,
                "Office fédéral des migrations (ODM)");
        assertThat(text).doesNotContain("''");
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInfo().getTitle()).isEqualTo("Demande de visa TSB/VISA/FG-SMART/2010/17/1");
            assertThat(doc.getDocumentInfo().getAuthor()).contains("TSB");
            assertThat(doc.getDocumentInfo().getSubject()).contains("Müller-Łukasz");
            assertThat(doc.getCatalog().getPdfObject().getAsString(PdfName.Lang).toUnicodeString()).isEqualTo("fr");
        }
    }

    @Test
    void englishLetterUsesEnglishWordingAndDates() throws Exception {
        String text = text(renderer.render(aLetter("en", "Иванов", "Пётр", LocalDate.of(2016, 1, 5))));

        assertThat(text).contains("INTERNATIONAL TELECOMMUNICATION UNION", "Our ref.: TSB/VISA/FG-SMART/2010/17/1",
                "Geneva, 5 January 2016", "Embassy of Switzerland", "Nairobi", "Kenya",
                "Copy: Permanent Mission of Switzerland", "Subject: Visa request", "Иванов", "Пётр", "Senior Engineer",
                "2 March 1978, Mombasa", "AK1234567", "Department of Immigration", "1 September 2008", "31 August 2018",
                "First meeting of the Focus Group on Smart Grid", "ITU headquarters, Geneva",
                "from 14 June 2010 to 16 June 2010", "Ministry of ICT, an ITU Member State", "FGSMART-0001",
                "no financial responsibility", "Malcolm Johnson", "Director, TSB",
                VERIFY_URL, "State Secretariat for Migration (SEM)");
        assertThat(text).doesNotContain("Office fédéral", "Federal Office");
    }

    @ParameterizedTest
    @CsvSource({"fr, Παπαδόπουλος, Γιώργος", "en, Şahin, Ayşe"})
    void lettersAreValidPdfA2b(String language, String family, String given) throws Exception {
        byte[] pdf = renderer.render(aLetter(language, family, given, LocalDate.of(2010, 5, 20)));

        assertPdfA2b(pdf);
        assertThat(text(pdf)).contains(family, given);
    }

    @Test
    void qrCodeLeadsToTheVerificationPage() throws Exception {
        byte[] pdf = renderer.render(aLetter("fr", "Mwangi", "Grace", LocalDate.of(2010, 5, 20)));

        assertThat(qrCode(pdf)).isEqualTo(VERIFY_URL);
    }

    @Test
    void aLongLinkIsPrintedOnOneLineBelowALongSignatureAndItsCodeDecodes() throws Exception {
        String link = "https://visa-assistance.tsb.itu.int/verify/q3Zx8-LmN_0pRt7Yw2KbVa";
        String title = "Director, Telecommunication Standardization Bureau, International Telecommunication Union";
        LetterContent c = aLetter("en", "Mwangi", "Grace", LocalDate.of(2010, 5, 20));
        byte[] pdf = renderer.render(new LetterContent(c.language(), c.reference(), c.issueDate(),
                c.representationKind(), c.representationCity(), c.representationCountry(), c.familyName(),
                c.givenNames(), c.function(), c.dateOfBirth(), c.placeOfBirth(), c.nationality(), c.passportNumber(),
                c.issuingAuthority(), c.passportIssueDate(), c.passportExpiryDate(), c.meetingTitle(), c.meetingVenue(),
                c.meetingFirstDay(), c.meetingLastDay(), c.entityName(), c.entityCategoryEnglish(),
                c.entityCategoryFrench(), c.registrationNumber(), c.signatoryName(), title, link));

        assertThat(text(pdf)).contains(link, "Check that this letter is genuine:");
        assertThat(text(pdf).replaceAll("\\s+", " ")).contains(title);
        assertThat(qrCode(pdf)).isEqualTo(link);
    }

    @Test
    void lettersRenderedOnSeveralThreadsAtOnceAreEachRight() throws Exception {
        String[][] people = {{"Nowak", "Łukasz"}, {"Иванов", "Пётр"}, {"Παπαδόπουλος", "Γιώργος"}, {"Nguyễn", "Thị Lan"}};
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String[] p : people) {
                    texts.add(pool.submit(() -> text(renderer.render(aLetter("en", p[0], p[1], LocalDate.of(2010, 5, 20))))));
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                String[] p = people[i % people.length];
                assertThat(texts.get(i).get()).contains(p[0], p[1], "Subject: Visa request");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theLongestAllowedTextsAreAllPrintedOnAsManyPagesAsNeeded() throws Exception {
        String title = "Joint meeting of the ITU-T Study Groups on networks, security and smart grid ".repeat(6).trim();
        String entity = "Ministère de l'économie numérique et des postes, Direction des télécommunications ".repeat(3).trim();
        String authority = "Direction générale de la sûreté nationale, service des passeports ".repeat(3).trim();
        LetterContent c = aLetter("fr", "Nguyễn-Müller-Łukasiewicz-Παπαδόπουλος", "Thị Lan", LocalDate.of(2016, 1, 5));
        LetterContent longOne = new LetterContent(c.language(), c.reference(), c.issueDate(), c.representationKind(),
                c.representationCity(), c.representationCountry(), c.familyName(), c.givenNames(), c.function(),
                c.dateOfBirth(), c.placeOfBirth(), c.nationality(), c.passportNumber(), authority, c.passportIssueDate(),
                c.passportExpiryDate(), title, "Centre international de conférences de Genève (CICG), rue de Varembé 17",
                c.meetingFirstDay(), c.meetingLastDay(), entity, c.entityCategoryEnglish(), c.entityCategoryFrench(),
                c.registrationNumber(), c.signatoryName(), c.signatoryTitle(), c.verifyUrl());

        byte[] pdf = renderer.render(longOne);

        String text = text(pdf);
        assertThat(text).contains(title, entity, authority, "Nguyễn-Müller-Łukasiewicz-Παπαδόπουλος", "Malcolm Johnson",
                VERIFY_URL, "aucune responsabilité financière");
        assertPdfA2b(pdf);
    }

    @Test
    void theFontDrawsLatinCyrillicAndGreekButNotEverything() {
        assertThat(LetterRenderer.canDraw("Łukasz Nguyễn Müller Ñúñez Şahin Иванов Παπαδόπουλος")).isTrue();
        assertThat(LetterRenderer.canDraw("王小明")).isFalse();
    }
}
