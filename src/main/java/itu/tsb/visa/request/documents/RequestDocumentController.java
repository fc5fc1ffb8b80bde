package itu.tsb.visa.request.documents;

import java.net.URI;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.InvalidInput;

/** The documents of a request: added by the applicant or staff, listed to who sees the request, opened by staff and auditors. */
@RestController
class RequestDocumentController {

    private final RequestDocuments documents;

    RequestDocumentController(RequestDocuments documents) {
        this.documents = documents;
    }

    /** One file (multipart field {@code file}), its {@code kind}, and for a passport page its {@code participantId}. */
    @PostMapping(value = "/api/requests/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RequestDocuments.Listed> add(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Long participantId)
            throws java.io.IOException {
        if (file == null) {
            throw InvalidInput.of("file", "send the document as the multipart field 'file'");
        }
        DocumentKind known;
        try {
            known = kind == null ? null : DocumentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "must be COVERING_LETTER or PASSPORT_PAGE");
        }
        RequestDocuments.Listed added = documents.add(id, known, participantId, file.getBytes(), Users.current());
        return ResponseEntity.created(URI.create("/api/requests/" + id + "/documents/" + added.id())).body(added);
    }

    @GetMapping("/api/requests/{id}/documents")
    List<RequestDocuments.Listed> list(@PathVariable Long id) {
        return documents.of(id, Users.current());
    }

    @GetMapping("/api/requests/{id}/documents/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable Long id, @PathVariable Long documentId) {
        RequestDocuments.Content c = documents.open(id, documentId, Users.current());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + c.filename() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }
}
