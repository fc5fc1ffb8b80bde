package itu.tsb.visa.request.history;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * The whole history of a request for auditors and staff, in the reader's language (Accept-Language:
 * English or French), as JSON, as CSV and as a PDF/A document to file.
 */
@RestController
@RequestMapping("/api/requests/{id}")
@PreAuthorize("hasAnyRole('AUDITOR','TSB_STAFF','ADMIN')")
class RequestHistoryController {

    private final RequestHistory histories;

    RequestHistoryController(RequestHistory histories) {
        this.histories = histories;
    }

    @GetMapping("/history")
    RequestHistory.History history(@PathVariable Long id) {
        return histories.of(id, Users.current(), ReaderLanguage.current());
    }

    @GetMapping(value = "/history.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable Long id) {
        RequestHistory.History h = histories.of(id, Users.current(), ReaderLanguage.current());
        return file(histories.csv(h), new MediaType("text", "csv", StandardCharsets.UTF_8),
                h, "csv");
    }

    @GetMapping(value = "/history.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        RequestHistory.History h = histories.of(id, Users.current(), ReaderLanguage.current());
        return file(histories.pdf(h), MediaType.APPLICATION_PDF, h, "pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, RequestHistory.History h, String extension) {
        String name = "history-" + h.reference().replaceAll("[^A-Za-z0-9-]+", "-") + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, h.language())
                .body(body);
    }
}
