package itu.tsb.visa.letter;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.web.ApiException;
import itu.tsb.visa.shared.web.ReaderLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@RestController
class LetterController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Letters letters;
    private final UnknownTokenThrottle throttle;
    private final VerifyPage page;

    LetterController(Letters letters, UnknownTokenThrottle throttle, VerifyPage page) {
        this.letters = letters;
        this.throttle = throttle;
        this.page = page;
    }

    @GetMapping("/api/requests/{id}/letters/{pid}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long pid) {
        Letters.Download d = letters.download(id, pid, Users.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.filename()).build().toString())
                .header("Digest", "sha-256=" + d.sha256())
                .body(d.pdf());
    }

    record Revocation(@Size(max = 1000) String reason) {
    }

    @PostMapping("/api/requests/{id}/letters/{pid}/revoke")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    Map<String, Object> revoke(@PathVariable Long id, @PathVariable Long pid, @Valid @RequestBody Revocation body) {
        letters.revoke(id, pid, body.reason(), Users.current());
        return Map.of("status", Letter.REVOKED);
    }

    /**
     * The public page an embassy opens from the QR code: only what identifies the letter. A program that
     * asks for {@code application/json} (and not for HTML) gets the same facts as JSON.
     */
    @GetMapping("/verify/{token}")
    ResponseEntity<?> verify(@PathVariable String token, HttpServletRequest http) {
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("text/html");
        String address = http.getRemoteAddr();
        long wait = throttle.secondsToWait(address);
        if (wait > 0) {
            if (json) {
                throw ApiException.tooManyRequests("Too many unknown letters were checked from this address; try again"
                        + " in " + wait + " seconds.", wait);
            }
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .contentType(HTML).body(page.without("THROTTLED", ReaderLanguage.current(), wait));
        }
        Optional<Letters.Verification> found = letters.verify(token, address);
        if (found.isEmpty()) {
            throttle.unknown(address);
            if (json) {
                throw ApiException.notFound("No letter matches this token. The letter may be forged: contact ITU TSB"
                        + " (tsbreg@itu.int).");
            }
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body(page.without("UNKNOWN", ReaderLanguage.current(), 0));
        }
        Letters.Verification v = found.get();
        if (json) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(v);
        }
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(page.of(v, ReaderLanguage.current()));
    }
}
