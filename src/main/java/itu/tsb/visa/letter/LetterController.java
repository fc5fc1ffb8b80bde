package itu.tsb.visa.letter;

import java.util.Map;

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
import jakarta.servlet.http.HttpServletRequest;

@RestController
class LetterController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Letters letters;

    LetterController(Letters letters) {
        this.letters = letters;
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

    record Revocation(String reason) {
    }

    @PostMapping("/api/requests/{id}/letters/{pid}/revoke")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    Map<String, Object> revoke(@PathVariable Long id, @PathVariable Long pid, @RequestBody Revocation body) {
        letters.revoke(id, pid, body.reason(), Users.current());
        return Map.of("status", Letter.REVOKED);
    }

    /** The public page an embassy opens from the QR code. Shows only what identifies the letter. */
    @GetMapping(value = "/verify/{token}", produces = "text/html;charset=UTF-8")
    ResponseEntity<String> verify(@PathVariable String token, HttpServletRequest http) {
        return letters.verify(token, http.getRemoteAddr())
                .map(v -> ResponseEntity.ok().contentType(HTML).body(page(v.valid() ? "Valid letter / Lettre valide" : "REVOKED / RÉVOQUÉE",
                        v.valid() ? "valid" : "revoked",
                        "<dl><dt>Status / Statut</dt><dd id=\"status\">" + (v.valid() ? "VALID" : "REVOKED") + "</dd>"
                                + "<dt>Reference / Référence</dt><dd id=\"reference\">" + esc(v.reference()) + "</dd>"
                                + "<dt>Meeting / Réunion</dt><dd>" + esc(v.meeting()) + "</dd>"
                                + "<dt>Issued / Délivrée le</dt><dd>" + v.issued() + "</dd>"
                                + (v.initials() == null ? "" : "<dt>Holder / Titulaire</dt><dd>" + esc(v.initials())
                                        + " (" + v.yearOfBirth() + ")</dd>")
                                + (v.valid() ? "" : "<dt>Reason / Motif</dt><dd>" + esc(v.revokedReason()) + "</dd>")
                                + "</dl>")))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(page("Unknown letter / Lettre inconnue", "unknown",
                                "<p>No letter matches this address. The letter may be forged: contact ITU TSB"
                                        + " (tsbreg@itu.int).</p>")));
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    private static String page(String title, String css, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + esc(title) + " – ITU TSB</title><link rel=\"stylesheet\" href=\"/css/app.css\">"
                + "</head><body><div class=\"verify\"><p>ITU – Telecommunication Standardization Bureau: visa"
                + " support letter check</p><h1 class=\"" + css + "\">" + esc(title) + "</h1>" + body
                + "</div></body></html>";
    }
}
