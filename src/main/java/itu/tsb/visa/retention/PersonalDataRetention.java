package itu.tsb.visa.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.PurgingPersonalData;
import itu.tsb.visa.request.drafts.RequestDrafts;

/** Deletes personal data {@code visa.retention.days-after-meeting} days after a meeting's last day. */
@Service
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    public record Result(LocalDate meetingsEndedBefore, int requests, int registrations, int drafts) {
    }

    private final ReferenceData reference;
    private final PurgingPersonalData requests;
    private final Clock clock;
    private final AuditLog audit;
    private final int daysAfterMeeting;
    private final RequestDrafts drafts;
    private final int draftDays;

    PersonalDataRetention(ReferenceData reference, PurgingPersonalData requests, Clock clock, AuditLog audit,
            @Value("${visa.retention.days-after-meeting}") int daysAfterMeeting, RequestDrafts drafts,
            @Value("${visa.retention.draft-days:30}") int draftDays) {
        this.drafts = drafts;
        this.draftDays = draftDays;
        this.audit = audit;
        this.reference = reference;
        this.requests = requests;
        this.clock = clock;
        this.daysAfterMeeting = daysAfterMeeting;
    }

    /** The nightly run. */
    @Scheduled(cron = "${visa.retention.cron}", zone = "Europe/Zurich")
    @Transactional
    public Result purgeDue() {
        return purgeDue(AuditLog.SYSTEM);
    }

    /** A run, nightly or asked for by an admin ({@code by}); each run is in the audit trail, also when nothing was due. */
    @Transactional
    public Result purgeDue(String by) {
        LocalDate cutoff = LocalDate.now(clock).minusDays(daysAfterMeeting);
        List<Long> meetings = reference.meetingsEndedBefore(cutoff).stream().map(Meeting::getId).toList();
        int purgedRequests = meetings.isEmpty() ? 0 : requests.purge(meetings).size();
        int purgedRegistrations = meetings.isEmpty() ? 0 : reference.purgeRegistrations(meetings);
        int purgedDrafts = drafts.deleteSavedBefore(clock.instant().minus(java.time.Duration.ofDays(draftDays)));
        audit.record(null, by, "RETENTION_RUN", "meetings ended before " + cutoff + ": personal data deleted from "
                + purgedRequests + " request(s) and " + purgedRegistrations + " registration(s); "
                + purgedDrafts + " draft(s) last saved more than " + draftDays + " days ago deleted");
        if (purgedRequests + purgedRegistrations > 0) {
            log.info("retention: personal data deleted from {} request(s) and {} registration(s) of meetings that ended"
                    + " before {}", purgedRequests, purgedRegistrations, cutoff);
        }
        return new Result(cutoff, purgedRequests, purgedRegistrations, purgedDrafts);
    }
}
