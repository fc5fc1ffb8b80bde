package itu.tsb.visa.request.history;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.SECOND_STAFF;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import itu.tsb.visa.request.model.Decision;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;
import itu.tsb.visa.support.PdfA;
import itu.tsb.visa.support.PdfText;

/**
 * One request through every kind of step (a registration awaited, a passport to correct, changes asked
 * and answered, approval, a letter downloaded, verified, revoked, corrected after issue and issued again)
 * tells its story in one history, from the request's record and from the process engine, in the reader's
 * language, and as CSV and PDF/A.
 */
class HistoryApiTest extends ApiTest {

    private static final Pattern GENEVA_SECOND = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
    private static final Pattern VERIFY = Pattern.compile("https://visa\\.example\\.test/verify/[A-Za-z0-9_-]+");

    private record Story(long id, CurrentUser applicant) {
    }

    @SuppressWarnings("unchecked")
    private Story aRequestThroughEveryKindOfStep() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        long registration = api.register(meeting, "Mwangi", entity, meeting + "-1", "PENDING");
        CurrentUser applicant = applicantOf(entity);
        Map<String, Object> p = person("Mwangi", meeting + "-1");
        ((Map<String, Object>) p.get("passport")).put("expiryDate", "2010-10-01");
        long id = check(api.post("/api/requests", applicant, request(meeting, p)), 201).body().path("id").asLong();
        later();
        api.moveLastDay(meeting, java.time.LocalDate.of(2010, 7, 20)); // the passport no longer lasts long enough
        api.setRegistrationStatus(registration, "APPROVED");
        JsonNode v = check(api.get("/api/requests/" + id, applicant), 200).body();
        assertThat(v.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        long pid = v.path("participants").get(0).path("id").asLong();
        String participant = "/api/requests/" + id + "/participants/" + pid;

        ((Map<String, Object>) p.get("passport")).put("expiryDate", "2012-08-01");
        later();
        check(api.put(participant, applicant, p), 200);
        later();
        check(api.post("/api/requests/" + id + "/review", STAFF,
                Map.of("decision", "REQUEST_CHANGES", "comment", "Give the function as on the registration")), 200);
        p.put("function", "Senior engineer");
        later();
        check(api.put(participant, applicant, p), 200);
        later();
        check(api.post("/api/requests/" + id + "/review", STAFF, Map.of("decision", "APPROVE", "comment", "In order")), 200);
        jobs.runDue();

        later();
        byte[] letter = check(api.get("/api/requests/" + id + "/letters/" + pid, applicant), 200).raw();
        Matcher link = VERIFY.matcher(PdfText.of(letter));
        assertThat(link.find()).isTrue();
        later();
        check(api.get(link.group().substring("https://visa.example.test".length()), null), 200);
        later();
        check(api.post("/api/requests/" + id + "/letters/" + pid + "/revoke", STAFF, Map.of("reason", "Issued with an old title")), 200);
        p.put("givenNames", "Given Wanjiru");
        later();
        check(api.put(participant, STAFF, p), 200);
        later();
        check(api.post(participant + "/correction/approve", SECOND_STAFF, null), 200);
        jobs.runDue();
        assertThat(check(api.get("/api/requests/" + id, applicant), 200).body().path("status").asText()).isEqualTo("LETTER_ISSUED");
        return new Story(id, applicant);
    }

    /** A minute passes between one person's action and the next. */
    private void later() {
        clock.set(clock.instant().plusSeconds(60));
    }

    private Api.Reply history(long id, String suffix, String acceptLanguage) {
        var get = MockMvcRequestBuilders.get("/api/requests/" + id + "/history" + suffix);
        if (acceptLanguage != null) {
            get = get.header("Accept-Language", acceptLanguage);
        }
        return check(api.call(get, AUDITOR, null), 200);
    }

