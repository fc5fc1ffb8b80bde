package itu.tsb.visa.request;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static itu.tsb.visa.support.Api.person;
import static itu.tsb.visa.support.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** The covering letter and the passport pages: recognised by content, at most 5 MB, encrypted, shown to staff and auditors. */
class RequestDocumentsApiTest extends ApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        'S', 'E', 'C', 'R', 'E', 'T', '-', 'P', 'A', 'G', 'E'};

    @Autowired
    private JdbcTemplate jdbc;

    private Api.Reply upload(long id, CurrentUser as, String name, byte[] content, String kind, Long participantId) {
        var call = multipart("/api/requests/" + id + "/documents").file(new MockMultipartFile("file", name,
                "application/octet-stream", content)).param("kind", kind);
        if (participantId != null) {
            call.param("participantId", participantId.toString());
        }
        return api.call(call, as, null);
    }

    @Test
    void aPassportPageIsKeptEncryptedAndShownToStaffAndAuditorsOnly() {
        long entity = api.memberState();
        long id = aRequestOf(entity);
        long pid = check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body().path("participants").get(0)
                .path("id").asLong();

        Api.Reply added = check(upload(id, applicantOf(entity), "scan.pdf", PNG, "PASSPORT_PAGE", pid), 201);
        long documentId = added.body().path("id").asLong();
        assertThat(added.body().path("contentType").asText()).isEqualTo("image/png");
        assertThat(added.headers().get("Location")).endsWith("/documents/" + documentId);

        // the applicant sees that it is there, not what it shows
        assertThat(check(api.get("/api/requests/" + id + "/documents", applicantOf(entity)), 200).body()).hasSize(1);
        check(api.get("/api/requests/" + id + "/documents/" + documentId, applicantOf(entity)), 403);
        // another entity does not even see the request
        check(api.get("/api/requests/" + id + "/documents", applicantOf(api.memberState())), 404);

        for (CurrentUser reader : List.of(STAFF, AUDITOR)) {
            Api.Reply opened = check(api.get("/api/requests/" + id + "/documents/" + documentId, reader), 200);
            assertThat(opened.raw()).isEqualTo(PNG);
            assertThat(opened.contentType()).isEqualTo("image/png");
        }
        JsonNodeAssert.history(api, id).contains("DOCUMENT_ADDED", "DOCUMENT_READ");

        // encrypted at rest: the page's bytes are nowhere in the table
        byte[] stored = jdbc.queryForObject("select content from request_document where id = ?", byte[].class, documentId);
        assertThat(indexOf(stored, "SECRET-PAGE".getBytes())).isNegative();
    }

    @Test
    void whatIsNotAPdfPngOrJpegIsRefusedWhateverItsName() {
        long entity = api.memberState();
        long id = aRequestOf(entity);
        assertThat(fields(check(upload(id, applicantOf(entity), "letter.pdf", "<html>not a pdf</html>".getBytes(),
                "COVERING_LETTER", null), 400))).containsExactly("file");
        assertThat(fields(check(upload(id, applicantOf(entity), "page.png", PNG, "PASSPORT_PAGE", null), 400)))
                .containsExactly("participantId");
        assertThat(fields(check(upload(id, applicantOf(entity), "page.png", PNG, "SELFIE", null), 400)))
                .containsExactly("kind");
        byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(), RequestDocuments.MAX_BYTES + 1);
        assertThat(check(upload(id, STAFF, "big.pdf", big, "COVERING_LETTER", null), 400).body().path("errors").get(0)
                .path("message").asText()).contains("at most 5242880");
        check(upload(id, STAFF, "fax.pdf", Arrays.copyOf("%PDF-1.7\n".getBytes(), 4000), "COVERING_LETTER", null), 201);
        check(upload(id, AUDITOR, "fax.pdf", Arrays.copyOf("%PDF-1.7\n".getBytes(), 4000), "COVERING_LETTER", null), 403);
    }

    /** Deleted with the request's other personal data, when the retention period after the meeting is over. */
    @Test
    void documentsGoWithThePersonalDataAfterRetention() {
        long entity = api.memberState();
        long id = aRequestOf(entity);
        check(api.post("/api/requests/" + id + "/review", STAFF, java.util.Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        check(upload(id, STAFF, "fax.pdf", Arrays.copyOf("%PDF-1.7\n".getBytes(), 2000), "COVERING_LETTER", null), 201);
        assertThat(jdbc.queryForObject("select count(*) from request_document where request_id = ?", Integer.class, id)).isOne();

        clock.setDay(java.time.LocalDate.of(2010, 9, 15));
        check(api.post("/api/admin/retention/run", itu.tsb.visa.support.Api.ADMIN, null), 200);
        assertThat(jdbc.queryForObject("select count(*) from request_document where request_id = ?", Integer.class, id)).isZero();
        assertThat(check(api.get("/api/requests/" + id + "/documents", STAFF), 200).body()).isEmpty();
    }

    /** A request of the entity, for one registered person. */
    private long aRequestOf(long entity) {
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Mwangi", entity, meeting + "-1", "APPROVED");
        return check(api.post("/api/requests", applicantOf(entity), request(meeting, person("Mwangi", meeting + "-1"))), 201)
                .body().path("id").asLong();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The request's history, as text. */
    private static final class JsonNodeAssert {
        static org.assertj.core.api.AbstractStringAssert<?> history(Api api, long id) {
            return assertThat(check(api.get("/api/requests/" + id + "/history", STAFF), 200).body().toString());
        }
    }

}
