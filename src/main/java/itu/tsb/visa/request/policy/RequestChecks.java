package itu.tsb.visa.request.policy;

import static itu.tsb.visa.shared.text.Dates.human;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.Registration;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.Decision;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.time.PlausibleDates;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * The checks a person's details pass before they are stored, whoever enters them (a submission, a
 * correction by the applicant, a correction by staff after issue), and the refusal of any action on a
 * request whose meeting has begun.
 */
@Component
public class RequestChecks {

    private final VisaRequestRepository requests;
    private final DecisionRecord decisions;
    private final ReferenceData reference;
    private final PrintableText printable;
    private final Clock clock;
    private final TravelDocumentPolicy travelDocuments = new TravelDocumentPolicy();

    RequestChecks(VisaRequestRepository requests, DecisionRecord decisions, ReferenceData reference,
            PrintableText printable, Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.reference = reference;
        this.printable = printable;
        this.clock = clock;
    }

    /**
     * The person's registration: it exists for the meeting and the entity, names the same family name, and
     * is on no other live request of the entity (a second letter for the same person). An applicant naming
     * another entity's registration is told exactly what it is told for one that does not exist, and no
     * name is compared: nothing says whether, or whose, it is.
     */
    public List<FieldError> registrationErrors(String prefix, PersonDetails p, Meeting meeting, Organization entity,
            Long requestId, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        String field = prefix + "registrationNumber";
        Optional<Registration> found = reference.registration(meeting.getId(), p.registrationNumber());
        boolean ours = found.isPresent() && found.get().getOrganizationId().equals(entity.getId());
        if (!ours && (found.isEmpty() || !user.isStaff())) {
            errors.add(new FieldError(field, "there is no registration " + p.registrationNumber() + " of "
                    + (user.isStaff() ? entity.getName() : "your entity") + " for meeting " + meeting.getCode()
                    + ": register the person for the meeting first and use its confirmation number"));
            return errors;
        }
        if (!ours) {
            errors.add(new FieldError(field, "registration " + p.registrationNumber() + " was made for another entity"));
            return errors;
        }
        if (!sameName(found.get().getFamilyName(), p.familyName())) {
            errors.add(new FieldError(prefix + "familyName", "does not match the family name on registration "
                    + p.registrationNumber()));
        }
        List<String> holding = requests.findLiveHolding(meeting.getId(), entity.getId(), p.registrationNumber(),
                requestId == null ? -1L : requestId);
        if (!holding.isEmpty()) {
            errors.add(new FieldError(field, "registration " + p.registrationNumber() + " is already on request "
                    + holding.get(0) + ", which is still open or has its letter: one person gets one letter. Withdraw"
                    + " that request first, or correct the person there"));
        }
        return errors;
    }

    /**
     * Everything checked of one person wherever a person is named (a submission, the applicant's correction,
     * staff's correction after issue, a spreadsheet's line): the registration (when the meeting and the entity are
     * known), the letters the letter's font prints, dates a person could have, and, when the meeting is known,
     * the travel document's rules as of the day the request is received: refused here, before anything is
     * stored, as the process would refuse them after.
     */
    public List<FieldError> personErrors(String prefix, PersonDetails p, Meeting meeting, Organization entity,
            Long requestId, CurrentUser user, LocalDate today, LocalDate received) {
        List<FieldError> errors = new ArrayList<>();
        if (meeting != null && entity != null) {
            errors.addAll(registrationErrors(prefix, p, meeting, entity, requestId, user));
        }
        errors.addAll(printableErrors(prefix, p));
        List<FieldError> implausible = plausibilityErrors(prefix, p, today);
        errors.addAll(implausible);
        if (meeting != null && implausible.isEmpty()) {
            travelDocuments.check(p, received, meeting).stream()
                    .filter(f -> f.severity() == TravelDocumentPolicy.Severity.ERROR)
                    .forEach(f -> errors.add(new FieldError(prefix + f.field(), f.why().in(ReaderLanguage.current()))));
        }
        return errors;
    }

    /** Dates a person could not have: a typing error, refused before it can reach a letter. */
    public static List<FieldError> plausibilityErrors(String prefix, PersonDetails p, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        PlausibleDates.birth(p.dateOfBirth(), today)
                .ifPresent(m -> errors.add(new FieldError(prefix + "dateOfBirth", m)));
        PlausibleDates.passport(p.issueDate(), today)
                .ifPresent(m -> errors.add(new FieldError(prefix + "passport.issueDate", m)));
        PlausibleDates.passport(p.expiryDate(), today)
                .ifPresent(m -> errors.add(new FieldError(prefix + "passport.expiryDate", m)));
        return errors;
    }

    /** Every text the letter prints must be one line its font draws. */
    public List<FieldError> printableErrors(String prefix, PersonDetails p) {
        return printable.errors(prefix, p);
    }

    /** The request's signatory, printed in the letter's citation of the request. */
    public List<FieldError> signatoryErrors(String name, String title) {
        List<FieldError> errors = new ArrayList<>(printable.errors("signatory.name", name));
        errors.addAll(printable.errors("signatory.title", title));
        return errors;
    }

    static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\\s\\-']+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * An expired request, or one whose meeting has begun (the process is about to expire it), takes no
     * further action; the answer carries the reason recorded when it expired.
     */
    public void refuseIfMeetingBegun(VisaRequest request, String action) {
        Meeting meeting = reference.meeting(request.getMeetingId());
        if (request.getStatus() == RequestStatus.EXPIRED) {
            String reason = decisions.of(request.getId()).stream()
                    .filter(d -> d.getOutcome() == Outcome.EXPIRED).map(Decision::getReason).reduce((a, b) -> b)
                    .orElse("Meeting " + meeting.getCode() + " began on " + human(meeting.getFirstDay()) + ".");
            throw new WrongState("Request " + request.getReference() + " has expired and can no longer be "
                    + action + ". " + reason);
        }
        if (RequestStatus.LIVE.contains(request.getStatus())
                && MeetingAheadPolicy.hasBegun(meeting.getFirstDay(), clock.instant())) {
            throw new WrongState("Request " + request.getReference() + " can no longer be " + action
                    + ": meeting " + meeting.getCode() + " began on " + human(meeting.getFirstDay())
                    + ", and TSB supports visa applications only for meetings still to come. "
                    + (request.getStatus() == RequestStatus.LETTER_ISSUED ? "Its letters stay as they were issued."
                            : "The request expires."));
        }
    }
}