    private static List<String> values(JsonNode entries, String field) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path(field).asText()));
        return out;
    }

    private static JsonNode first(JsonNode entries, String action) {
        for (JsonNode e : entries) {
            if (e.path("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + action + " in " + values(entries, "action"));
    }

    @Test
    void theWholeStoryInTimeOrderFromTheRequestAndTheProcessInEnglishAndFrench() throws Exception {
        Story s = aRequestThroughEveryKindOfStep();

        JsonNode en = history(s.id(), "", null).body();
        assertThat(en.path("language").asText()).isEqualTo("en");
        JsonNode entries = en.path("entries");
        assertThat(values(entries, "at")).allSatisfy(at -> assertThat(at).matches(GENEVA_SECOND));
        assertThat(values(entries, "at")).isSorted();
        assertThat(values(entries, "source")).contains("process", "domain").containsOnly("process", "domain");
        // each action at its minute: what the person did, the process steps it set off, the decisions taken
        // (a step waiting for a person is shown when it began)
        assertThat(values(entries, "action").stream().filter(a -> !a.equals("PERSONAL_DATA_READ")).toList()).containsExactly(
                "REQUEST_SUBMITTED", "APPLICANT_NOTIFIED", "STEP_StartEvent_RequestReceived", "STEP_Task_CheckMeetingAhead",
                "STEP_Task_CheckEligibility", "TABLE_Decision_Eligibility", "STEP_Task_CheckSubmissionWindow",
                "STEP_Task_CheckRegistrations",
                "DECISION_MEETING_AHEAD_PASSED", "DECISION_ELIGIBILITY_PASSED",
                "DECISION_SUBMISSION_WINDOW_PASSED", "DECISION_REGISTRATION_PENDING",
                // the registration approved (the event the process waited for is a step from when it came)
                "APPLICANT_NOTIFIED", "STEP_Event_RegistrationStatusChanged", "STEP_Task_CheckRegistrations", "STEP_Task_CheckTravelDocuments", "STEP_Task_CorrectDetails",
                "DECISION_REGISTRATION_PASSED", "DECISION_TRAVEL_DOCUMENT_FAILED",
                "PARTICIPANT_CORRECTED", "STEP_Task_CheckTravelDocuments", "STEP_Task_ReviewRequest",
                "DECISION_TRAVEL_DOCUMENT_CORRECTED", "DECISION_TRAVEL_DOCUMENT_PASSED",
                "REVIEW_REQUEST_CHANGES", "APPLICANT_NOTIFIED", "STEP_Task_CorrectDetails",
                "PARTICIPANT_CORRECTED", "STEP_Task_CheckTravelDocuments", "STEP_Task_ReviewRequest",
                "DECISION_TRAVEL_DOCUMENT_CORRECTED", "DECISION_TRAVEL_DOCUMENT_PASSED",
                // each letter is for the person's Swiss representation: this test's has no address on file
                "REVIEW_APPROVE", "LETTER_ISSUED", "LETTER_NOT_SENT_TO_REPRESENTATION", "APPLICANT_NOTIFIED", "STEP_Task_GenerateLetters",
                "STEP_Task_NotifyApplicant", "STEP_EndEvent_LetterIssued", "DECISION_LETTER_ISSUED",
                "LETTER_DOWNLOADED", "LETTER_VERIFIED", "LETTER_REVOKED",
                "CORRECTION_PROPOSED", "DECISION_CORRECTION_CORRECTED",
                "CORRECTION_APPROVED", "LETTER_ISSUED", "LETTER_NOT_SENT_TO_REPRESENTATION", "DECISION_CORRECTION_APPROVED");

        assertThat(first(entries, "REQUEST_SUBMITTED").path("detail").asText())
                .isEqualTo("online, 1 person, received 3 May 2010 12:00:00 (Geneva time)");
        JsonNode changes = first(entries, "REVIEW_REQUEST_CHANGES");
        assertThat(changes.path("actor").asText()).isEqualTo(STAFF.username());
        assertThat(changes.path("label").asText()).isEqualTo("Changes requested");
        assertThat(changes.path("detail").asText()).isEqualTo("Give the function as on the registration");
        assertThat(first(entries, "REVIEW_APPROVE").path("detail").asText()).isEqualTo("In order");
        assertThat(values(entries, "detail")).contains("participant 1: fields changed: date of expiry",
                "participant 1: fields changed: function");
        assertThat(values(entries, "detail")).noneSatisfy(d -> assertThat(d).contains("Senior engineer", "2012-08-01"));

        JsonNode review = first(entries, "STEP_Task_ReviewRequest");
        assertThat(review.path("kind").asText()).isEqualTo("task");
        assertThat(review.path("actor").asText()).isEqualTo(STAFF.username());
        assertThat(review.path("label").asText()).isEqualTo("Review request");
        assertThat(review.path("detail").asText()).startsWith("took ").endsWith("; completed by " + STAFF.username());
        assertThat(review.path("durationMillis").isNumber()).isTrue();
        JsonNode correction = first(entries, "STEP_Task_CorrectDetails");
        assertThat(correction.path("actor").asText()).isEqualTo(s.applicant().username());
        JsonNode eligibility = first(entries, "DECISION_ELIGIBILITY_PASSED");
        assertThat(eligibility.path("kind").asText()).isEqualTo("decision");
        assertThat(eligibility.path("label").asText()).isEqualTo("Decision: eligibility, passed");
        assertThat(eligibility.path("detail").asText()).contains("category=MEMBER_STATE");
        assertThat(first(entries, "LETTER_REVOKED").path("detail").asText()).endsWith(": Issued with an old title");
        assertThat(first(entries, "PERSONAL_DATA_READ").path("kind").asText()).isEqualTo("read");
        assertThat(first(entries, "STEP_Task_CheckEligibility").path("actor").asText()).isEqualTo("system");
        // the eligibility table as the engine evaluated it, within the process
        JsonNode table = first(entries, "TABLE_Decision_Eligibility");
        assertThat(table.path("source").asText()).isEqualTo("process");
        assertThat(table.path("kind").asText()).isEqualTo("decision");
        assertThat(table.path("actor").asText()).isEqualTo("system");
        assertThat(table.path("label").asText()).isEqualTo("Eligibility table evaluated");
        assertThat(table.path("detail").asText()).isEqualTo("rule that matched: eligible; answer: eligible = yes,"
                + " reason = eligible; given: category eligible for the meeting = yes, membership active on the received day = yes");

        JsonNode fr = history(s.id(), "", "fr-CH, fr;q=0.9, en;q=0.5").body();
        assertThat(fr.path("language").asText()).isEqualTo("fr");
        JsonNode frEntries = fr.path("entries");
        assertThat(values(frEntries, "action")).isEqualTo(values(entries, "action"));
        assertThat(first(frEntries, "REVIEW_REQUEST_CHANGES").path("label").asText()).isEqualTo("Modifications demandées");
        assertThat(first(frEntries, "STEP_Task_ReviewRequest").path("label").asText()).isEqualTo("Examiner la demande");
        assertThat(first(frEntries, "STEP_Task_ReviewRequest").path("detail").asText()).startsWith("durée\u00a0: ")
                .endsWith("effectuée par " + STAFF.username());
        assertThat(first(frEntries, "DECISION_ELIGIBILITY_PASSED").path("label").asText())
                .isEqualTo("Décision\u00a0: éligibilité, satisfaite");
        assertThat(first(frEntries, "STEP_Task_CheckEligibility").path("actor").asText()).isEqualTo("système");
        assertThat(first(frEntries, "TABLE_Decision_Eligibility").path("label").asText()).isEqualTo("Table d'éligibilité évaluée");
        assertThat(first(frEntries, "TABLE_Decision_Eligibility").path("detail").asText()).isEqualTo(
                "règle appliquée\u00a0: éligible\u00a0; réponse\u00a0: éligible = oui, motif = éligible\u00a0; données\u00a0:"
                        + " catégorie admise pour la réunion = oui, qualité de membre active le jour de réception = oui");
        assertThat(first(frEntries, "REQUEST_SUBMITTED").path("detail").asText())
                .isEqualTo("en ligne, 1 personne, reçue le 3 mai 2010 12:00:00 (heure de Genève)");
        assertThat(values(frEntries, "detail")).contains("participant 1\u00a0: champs modifiés\u00a0: date d'expiration");
        assertThat(history(s.id(), "", "de-CH, de").body().path("language").asText()).isEqualTo("en");
    }

    @Test
    void theHistoryExportsAsCsvAndAsAPdfAToFile() throws Exception {
        Story s = aRequestThroughEveryKindOfStep();
        JsonNode entries = history(s.id(), "", null).body().path("entries");

        Api.Reply csv = history(s.id(), ".csv", null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().get("Content-Disposition")).startsWith("attachment; filename=\"history-");
        String file = new String(csv.raw(), StandardCharsets.UTF_8);
        // a byte-order mark first, so that a spreadsheet reads the accents as UTF-8
        assertThat(file).startsWith("\uFEFF");
        String[] lines = file.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("\"When (Geneva time)\",\"Who\",\"Source\",\"Kind\",\"Code\",\"What\",\"Detail\","
                + "\"Duration (ms)\"");
        assertThat(lines).hasSize(entries.size() + 1);
        // Geneva time as spreadsheets read it
        assertThat(lines[1]).startsWith("\"" + entries.get(0).path("at").asText().substring(0, 19).replace('T', ' ') + "\",");
        String french = new String(history(s.id(), ".csv", "fr").raw(), StandardCharsets.UTF_8);
        assertThat(french.substring(1).split("\r\n")[0]).startsWith("\"Quand (heure de Genève)\",\"Qui\",");
        assertThat(String.join("\n", lines)).contains("\"Give the function as on the registration\"");

        Api.Reply pdf = history(s.id(), ".pdf", "fr");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.headers().get("Content-Language")).isEqualTo("fr");
        PdfA.assertPdfA2b(pdf.raw());
        String text = PdfText.of(pdf.raw());
        String reference = history(s.id(), "", null).body().path("reference").asText();
        assertThat(text).contains("Historique de la demande " + reference, "Quand (heure de",
                "Modifications demandées", "Give the function as on the registration", "Examiner la demande",
                "lettres délivrées");

        assertThat(api.get("/api/requests/" + s.id() + "/history.csv", s.applicant()).status()).isEqualTo(403);
        assertThat(api.get("/api/requests/" + s.id() + "/history.pdf", s.applicant()).status()).isEqualTo(403);
    }
}
