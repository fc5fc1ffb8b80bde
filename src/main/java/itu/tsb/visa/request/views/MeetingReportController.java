package itu.tsb.visa.request.views;

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

/** A meeting's requests for auditors and staff: one row each as CSV, and the figures over them. */
@RestController
@RequestMapping("/api/meetings/{code}")
@PreAuthorize("hasAnyRole('AUDITOR','TSB_STAFF','ADMIN')")
class MeetingReportController {

    private final MeetingReport report;

    MeetingReportController(MeetingReport report) {
        this.report = report;
    }

    @GetMapping(value = "/report.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String code) {
        byte[] body = report.csv(code, itu.tsb.visa.shared.web.ReaderLanguage.current());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("report-" + code.replaceAll("[^A-Za-z0-9-]+", "-") + ".csv").build().toString())
                .body(body);
    }

    @GetMapping("/statistics")
    MeetingReport.Statistics statistics(@PathVariable String code) {
        return report.statistics(code);
    }
}
