package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        boolean fr = "fr".equals(language);
        return new LetterContent(language, "TSB/VISA/FG-SMART/2010/17/1", issued,
                new LetterContent.Addressee("EMBASSY", "Nairobi", "KE"),
                new LetterContent.Holder(family, given, "Senior Engineer", LocalDate.of(1978, 3, 2), "Mombasa", "KEN",
                        "AK1234567", "Department of Immigration", LocalDate.of(2008, 9, 1), LocalDate.of(2018, 8, 31),
                        "FGSMART-0001"),
                new LetterContent.MeetingText(fr ? "Première réunion du Groupe spécialisé sur les réseaux électriques"
                        + " intelligents" : "First meeting of the Focus Group on Smart Grid",
                        fr ? "Siège de l'UIT, Genève" : "ITU headquarters, Geneva", LocalDate.of(2010, 6, 14),
                        LocalDate.of(2010, 6, 16)),
                new LetterContent.Requester(fr ? "Ministère de l'Information et de la Communication" : "Ministry of ICT",
                        "MEMBER_STATE", "DE", "Jane Njeri", "Permanent Secretary", LocalDate.of(2010, 5, 10)),
                fr ? new LetterContent.Signature("Malcolm Johnson", "Directeur du Bureau de la normalisation des"
                        + " télécommunications") : new LetterContent.Signature("Malcolm Johnson", "Director, TSB"),
                VERIFY_URL);
    }

    static LetterContent withRequester(LetterContent c, LetterContent.Requester requester) {
        return new LetterContent(c.language(), c.reference(), c.issueDate(), c.addressee(), c.holder(), c.meeting(),
                requester, c.signature(), c.verifyUrl());
    }

    static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    /** veraPDF finds the document compliant with the PDF/A-2b profile it declares. */
    static void assertPdfA2b(byte[] pdf) throws Exception {
        itu.tsb.visa.support.PdfA.assertPdfA2b(pdf);
    }

    /** What the QR code says, read as a phone aimed at it reads it from the printed page. */
    static String qrCode(byte[] pdf) throws Exception {
        return QrOnPage.read(pdf);
    }

    @Test
    void frenchLetterHoldsEveryField() throws Exception {
        byte[] pdf = renderer.render(aLetter("fr", "Müller-Łukasz", "Nguyễn Ñúñez Şahin", LocalDate.of(2010, 5, 20)));
        String text = text(pdf);

        assertThat(text).contains("UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
                "Notre réf.\u202f: TSB/VISA/FG-SMART/2010/17/1", "Genève, le 20 mai 2010", "Ambassade de Suisse",
                "Nairobi", "Kenya", "Copie\u202f: Mission permanente de la Suisse", "Objet\u202f: Demande de visa",
                "Müller-Łukasz", "Nguyễn Ñúñez Şahin", "Senior Engineer", "2 mars 1978, Mombasa", "AK1234567",
                "Department of Immigration", "1er septembre 2008", "31 août 2018",
                "Première réunion du Groupe spécialisé sur les réseaux électriques intelligents", "Siège de l’UIT, Genève",
                "du 14 au 16 juin 2010", "à la demande officielle de Jane Njeri, Permanent Secretary",
                "reçue par l’UIT le 10 mai 2010", "Entité requérante Ministère de l’Information et de la Communication",
                "Qualité à l’UIT Administration d’un État Membre de l’UIT", "Agissant pour l’État Membre Allemagne",
                "FGSMART-0001", "aucune responsabilité financière", "Malcolm Johnson",
                "Directeur du Bureau de la normalisation des télécommunications", VERIFY_URL,
                "Office fédéral des migrations (ODM)");
        assertThat(text).doesNotContain("''", "Etat");
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
                "First meeting of the Focus Group on Smart Grid", "ITU headquarters, Geneva", "from 14 to 16 June 2010",
                "at the official request of Jane Njeri, Permanent Secretary", "received by ITU on 10 May 2010",
                "Requesting entity Ministry of ICT", "Standing in ITU Administration of an ITU Member State",
                "Acting for the Member State Germany", "FGSMART-0001", "no financial responsibility",
                "Malcolm Johnson", "Director, TSB", VERIFY_URL, "State Secretariat for Migration (SEM)");
        assertThat(text).doesNotContain("Office fédéral", "Federal Office", "Allemagne");
    }

    /** The entity's standing and its country, in the letter's language, for each standing that can be assisted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | MEMBER_STATE  | DE | Qualité à l’UIT Administration d’un État Membre de l’UIT | Agissant pour l’État Membre Allemagne
            en | MEMBER_STATE  | DE | Standing in ITU Administration of an ITU Member State  | Acting for the Member State Germany
            fr | SECTOR_MEMBER | IN | Qualité à l’UIT Membre de Secteur de l’UIT             | Pays Inde
            en | SECTOR_MEMBER | IN | Standing in ITU ITU Sector Member                      | Country India
            fr | ASSOCIATE     | BR | Qualité à l’UIT Associé de l’UIT                       | Pays Brésil
            en | ASSOCIATE     | BR | Standing in ITU ITU Associate                          | Country Brazil
            """)
    void theLetterNamesTheEntitysStandingAndCountry(String language, String standing, String country, String standingLine,
            String countryLine) throws Exception {
        LetterContent c = aLetter(language, "Mwangi", "Grace", LocalDate.of(2010, 5, 20));
        LetterContent.Requester r = c.requester();

        String text = text(renderer.render(withRequester(c, new LetterContent.Requester(r.entityName(), standing, country,
                r.signatoryName(), r.signatoryTitle(), r.receivedDate()))));

        assertThat(text).contains(standingLine, countryLine);
    }

    /**
     * Every fixed phrase of the other language's template (the text between its placeholders) is absent:
     * a French letter says nothing in English, and the other way round, whatever the entity's standing.
     */
    @ParameterizedTest
    @CsvSource({"fr, en, MEMBER_STATE", "fr, en, SECTOR_MEMBER", "fr, en, ASSOCIATE", "en, fr, MEMBER_STATE",
            "en, fr, SECTOR_MEMBER", "en, fr, ASSOCIATE"})
    void aLetterCarriesNoPhraseOfTheOtherLanguagesTemplate(String language, String other, String standing)
            throws Exception {
        LetterContent c = aLetter(language, "Mwangi", "Grace", LocalDate.of(2010, 5, 20));
        LetterContent.Requester r = c.requester();
        String text = text(renderer.render(withRequester(c, new LetterContent.Requester(r.entityName(), standing, "DE",
                r.signatoryName(), r.signatoryTitle(), r.receivedDate()))));

        List<String> phrases = templatePhrases(other);
        assertThat(phrases).hasSizeGreaterThan(30);
        assertThat(phrases).allSatisfy(phrase -> assertThat(text).doesNotContain(phrase));
    }

    @Test
    void frenchTypographyHasNonBreakingSpacesBeforeDoublePunctuation() throws Exception {
        String text = text(renderer.render(aLetter("fr", "Mwangi", "Grace", LocalDate.of(2016, 6, 1))));

        assertThat(text).contains("Genève, le 1er juin 2016", "État Membre", "Secrétariat d’État aux migrations (SEM)")
                .doesNotContainPattern(" [:;?!]").doesNotContain("Etat");
        assertThat(text).containsPattern("[\\u00a0\\u202f]:");
    }

    /** The fixed phrases of a template language: the text between placeholders, two words or more. */
    static List<String> templatePhrases(String language) throws Exception {
        java.util.Properties p = new java.util.Properties();
        String file = "fr".equals(language) ? "/letter/messages_fr.properties" : "/letter/messages.properties";
        try (var in = new java.io.InputStreamReader(LetterRendererTest.class.getResourceAsStream(file),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        List<String> phrases = new java.util.ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            for (String part : p.getProperty(key).replace("''", "'").split("\\{\\d+\\}")) {
                String phrase = part.replaceAll("^[\\s,.:;()\\u00a0\\u2013]+|[\\s,.:;()\\u00a0\\u2013]+$", "");
                if (phrase.split("\\s+").length >= 2) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
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
        byte[] pdf = renderer.render(new LetterContent(c.language(), c.reference(), c.issueDate(), c.addressee(),
                c.holder(), c.meeting(), c.requester(), new LetterContent.Signature("Malcolm Johnson", title), link));

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
        LetterContent.Holder h = c.holder();
        LetterContent.Requester r = c.requester();
        LetterContent longOne = new LetterContent(c.language(), c.reference(), c.issueDate(), c.addressee(),
                new LetterContent.Holder(h.familyName(), h.givenNames(), h.function(), h.dateOfBirth(), h.placeOfBirth(),
                        h.nationality(), h.passportNumber(), authority, h.passportIssueDate(), h.passportExpiryDate(),
                        h.registrationNumber()),
                new LetterContent.MeetingText(title, "Centre international de conférences de Genève (CICG), rue de Varembé 17",
                        c.meeting().firstDay(), c.meeting().lastDay()),
                new LetterContent.Requester(entity, r.standing(), r.country(), r.signatoryName(), r.signatoryTitle(),
                        r.receivedDate()),
                c.signature(), c.verifyUrl());

        byte[] pdf = renderer.render(longOne);

        String text = text(pdf);
        assertThat(text).contains(title, entity.replace('\'', '\u2019'), authority,
                "Nguyễn-Müller-Łukasiewicz-Παπαδόπουλος", "Malcolm Johnson", VERIFY_URL, "aucune responsabilité financière");
        assertPdfA2b(pdf);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        // each page says which letter it belongs to and where it stands
        assertThat(text).contains("TSB/VISA/FG-SMART/2010/17/1 \u2013 page 1 sur 2", "TSB/VISA/FG-SMART/2010/17/1 \u2013 page 2 sur 2");
    }

    @Test
    void aOnePageLetterIsNotNumbered() throws Exception {
        assertThat(text(renderer.render(aLetter("en", "Mwangi", "Grace", LocalDate.of(2010, 5, 20))))).doesNotContain("page 1 of");
    }

    static byte[] resource(String name) throws Exception {
        try (var in = LetterRendererTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** The images a page draws (the QR code is one). */
    static int images(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var xObjects = doc.getPage(1).getResources().getResource(PdfName.XObject);
            return xObjects == null ? 0 : (int) xObjects.keySet().stream()
                    .filter(k -> PdfName.Image.equals(xObjects.getAsStream(k).getAsName(PdfName.Subtype))).count();
        }
    }

    @Test
    void theDeploymentsLetterheadAndSignatureArePrintedAndTheLetterStaysPdfA() throws Exception {
        Stationery stationery = new Stationery(resource("/letter/demo/letterhead.png"),
                java.util.Map.of("fr", List.of("Organisation d'essai", "Bureau des visas", "1 rue de l'Exemple, Genève")),
                java.util.Map.of("fr", resource("/letter/demo/signature.png")));

        byte[] pdf = new LetterRenderer(stationery).render(aLetter("fr", "Mwangi", "Grace", LocalDate.of(2010, 5, 20)));

        assertThat(text(pdf)).contains("Organisation d\u2019essai", "Bureau des visas", "1 rue de l\u2019Exemple, Genève")
                .doesNotContain("UNION INTERNATIONALE");
        assertThat(images(pdf)).as("the letterhead, the signature and the QR code").isEqualTo(3);
        assertPdfA2b(pdf);
        assertThat(qrCode(pdf)).isEqualTo(VERIFY_URL);
        // the English letter of the same deployment has its own words and no signature image: a line to sign on
        byte[] english = new LetterRenderer(stationery).render(aLetter("en", "Mwangi", "Grace", LocalDate.of(2010, 5, 20)));
        assertThat(text(english)).contains("INTERNATIONAL TELECOMMUNICATION UNION");
        assertThat(images(english)).as("the letterhead and the QR code").isEqualTo(2);
    }

    @Test
    void aFrenchLetterIsSetTheFrenchWay() throws Exception {
        String text = text(renderer.render(aLetter("fr", "Mwangi", "Grace", LocalDate.of(2010, 5, 20))));

        assertThat(text).contains("l\u2019UIT", "Ministère de l\u2019Information", "Objet\u202f: Demande de visa")
                .doesNotContain("'").doesNotContainPattern("[^\u202f][:;?!](\\s|$)");
    }

    @Test
    void theFontDrawsLatinCyrillicAndGreekButNotEverything() {
        assertThat(LetterRenderer.canDraw("Łukasz Nguyễn Müller Ñúñez Şahin Иванов Παπαδόπουλος")).isTrue();
        assertThat(LetterRenderer.canDraw("王小明")).isFalse();
    }
}
