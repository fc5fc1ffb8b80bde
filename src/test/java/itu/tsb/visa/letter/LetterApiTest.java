package itu.tsb.visa.letter;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** A request approved through the API yields letters whose QR link verifies them, until revoked. */
class LetterApiTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    private UnknownTokenThrottle throttle;

    private static final Pattern VERIFY = Pattern.compile("https://visa\\.example\\.test/verify/([A-Za-z0-9_-]+)");

    private record Issued(long requestId, long participantId, CurrentUser applicant, byte[] pdf) {
    }

    private Issued anIssuedLetter(String language, String familyName, String givenNames) {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, familyName, entity, meeting + "-1", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        Map<String, Object> p = person(familyName, meeting + "-1");
        p.put("givenNames", givenNames);
        Map<String, Object> body = request(meeting, p);
        body.put("language", language);
        long id = check(api.post("/api/requests", applicant, body), 201).body().path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        JsonNode v = check(api.get("/api/requests/" + id, applicant), 200).body();
        assertThat(v.path("status").asText()).isEqualTo("LETTER_ISSUED");
        long pid = v.path("participants").get(0).path("id").asLong();
        Api.Reply pdf = check(api.get("/api/requests/" + id + "/letters/" + pid, applicant), 200);
        return new Issued(id, pid, applicant, pdf.raw());
    }

    /** The token of the link in the letter's QR code, which is also printed, whole, on the letter. */
    private static String token(byte[] pdf) throws Exception {
        String link = LetterRendererTest.qrCode(pdf);
        assertThat(LetterRendererTest.text(pdf)).as("link printed on the letter").contains(link);
        Matcher m = VERIFY.matcher(link);
        assertThat(m.matches()).as(link).isTrue();
        return m.group(1);
    }

    @Test
    void eachPersonOfAnApprovedRequestGetsTheirOwnValidLetterInTheChosenLanguage() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Nowak", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Иванова", entity, meeting + "-2", "APPROVED");
        CurrentUser applicant = applicantOf(entity);
        Map<String, Object> first = person("Nowak", meeting + "-1");
        first.put("givenNames", "Łukasz");
        Map<String, Object> second = person("Иванова", meeting + "-2");
        second.put("givenNames", "Анна");
        Map<String, Object> body = request(meeting, first, second);
        body.put("language", "fr");
        long id = check(api.post("/api/requests", applicant, body), 201).body().path("id").asLong();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();

        JsonNode v = check(api.get("/api/requests/" + id, applicant), 200).body();
        assertThat(v.path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(v.path("letters")).hasSize(2);
        String[][] names = {{"Nowak", "Łukasz", "Иванова"}, {"Иванова", "Анна", "Nowak"}};
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            long pid = v.path("participants").get(i).path("id").asLong();
            byte[] pdf = check(api.get("/api/requests/" + id + "/letters/" + pid, applicant), 200).raw();
            LetterRendererTest.assertPdfA2b(pdf);
            assertThat(LetterRendererTest.text(pdf)).contains(names[i][0], names[i][1], "Objet\u202f: Demande de visa")
                    .doesNotContain(names[i][2], "Subject:");
            // no keystore is configured here: the letter is not signed and says nothing about a signature
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
                assertThat(new SignatureUtil(doc).getSignatureNames()).isEmpty();
            }
            assertThat(LetterRendererTest.text(pdf).toLowerCase(java.util.Locale.ROOT)).doesNotContain("sign");
            String token = token(pdf);
            tokens.add(token);
            String page = new String(api.get("/verify/" + token, null).raw(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("data-status=\"VALID\"", "This letter is valid", v.path("reference").asText());
        }
        assertThat(tokens).as("one token per letter").hasSize(2);
    }

    @Test
    void englishLetterOfAnApprovedRequestHoldsThePersonAndVerifies() throws Exception {
        Issued issued = anIssuedLetter("en", "Παπαδόπουλος", "Γιώργος");

        String text = LetterRendererTest.text(issued.pdf());
        assertThat(text).contains("Subject: Visa request", "Παπαδόπουλος", "Γιώργος", "Embassy of Switzerland",
                "from 14 to 16 June 2010", "Federal Office for Migration (FOM)",
                "Acting for the Member State Kenya", "at the official request of Jane Njeri, Permanent Secretary",
                "received by ITU on 3 May 2010");
        Api.Reply page = api.get("/verify/" + token(issued.pdf()), null);

        assertThat(page.status()).isEqualTo(200);
        String html = new String(page.raw(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("data-status=\"VALID\"", "Γ.Π., born in 1980").doesNotContain("Παπαδόπουλος")
                .doesNotContain("TESTPASS");
        // in the visitor's language, the other one offered; the dates in words, the letterhead on top
        assertThat(html).contains("<html lang=\"en\"", "Issued on", "14 June 2010 to 16 June 2010",
                "INTERNATIONAL TELECOMMUNICATION UNION", "href=\"?lang=fr\"", "Cette page en français");
        String french = new String(api.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/verify/" + token(issued.pdf())).header("Accept-Language", "fr-CH, fr;q=0.9"), null, null).raw(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(french).contains("<html lang=\"fr\"", "Cette lettre est valide", "Délivrée le</dt><dd>3 mai 2010",
                "du 14 juin 2010 au 16 juin 2010", "Γ.Π., né(e) en 1980", "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
                "This page in English").doesNotContain("VALID<", "2010-05-03");
    }

    /**
     * A French letter for a meeting and an entity with French texts, issued through the API, carries no
     * phrase of the English template and none of the English texts; staff were warned while they were
     * missing, and the warning goes once staff add them.
     */
    @Test
    void aFrenchLetterIsFrenchThroughoutOnceTheMeetingHasItsFrenchTexts() throws Exception {
        Map<String, Object> e = new java.util.LinkedHashMap<>(Map.of("name", "Federal Ministry for Digital Affairs",
                "nameFr", "Ministère fédéral des affaires numériques", "country", "DE", "category", "MEMBER_STATE",
                "memberFrom", "1952-01-01"));
        long entity = check(api.post("/api/entities", STAFF, e), 201).body().path("id").asLong();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Schmidt", entity, meeting + "-1", "APPROVED");
        long id = check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Schmidt", meeting + "-1"))),
                201).body().path("id").asLong();
        JsonNode warned = check(api.get("/api/requests/" + id, STAFF), 200).body();
        assertThat(warned.path("warnings").findValues("message")).extracting(JsonNode::asText)
                .anySatisfy(m -> assertThat(m).contains("no French title or venue"));
        assertThat(check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body().path("warnings").toString())
                .doesNotContain("French title");

        check(api.put("/api/meetings/" + meeting + "/texts", STAFF, Map.of("title", "Meeting " + meeting,
                "titleFr", "Réunion " + meeting + " du Groupe spécialisé", "venue", "ITU headquarters, Geneva",
                "venueFr", "Siège de l'UIT, Genève")), 200);
        assertThat(check(api.get("/api/requests/" + id, STAFF), 200).body().path("warnings").toString())
                .doesNotContain("French title");
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        long pid = check(api.get("/api/requests/" + id, STAFF), 200).body().path("participants").get(0).path("id").asLong();
        String text = LetterRendererTest.text(check(api.get("/api/requests/" + id + "/letters/" + pid, STAFF), 200).raw());

        assertThat(text).contains("Réunion " + meeting + " du Groupe spécialisé, Siège de l’UIT, Genève, du 14 au 16 juin 2010",
                "Entité requérante Ministère fédéral des affaires numériques", "Agissant pour l’État Membre Allemagne",
                "Directeur du Bureau de la normalisation des télécommunications", "reçue par l’UIT le 3 mai 2010");
        assertThat(text).doesNotContain("Meeting " + meeting, "ITU headquarters", "Federal Ministry", "Germany",
                "Director");
        assertThat(LetterRendererTest.templatePhrases("en")).allSatisfy(phrase -> assertThat(text).doesNotContain(phrase));
    }

    @Test
    void revokedLetterVerifiesAsRevokedAndLeavesTheList() throws Exception {
        Issued issued = anIssuedLetter("fr", "Mwangi", "Grace");
        String url = "/api/requests/" + issued.requestId() + "/letters/" + issued.participantId() + "/revoke";

        assertThat(api.post(url, STAFF, Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(api.post(url, issued.applicant(), Map.of("reason", "mine")).status()).isEqualTo(403);
        check(api.post(url, STAFF, Map.of("reason", "Passport reported stolen")), 200);

        String html = new String(api.get("/verify/" + token(issued.pdf()), null).raw(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("data-status=\"REVOKED\"", "This letter was revoked", "Revoked on", "3 May 2010")
                .doesNotContain("stolen");
        assertThat(api.get("/api/requests/" + issued.requestId(), issued.applicant()).body().path("letters")).isEmpty();
        assertThat(api.get("/api/requests/" + issued.requestId() + "/letters/" + issued.participantId(),
                issued.applicant()).status()).isEqualTo(404);
        JsonNode events = api.get("/api/requests/" + issued.requestId() + "/history", AUDITOR).body().path("entries");
        assertThat(events.findValues("action")).extracting(JsonNode::asText)
                .contains("LETTER_ISSUED", "LETTER_DOWNLOADED", "LETTER_VERIFIED", "LETTER_REVOKED");
    }

    @Test
    void correctionAfterIssueIsIssuedAsANewVersionOnlyOnceASecondMemberOfStaffApprovesIt() throws Exception {
        Issued issued = anIssuedLetter("fr", "Mwangi", "Grace");
        String oldToken = token(issued.pdf());
        JsonNode before = api.get("/api/requests/" + issued.requestId(), STAFF).body();
        String registration = before.path("participants").get(0).path("registrationNumber").asText();
        Map<String, Object> corrected = person("Mwangi", registration);
        corrected.put("givenNames", "Grace Wanjiru");
        String url = "/api/requests/" + issued.requestId() + "/participants/" + issued.participantId();

        assertThat(api.put(url, issued.applicant(), corrected).status()).isEqualTo(409);
        JsonNode proposed = check(api.put(url, STAFF, corrected), 200).body();

        assertThat(proposed.path("letters")).singleElement().satisfies(l -> assertThat(l.path("version").asInt()).isEqualTo(1));
        assertThat(proposed.path("participants").get(0).path("givenNames").asText()).isEqualTo("Grace");
        assertThat(proposed.path("pendingCorrections")).singleElement().satisfies(c -> {
            assertThat(c.path("proposedBy").asText()).isEqualTo(STAFF.username());
            assertThat(c.path("details").path("givenNames").asText()).isEqualTo("Grace Wanjiru");
            assertThat(c.path("details").path("passport").path("number").asText()).startsWith("*****");
        });
        assertThat(api.get("/api/requests/" + issued.requestId(), issued.applicant()).body().path("pendingCorrections"))
                .isEmpty();
        Api.Reply sameStaff = api.post(url + "/correction/approve", STAFF, null);
        assertThat(sameStaff.status()).isEqualTo(403);
        assertThat(sameStaff.text("detail")).contains("another member of TSB staff");
        assertThat(api.post(url + "/correction/approve", issued.applicant(), null).status()).isEqualTo(403);

        JsonNode after = check(api.post(url + "/correction/approve", Api.SECOND_STAFF, null), 200).body();

        assertThat(after.path("status").asText()).isEqualTo("LETTER_ISSUED");
        assertThat(after.path("pendingCorrections")).isEmpty();
        assertThat(after.path("letters")).singleElement().satisfies(l -> {
            assertThat(l.path("version").asInt()).isEqualTo(2);
            assertThat(l.path("reference").asText()).endsWith("-v2");
        });
        assertThat(after.path("decisions").findValues("reason")).extracting(JsonNode::asText)
                .anySatisfy(r -> assertThat(r).startsWith(STAFF.username() + " proposed corrected details"))
                .anySatisfy(r -> assertThat(r).startsWith(Api.SECOND_STAFF.username() + " approved the correction"));
        byte[] newPdf = check(api.get("/api/requests/" + issued.requestId() + "/letters/" + issued.participantId(),
                issued.applicant()), 200).raw();
        assertThat(LetterRendererTest.text(newPdf)).contains("Grace Wanjiru");
        assertThat(token(newPdf)).isNotEqualTo(oldToken);
        String oldPage = new String(api.get("/verify/" + oldToken, null).raw(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(oldPage).contains("data-status=\"SUPERSEDED\"", "replaced by a newer version", "G.M., born in 1980", after.path("letters").get(0).path("reference").asText())
                .doesNotContain("G.W.M.");
        String newPage = new String(api.get("/verify/" + token(newPdf), null).raw(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(newPage).contains("data-status=\"VALID\"", "G.W.M.");
    }

    @Test
    void aCorrectionAfterIssueIsCheckedAgainstTheRegistrationAndCanBeDiscarded() {
        Issued issued = anIssuedLetter("fr", "Mwangi", "Grace");
        JsonNode before = api.get("/api/requests/" + issued.requestId(), STAFF).body();
        String registration = before.path("participants").get(0).path("registrationNumber").asText();
        String url = "/api/requests/" + issued.requestId() + "/participants/" + issued.participantId();

        Api.Reply someoneElse = api.put(url, STAFF, person("Kariuki", registration));
        assertThat(someoneElse.status()).isEqualTo(400);
        assertThat(someoneElse.body().path("errors").get(0).path("field").asText()).isEqualTo("familyName");

        Map<String, Object> corrected = person("Mwangi", registration);
        corrected.put("function", "Chief Engineer");
        check(api.put(url, STAFF, corrected), 200);
        assertThat(api.post(url + "/correction/discard", Api.SECOND_STAFF, Map.of("reason", " ")).status()).isEqualTo(400);
        JsonNode discarded = check(api.post(url + "/correction/discard", Api.SECOND_STAFF,
                Map.of("reason", "The delegate confirmed the old function")), 200).body();

        assertThat(discarded.path("pendingCorrections")).isEmpty();
        assertThat(discarded.path("letters").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(api.post(url + "/correction/approve", Api.SECOND_STAFF, null).status()).isEqualTo(409);
    }

    @Test
    void theVerificationAnswersJsonToProgramsAndSaysExpiredOnceTheMeetingHasEnded() throws Exception {
        Issued issued = anIssuedLetter("en", "Mwangi", "Grace");
        String token = token(issued.pdf());
        java.util.function.Supplier<Api.Reply> asJson = () -> api.call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/verify/" + token)
                        .accept(org.springframework.http.MediaType.APPLICATION_JSON), null, null);

        Api.Reply valid = asJson.get();
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.text("status")).isEqualTo("VALID");
        assertThat(valid.text("initials")).isEqualTo("G.M.");
        assertThat(valid.body().path("yearOfBirth").asInt()).isEqualTo(1980);
        assertThat(valid.body().toString()).doesNotContain("TESTPASS", "Mwangi");

        clock.setDay(LocalDate.of(2010, 6, 17));
        assertThat(asJson.get().text("status")).isEqualTo("EXPIRED");
        String page = new String(api.get("/verify/" + token, null).raw(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-status=\"EXPIRED\"", "This letter is no longer valid", "ended on 16 June 2010");
    }

    @Test
    void guessedTokensAreCountedNotAuditedOneByOneAndAnAddressThatKeepsGuessingIsSlowedDown() {
        java.util.function.Function<String, Api.Reply> guess = t -> api.call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/verify/" + t)
                        .accept(org.springframework.http.MediaType.APPLICATION_JSON)
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.7");
                            return r;
                        }), null, null);
        Integer auditRowsBefore = jdbc.queryForObject(
                "select count(*) from audit_event where action like 'LETTER_VERIFY_UNKNOWN%'", Integer.class);

        for (int i = 0; i < 10; i++) {
            Api.Reply r = guess.apply("guess-" + i);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).contains("application/problem+json");
        }
        Api.Reply slowed = guess.apply("guess-11");

        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.contentType()).contains("application/problem+json");
        assertThat(Long.parseLong(slowed.headers().get("Retry-After"))).isBetween(1L, 600L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'LETTER_VERIFY_UNKNOWN%'",
                Integer.class)).isEqualTo(auditRowsBefore);
        throttle.report();
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'LETTER_VERIFY_UNKNOWN'",
                String.class)).last().asString().startsWith("10 look-up(s) of unknown letters");
        clock.set(clock.instant().plus(java.time.Duration.ofMinutes(11)));
        assertThat(guess.apply("guess-12").status()).isEqualTo(404);
    }

    @Test
    void correctionAfterIssueMustPassThePassportChecks() {
        Issued issued = anIssuedLetter("fr", "Otieno", "Peter");
        JsonNode before = api.get("/api/requests/" + issued.requestId(), STAFF).body();
        Map<String, Object> p = person("Otieno", before.path("participants").get(0).path("registrationNumber").asText());
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) p.get("passport");
        passport.put("expiryDate", "2010-07-01");

        Api.Reply r = api.put("/api/requests/" + issued.requestId() + "/participants/" + issued.participantId(), STAFF, p);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("passport.expiryDate");
        assertThat(api.get("/api/requests/" + issued.requestId(), STAFF).body().path("letters").get(0).path("version")
                .asInt()).isEqualTo(1);
    }

    @Test
    void unknownTokenIsNotFound() {
        Api.Reply page = api.get("/verify/not-a-real-token", null);

        assertThat(page.status()).isEqualTo(404);
        assertThat(new String(page.raw(), java.nio.charset.StandardCharsets.UTF_8)).contains("may be forged");
    }

    @Test
    void aNameTheFontCannotDrawIsRefusedAtSubmission() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "王", entity, meeting + "-1", "APPROVED");
        Map<String, Object> p = person("王", meeting + "-1");

        Api.Reply r = api.post("/api/requests", applicantOf(entity), request(meeting, p));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("participants[0].familyName");
        assertThat(r.body().path("errors").get(0).path("message").asText()).contains("U+738B");
    }
}
