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

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.PurgingPersonalData;

/** Deletes personal data {@code visa.retention.days-after-meeting} days after a meeting's last day. */
@Service
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    public record Result(LocalDate meetingsEndedBefore, int requests, int registrations) {
    }

    private final ReferenceData reference;
    private final PurgingPersonalData requests;
    private final Clock clock;
    private final int daysAfterMeeting;

    PersonalDataRetention(ReferenceData reference, PurgingPersonalData requests, Clock clock,
            @Value("${visa.retention.days-after-meeting}") int daysAfterMeeting) {
        this.reference = reference;
        this.requests = requests;
        this.clock = clock;
        this.daysAfterMeeting = daysAfterMeeting;
    }

    @Scheduled(cron = "${visa.retention.cron}", zone = "Europe/Zurich")
    @Transactional
    public Result purgeDue() {
        LocalDate cutoff = LocalDate.now(clock).minusDays(daysAfterMeeting);
        List<Long> meetings = reference.meetingsEndedBefore(cutoff).stream().map(Meeting::getId).toList();
        if (meetings.isEmpty()) {
            return new Result(cutoff, 0, 0);
        }
        int purgedRequests = requests.purge(meetings).size();
        int purgedRegistrations = reference.purgeRegistrations(meetings);
        if (purgedRequests + purgedRegistrations > 0) {
            log.info("retention: personal data deleted from {} request(s) and {} registration(s) of meetings that ended"
                    + " before {}", purgedRequests, purgedRegistrations, cutoff);
        }
        return new Result(cutoff, purgedRequests, purgedRegistrations);
    }
}
