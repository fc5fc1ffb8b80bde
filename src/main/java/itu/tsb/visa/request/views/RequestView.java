package itu.tsb.visa.request.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.IssuedLetters;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.Decision;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.ParticipantStatus;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * A request as the API shows it. Passport numbers are masked. {@code actions} lists what the reader may do with it
 * now ({@code take}, {@code review}, {@code withdraw}, {@code correct}, ...: {@link RequestActions});
 * {@code approvalRefusal}, to staff who may review it, why they may not approve it themselves (four eyes).
 */
public record RequestView(Long id, String reference, RequestStatus status, String meeting, String meetingTitle,
        boolean meetingBegun,
        Long entityId, String entityName, Instant receivedAt, Channel channel, String language, Signatory signatory,
        boolean escalated, Instant personalDataPurgedAt, String reviewComment, String applicantAnswer,
        Instant applicantAnswerAt, String submittedBy, List<DecisionView> decisions,
        List<FindingView> warnings, List<FindingView> corrections, List<ParticipantView> participants,
        List<IssuedLetters.LetterLink> letters, List<PendingCorrection> pendingCorrections, String assignedTo,
        Instant assignedAt, List<String> actions, String approvalRefusal) {

    /** Details staff proposed after issue, waiting for a second member of staff (staff only). */
    public record PendingCorrection(Long participantId, String proposedBy, Instant proposedAt, ParticipantView details) {
    }

    public record Signatory(String name, String title) {
    }

    public record DecisionView(String rule, String outcome, String reason, Long participantId, String inputs,
            String decidedBy, Instant decidedAt) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.getRule().name(), d.getOutcome().name(), d.why().in(ReaderLanguage.current()),
                    d.getParticipantId(),
                    d.getInputs(), d.getDecidedBy(), d.getDecidedAt());
        }
    }

    public record FindingView(Long participantId, String field, String message) {
    }

    public record Passport(String number, String issuingAuthority, LocalDate issueDate, LocalDate expiryDate) {
    }

    public record Representation(RepresentationKind kind, String city, String country) {
    }

    public record ParticipantView(Long id, int position, String familyName, String givenNames, String function,
            LocalDate dateOfBirth, String placeOfBirth, String nationality, String registrationNumber,
            Passport passport, Representation swissRepresentation, ParticipantStatus status, String statusReason) {
        static ParticipantView of(Participant p) {
            return proposed(p, p.details());
        }

        /** The person with these details (a proposed correction), the passport number masked. */
        static ParticipantView proposed(Participant p, PersonDetails d) {
            return new ParticipantView(p.getId(), p.getPosition(), d.familyName(), d.givenNames(), d.function(),
                    d.dateOfBirth(), d.placeOfBirth(), d.nationality(), d.registrationNumber(),
                    new Passport(Participant.mask(d.passportNumber()), d.issuingAuthority(), d.issueDate(), d.expiryDate()),
                    new Representation(d.representationKind(), d.representationCity(), d.representationCountry()),
                    p.getStatus(), p.statusWhy() == null ? null : p.statusWhy().in(ReaderLanguage.current()));
        }
    }

    /** A line of a list: no personal data. */
    /**
     * A line of a list: {@code daysToMeeting} counts Geneva days from today to the meeting's first day;
     * {@code flags}: ESCALATED (the review is due), POSSIBLE_DUPLICATE_PERSON (a person's family name is on
     * another live request of the meeting), NO_FOCAL_POINT_EMAIL (nobody of the entity can be told by e-mail).
     */
    public record Summary(Long id, String reference, RequestStatus status, String meeting, Long entityId,
            String entityName, Instant receivedAt, int persons, boolean escalated, LocalDate meetingFirstDay,
            long daysToMeeting, String assignedTo, List<String> flags) {
    }

    /** One page of a list, and how many there are in all. */
    public record Page<T>(List<T> items, long total, int page, int size) {
    }
}
