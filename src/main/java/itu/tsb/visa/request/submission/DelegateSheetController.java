package itu.tsb.visa.request.submission;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.security.Users;

/** A delegation from a spreadsheet: its template, and each row read and checked before anything is sent. */
@RestController
@PreAuthorize("hasAnyRole('APPLICANT','TSB_STAFF','ADMIN')")
class DelegateSheetController {

    private final DelegateSheet sheets;

    DelegateSheetController(DelegateSheet sheets) {
        this.sheets = sheets;
    }

    /** The CSV template: UTF-8 with a byte-order mark (so that spreadsheets read names with accents), one header line. */
    @GetMapping(value = "/api/delegates/template.csv", produces = "text/csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"delegates.csv\"")
                .body(DelegateSheet.template().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sheet's persons as the submission takes them, and the lines refused with what to correct; nothing
     * is stored. {@code entityId}: the entity staff act for (an applicant's own otherwise).
     */
    @PostMapping(value = "/api/delegates/check", consumes = {"text/csv", "text/plain"})
    DelegateSheet.Report check(@RequestParam String meeting, @RequestParam(required = false) Long entityId,
            @RequestBody byte[] csv) {
        return sheets.read(meeting, entityId, csv, Users.current());
    }
}
