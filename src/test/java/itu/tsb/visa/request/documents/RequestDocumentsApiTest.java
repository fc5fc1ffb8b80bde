package itu.tsb.visa.request.documents;

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

    /** A PNG's signature and header (2480 x 3508 pixels, an A4 page at 300 dpi), then what the page shows. */
    private static final byte[] PNG = png(2480, 3508, "SECRET-PAGE");

    private static byte[] png(long width, long height, String rest) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            (byte) (width >> 24), (byte) (width >> 16), (byte) (width >> 8), (byte) width,
            (byte) (height >> 24), (byte) (height >> 16), (byte) (height >> 8), (byte) height, 8, 2, 0, 0, 0};
        byte[] tail = rest.getBytes();
        byte[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    private static byte[] pdf(int size, String body) {
        return Arrays.copyOf(("%PDF-1.7\n" + body).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), size);
    }

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
            // never drawn by the browser in the application's origin: saved, and opened by the person's own viewer
            assertThat(opened.headers().get("Content-Disposition")).startsWith("attachment;");
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
        check(upload(id, STAFF, "fax.pdf", Arrays.copyOf("%PDF-1.7\n".getBytes(), 2000), "COVERING_LETTER", null), 201);
        check(api.post("/api/requests/" + id + "/review", STAFF, java.util.Map.of("decision", "APPROVE")), 200);
        jobs.runDue();
        // a final request takes no more documents
        assertThat(check(upload(id, STAFF, "late.pdf", pdf(2000, ""), "COVERING_LETTER", null), 409).body()
                .path("detail").asText()).contains("letter issued", "only while it is open");
        assertThat(jdbc.queryForObject("select count(*) from request_document where request_id = ?", Integer.class, id)).isOne();

        clock.setDay(java.time.LocalDate.of(2010, 9, 15));
        check(api.post("/api/admin/retention/run", itu.tsb.visa.support.Api.ADMIN, null), 200);
        assertThat(jdbc.queryForObject("select count(*) from request_document where request_id = ?", Integer.class, id)).isZero();
        assertThat(check(api.get("/api/requests/" + id + "/documents", STAFF), 200).body()).isEmpty();
    }

    /** Per slot, per request in files and in bytes (the test profile's 5 files and 11 MB): each refusal says which. */
    @Test
    void aRequestHoldsABoundedNumberOfFilesAndBytes() {
        long entity = api.memberState();
        long id = aRequestOf(entity);
        long pid = check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body().path("participants").get(0)
                .path("id").asLong();
        for (int i = 0; i < 3; i++) {
            check(upload(id, applicantOf(entity), "letter.pdf", pdf(1000, ""), "COVERING_LETTER", null), 201);
        }
        assertThat(check(upload(id, applicantOf(entity), "letter.pdf", pdf(1000, ""), "COVERING_LETTER", null), 400)
                .body().path("errors").get(0).path("message").asText()).contains("already has 3 covering letters");
        check(upload(id, applicantOf(entity), "page.png", PNG, "PASSPORT_PAGE", pid), 201);
        check(upload(id, applicantOf(entity), "page.png", PNG, "PASSPORT_PAGE", pid), 201);
        assertThat(check(upload(id, applicantOf(entity), "page.png", PNG, "PASSPORT_PAGE", pid), 400)
                .body().path("errors").get(0).path("message").asText()).contains("already has 5 documents");

        long other = aRequestOf(entity);
        long otherPid = check(api.get("/api/requests/" + other, applicantOf(entity)), 200).body().path("participants")
                .get(0).path("id").asLong();
        check(upload(other, applicantOf(entity), "a.pdf", pdf(4 * 1024 * 1024, ""), "COVERING_LETTER", null), 201);
        check(upload(other, applicantOf(entity), "b.pdf", pdf(4 * 1024 * 1024, ""), "COVERING_LETTER", null), 201);
        assertThat(check(upload(other, applicantOf(entity), "c.pdf", pdf(4 * 1024 * 1024, ""), "PASSPORT_PAGE", otherPid),
                400).body().path("errors").get(0).path("message").asText()).contains("would pass its limit of 11534336 bytes");
        assertThat(jdbc.queryForObject("select count(*) from request_document where request_id = ?", Integer.class, other))
                .isEqualTo(2);
    }

    /** A PDF that acts when opened, and images whose declared size is absurd, are not scans. */
    @Test
    void activePdfsAndAbsurdImagesAreRefused() {
        long entity = api.memberState();
        long id = aRequestOf(entity);
        long pid = check(api.get("/api/requests/" + id, applicantOf(entity)), 200).body().path("participants").get(0)
                .path("id").asLong();
        String script = "1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n2 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n";
        assertThat(check(upload(id, applicantOf(entity), "a.pdf", pdf(2000, script), "COVERING_LETTER", null), 400)
                .body().path("errors").get(0).path("message").asText()).contains("active content (JavaScript)");
        assertThat(check(upload(id, applicantOf(entity), "a.pdf", pdf(2000, "<< /S /Launch /F (calc.exe) >>"),
                "COVERING_LETTER", null), 400).body().path("errors").get(0).path("message").asText()).contains("Launch");
        // the same bytes inside a stream's data (an image of the page, say) are only data
        check(upload(id, applicantOf(entity), "scan.pdf", pdf(2000, "3 0 obj << /Length 20 >> stream\n/JS /Launch \nendstream"
                + " endobj\n"), "COVERING_LETTER", null), 201);

        assertThat(check(upload(id, applicantOf(entity), "bomb.png", png(30000, 30000, "x"), "PASSPORT_PAGE", pid), 400)
                .body().path("errors").get(0).path("message").asText()).contains("declares 30000 x 30000 pixels");
        assertThat(check(upload(id, applicantOf(entity), "wide.png", png(14000, 14000, "x"), "PASSPORT_PAGE", pid), 400)
                .body().path("errors").get(0).path("message").asText()).contains("100 million in all");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0, (byte) 0xFF, (byte) 0xC0, 0, 11, 8,
            (byte) 0xEA, 0x60, (byte) 0xEA, 0x60, 3, 0, 0, 0};
        assertThat(check(upload(id, applicantOf(entity), "bomb.jpg", jpeg, "PASSPORT_PAGE", pid), 400)
                .body().path("errors").get(0).path("message").asText()).contains("declares 60000 x 60000 pixels");
        byte[] small = jpeg.clone();
        small[13] = 0x0D;
        small[14] = (byte) 0xB4;
        small[15] = 0x09;
        small[16] = (byte) 0xB0;
        check(upload(id, applicantOf(entity), "page.jpg", small, "PASSPORT_PAGE", pid), 201);
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
