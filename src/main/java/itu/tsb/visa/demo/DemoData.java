package itu.tsb.visa.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.review.ReviewingRequest;
import itu.tsb.visa.request.submission.SubmitRequest;
import itu.tsb.visa.request.submission.SubmittingRequest;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.time.PinnableClock;
import itu.tsb.visa.shared.time.TimeConfig;

/**
 * The FG Smart Grid meeting of 14-16 June 2010 (TSB Circular 113) and a meeting a few months ahead,
 * entities of every category, registrations in every state, one user per role, the 2010 request as it
 * happened (replayed on its days) and a live request for the meeting ahead.
 * Created once; a later start finds them and only prints where to sign in.
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String FG_SMART = "FG-SMART-2010-06";
    static final String DEMO_PASSWORD = "demo-password-1";

    private final ReferenceData reference;
    private final Users users;
    private final SubmittingRequest requests;
    private final ReviewingRequest review;
    private final RequestWorkflow workflow;
    private final Clock clock;
    private final String port;

    private final itu.tsb.visa.reference.SwissRepresentations representations;

    DemoData(ReferenceData reference, Users users, SubmittingRequest requests, ReviewingRequest review, RequestWorkflow workflow,
            Clock clock, @Value("${server.port:8080}") String port,
            itu.tsb.visa.reference.SwissRepresentations representations) {
        this.representations = representations;
        this.review = review;
        this.workflow = workflow;
        this.reference = reference;
        this.users = users;
        this.requests = requests;
        this.clock = clock;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        if (reference.meetings().stream().noneMatch(m -> m.getCode().equals(FG_SMART))) {
            create();
        }
        log.info("""

                Demo is ready at http://localhost:{}/  (API under /api)
                  applicant (Ministry of ICT, Kenya)  applicant / {}
                  TSB staff                           staff / {}   and   reviewer / {}
                  auditor                             auditor / {}
                  admin                               admin / VISA_ADMIN_PASSWORD (or the generated one logged above)
                """, port, DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD);
    }

    private void create() {
        Organization kenya = reference.createOrganization("Ministry of Information, Communications and Technology",
                "Ministère de l'Information, des Communications et de la Technologie", "KE",
                MembershipCategory.MEMBER_STATE, LocalDate.of(1964, 1, 1), null);
        // the demo's users first: the data set is made in steps (each committed), and the next start does not
        // make it again once its first meeting is there; a first start stopped part-way still lets everyone
        // sign in
        users.ensure("applicant", DEMO_PASSWORD, Role.APPLICANT, kenya.getId(), "focal.point@ict.example");
        users.ensure("staff", DEMO_PASSWORD, Role.TSB_STAFF, null);
        // a second member of staff: who records a fax does not approve it alone (four eyes)
        users.ensure("reviewer", DEMO_PASSWORD, Role.TSB_STAFF, null);
        users.ensure("auditor", DEMO_PASSWORD, Role.AUDITOR, null);
        Organization operator = reference.createOrganization("Example Telecom Ltd", "IN",
                MembershipCategory.SECTOR_MEMBER, LocalDate.of(2005, 1, 1), null);
        reference.createOrganization("Example Research Associates", "BR", MembershipCategory.ASSOCIATE,
                LocalDate.of(2008, 1, 1), LocalDate.of(2012, 12, 31));
        reference.createOrganization("Université d'exemple", "SN", MembershipCategory.ACADEMIA,
                LocalDate.of(2011, 6, 1), null);
        reference.createOrganization("Independent Smart Grid Forum", "US", MembershipCategory.NON_MEMBER, null, null);
        // the addresses are the demo's own (example.org), not the representations' real ones; Mumbai's is left
        // out, so that staff see how a representation without one is flagged
        for (String[] r : new String[][] {
                {"EMBASSY", "Embassy of Switzerland in Kenya", "Ambassade de Suisse au Kenya", "Nairobi", "KE", "visa.nairobi@example.org"},
                {"EMBASSY", "Embassy of Switzerland in India", "Ambassade de Suisse en Inde", "New Delhi", "IN", "visa.newdelhi@example.org"},
                {"CONSULATE", "Consulate General of Switzerland in Mumbai", "Consulat général de Suisse à Mumbai", "Mumbai", "IN", null},
                {"EMBASSY", "Embassy of Switzerland in Senegal", "Ambassade de Suisse au Sénégal", "Dakar", "SN", "visa.dakar@example.org"},
                {"EMBASSY", "Embassy of Switzerland in Poland", "Ambassade de Suisse en Pologne", "Warsaw", "PL", "visa.warsaw@example.org"},
                {"EMBASSY", "Embassy of Switzerland in Brazil", "Ambassade de Suisse au Brésil", "Brasília", "BR", "visa.brasilia@example.org"}}) {
            representations.add(new itu.tsb.visa.reference.SwissRepresentations.Fields(r[0], r[1], r[2], r[3],
                    "Warsaw".equals(r[3]) ? "Varsovie" : null, r[4], r[5], true));
        }

        reference.createMeeting(FG_SMART, new ReferenceData.MeetingTexts(
                "First meeting of the ITU-T Focus Group on Smart Grid (FG Smart)",
                "Première réunion du Groupe spécialisé de l'UIT-T sur les réseaux électriques intelligents (FG Smart)",
                "ITU headquarters, Geneva", "Siège de l'UIT, Genève"), LocalDate.of(2010, 6, 14),
                LocalDate.of(2010, 6, 16), 28,
                EnumSet.of(MembershipCategory.MEMBER_STATE, MembershipCategory.SECTOR_MEMBER, MembershipCategory.ASSOCIATE));
        LocalDate soon = LocalDate.now(clock).plusMonths(3).withDayOfMonth(10);
        Meeting next = reference.createMeeting("SG13-" + soon.getYear() + "-" + String.format("%02d", soon.getMonthValue()),
                new ReferenceData.MeetingTexts("ITU-T Study Group 13 meeting",
                        "Réunion de la Commission d'études 13 de l'UIT-T", "ITU headquarters, Geneva",
                        "Siège de l'UIT, Genève"), soon, soon.plusDays(9), 28, null);

        reference.register(FG_SMART, "Mwangi", "Grace Wanjiru", kenya.getId(), "FGSMART-0001", RegistrationStatus.APPROVED);
        reference.register(FG_SMART, "Otieno", "Peter", kenya.getId(), "FGSMART-0002", RegistrationStatus.PENDING);
        reference.register(FG_SMART, "Sharma", "Anil", operator.getId(), "FGSMART-0003", RegistrationStatus.APPROVED);
        reference.register(next.getCode(), "Mwangi", "Grace Wanjiru", kenya.getId(), "SG13-0001", RegistrationStatus.APPROVED);
        reference.register(next.getCode(), "Kamau", "John", kenya.getId(), "SG13-0002", RegistrationStatus.PENDING);
        reference.register(next.getCode(), "Nowak", "Łukasz", kenya.getId(), "SG13-0003", RegistrationStatus.APPROVED);

        replayTheFaxOf2010(kenya);

        var applicant = users.loadUserByUsername("applicant");
        requests.submit(new SubmitRequest(next.getCode(), null, null, null, "en", "Jane Njeri", "Permanent Secretary",
                List.of(new PersonDetails("Nowak", "Łukasz", "Network architect", LocalDate.of(1985, 11, 23), "Kraków",
                        "PL", "SG13-0003", "EA9876543", "Voivode of Małopolska", LocalDate.now(clock).minusYears(2),
                        LocalDate.now(clock).plusYears(8), RepresentationKind.EMBASSY, "Nairobi", "KE"))),
                applicant, null);
    }

    /**
     * The seed's story as it happened: Kenya's request reached TSB by fax on 10 May 2010, TSB approved it
     * on 12 May 2010 and issued the letter that day. Each step runs with the clock held at its day, so the
     * history, the decisions and the letter carry 2010 dates, and the letter now verifies as expired.
     */
    private void replayTheFaxOf2010(Organization kenya) {
        if (!(clock instanceof PinnableClock time)) {
            log.warn("The clock cannot be held at 2010: the demo's 2010 request is not created.");
            return;
        }
        var staff = users.loadUserByUsername("staff");
        try {
            time.pin(geneva(2010, 5, 10, 14, 30));
            var fax = requests.submit(new SubmitRequest(FG_SMART, kenya.getId(), geneva(2010, 5, 10, 14, 30),
                    Channel.FAX, "fr", "Jane Njeri", "Permanent Secretary", List.of(new PersonDetails("Mwangi",
                            "Grace Wanjiru", "Senior Engineer", LocalDate.of(1978, 3, 2), "Nairobi", "KE",
                            "FGSMART-0001", "AK1234567", "Department of Immigration, Nairobi", LocalDate.of(2008, 9, 1),
                            LocalDate.of(2018, 8, 31), RepresentationKind.EMBASSY, "Nairobi", "KE"))), staff, null);
            time.pin(geneva(2010, 5, 12, 10, 15));
            review.review(fax.id(), ReviewDecision.APPROVE, null, users.loadUserByUsername("reviewer"));
            time.pin(geneva(2010, 5, 12, 10, 16));
            workflow.runPendingSteps(fax.id());
        } finally {
            time.release();
        }
    }

    private static Instant geneva(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TimeConfig.GENEVA).toInstant();
    }
}
