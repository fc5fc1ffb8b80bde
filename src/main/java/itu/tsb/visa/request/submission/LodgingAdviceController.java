package itu.tsb.visa.request.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.time.StrictDays;
import itu.tsb.visa.shared.time.TimeConfig;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * What the submission form says as soon as a meeting is chosen, before anything is sent: when the persons'
 * visa applications can be lodged at the Swiss representation for a request received today (or, for staff
 * recording a fax, on the day it was received). Warnings only: the request can still be sent.
 */
@RestController
class LodgingAdviceController {

    record Advice(List<String> warnings) {
    }

    private final ReferenceData reference;
    private final Clock clock;
    private final TravelDocumentPolicy policy = new TravelDocumentPolicy();

    LodgingAdviceController(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/api/meetings/{code}/lodging")
    @PreAuthorize("hasAnyRole('APPLICANT','TSB_STAFF','ADMIN')")
    Advice lodging(@PathVariable String code, @RequestParam(required = false) String received) {
        LocalDate day = LocalDate.now(clock.withZone(TimeConfig.GENEVA));
        if (received != null && !received.isBlank()) {
            StrictDays.Read read = StrictDays.read(received);
            if (!read.ok()) {
                throw InvalidInput.of("received", read.problem());
            }
            day = read.day();
        }
        Meeting meeting = reference.meeting(code);
        String language = ReaderLanguage.current();
        return new Advice(policy.lodging(day, meeting.getFirstDay()).stream().map(f -> f.why().in(language)).toList());
    }
}
