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
import org.springframework.web.util.HtmlUtils;

import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@RestController
class LetterController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Letters letters;
    private final UnknownTokenThrottle throttle;

    LetterController(Letters letters, UnknownTokenThrottle throttle) {
        this.letters = letters;
        this.throttle = throttle;
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
                    .contentType(HTML).body(page("Too many checks / Trop de vérifications", "unknown",
                            "<p>Too many unknown letters were checked from this address. Try again in " + wait
                                    + " seconds. / Trop de lettres inconnues ont été vérifiées depuis cette adresse."
                                    + " Réessayez dans " + wait + " secondes.</p>"));
        }
        Optional<Letters.Verification> found = letters.verify(token, address);
        if (found.isEmpty()) {
            throttle.unknown(address);
            if (json) {
                throw ApiException.notFound("No letter matches this token. The letter may be forged: contact ITU TSB"
                        + " (tsbreg@itu.int).");
            }
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(page("Unknown letter / Lettre"
                    + " inconnue", "unknown", "<p>No letter matches this address. The letter may be forged: contact"
                    + " ITU TSB (tsbreg@itu.int).</p>"));
        }
        Letters.Verification v = found.get();
        if (json) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(v);
        }
        return ResponseEntity.ok().contentType(HTML).body(page(TITLES.get(v.status()), CSS.get(v.status()),
                "<dl><dt>Status / Statut</dt><dd id=\"status\">" + v.status() + "</dd>"
                        + "<dt>Reference / Référence</dt><dd id=\"reference\">" + esc(v.reference()) + "</dd>"
                        + "<dt>Meeting / Réunion</dt><dd>" + esc(v.meeting()) + " (" + v.meetingFirstDay() + " – "
                        + v.meetingLastDay() + ")</dd>"
                        + "<dt>Issued / Délivrée le</dt><dd>" + v.issued() + "</dd>"
                        + (v.revokedOn() == null ? "" : "<dt>" + (v.status() == Letters.PublicStatus.SUPERSEDED
                                ? "Superseded / Remplacée le" : "Revoked / Révoquée le") + "</dt><dd id=\"revoked\">"
                                + v.revokedOn() + "</dd>")
                        + (v.supersededBy() == null ? "" : "<dt>By / Par</dt><dd>" + esc(v.supersededBy()) + "</dd>")
                        + (v.initials() == null ? "" : "<dt>Holder / Titulaire</dt><dd>" + esc(v.initials()) + " ("
                                + v.yearOfBirth() + ")</dd>")
                        + "</dl>"));
    }

    private static final Map<Letters.PublicStatus, String> TITLES = Map.of(
            Letters.PublicStatus.VALID, "Valid letter / Lettre valide",
            Letters.PublicStatus.REVOKED, "REVOKED / RÉVOQUÉE",
            Letters.PublicStatus.SUPERSEDED, "SUPERSEDED by a newer version / REMPLACÉE par une nouvelle version",
            Letters.PublicStatus.EXPIRED, "EXPIRED: the meeting has ended / EXPIRÉE\u00a0: la réunion est terminée");
    private static final Map<Letters.PublicStatus, String> CSS = Map.of(Letters.PublicStatus.VALID, "valid",
            Letters.PublicStatus.REVOKED, "revoked", Letters.PublicStatus.SUPERSEDED, "revoked",
            Letters.PublicStatus.EXPIRED, "revoked");

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    private static String page(String title, String css, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + esc(title) + " – ITU TSB</title><link rel=\"stylesheet\" href=\"/css/app.css\">"
                + "</head><body><main class=\"verify\"><p>ITU – Telecommunication Standardization Bureau: visa"
                + " support letter check</p><h1 class=\"" + css + "\">" + esc(title) + "</h1>" + body
                + "</main></body></html>";
    }
}
