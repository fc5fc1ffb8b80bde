// Longer than 250 lines: the aggregate: its mapped fields and every guarded transition together, so that each
// invariant is read beside the state it guards.
package itu.tsb.visa.request.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.crypto.EncryptedString;
import itu.tsb.visa.shared.text.Wording;
import itu.tsb.visa.shared.time.TimeConfig;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The aggregate: one official request from an entity for one or more of its delegates. */
@Entity
@Table(name = "visa_request")
public class VisaRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visa_request_seq")
    @SequenceGenerator(name = "visa_request_seq", sequenceName = "visa_request_seq", allocationSize = 50)
    private Long id;
    private String reference;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String language;
    @Convert(converter = EncryptedString.class)
    @Column(name = "signatory_name")
    private String signatoryName;
    @Convert(converter = EncryptedString.class)
    @Column(name = "signatory_title")
    private String signatoryTitle;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "review_comment")
    private String reviewComment;
    @Convert(converter = EncryptedString.class)
    @Column(name = "applicant_answer")
    private String applicantAnswer;
    @Column(name = "applicant_answer_at")
    private Instant applicantAnswerAt;
    private boolean escalated;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "purged_at")
    private Instant purgedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Participant> participants = new ArrayList<>();

    protected VisaRequest() {
    }

    public VisaRequest(Long meetingId, Long organizationId, Instant receivedAt, Channel channel, String language,
            String signatoryName, String signatoryTitle, String submittedBy, Instant createdAt) {
        this.reference = "pending";
        this.meetingId = meetingId;
        this.organizationId = organizationId;
        this.receivedAt = receivedAt;
        this.channel = channel;
        this.language = language;
        this.signatoryName = signatoryName;
        this.signatoryTitle = signatoryTitle;
        this.status = RequestStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.createdAt = createdAt;
    }

    public void addParticipant(PersonDetails details) {
        participants.add(new Participant(this, participants.size() + 1, details));
    }

    public void assignReference(String meetingCode) {
        this.reference = "TSB/VISA/" + meetingCode + "/" + receivedDate().getYear() + "/" + id;
    }

    // The transitions. Each refuses what the request's status does not allow (WrongState, with the status
    // it is in), so that no caller can move a request where its life does not lead. A transition the
    // requesting entity must hear of returns that update; the use case publishes it in its transaction.

    /** Some persons' registrations are still pending: the request waits for them, until {@code lastDay}. */
    public RequestUpdate awaitRegistrations(LocalDate lastDay) {
        require("wait for registrations", RequestStatus.SUBMITTED);
        this.status = RequestStatus.AWAITING_REGISTRATION;
        return told("update.waiting", Wording.of("update.waitingWhy", "lastDay", lastDay.toString()));
    }

    /** Every automated check passed: TSB staff review it. */
    public void readyForReview() {
        require("go to review", RequestStatus.SUBMITTED, RequestStatus.AWAITING_REGISTRATION,
                RequestStatus.CHANGES_REQUESTED);
        this.status = RequestStatus.UNDER_REVIEW;
    }

    /**
     * Details break a rule (when checked, or again before printing): the applicant corrects them.
     * {@code comment} says what to correct, or is null when the decisions recorded say it; {@code why} is
     * what the entity is told.
     */
    public RequestUpdate detailsToCorrect(String comment, Wording why) {
        require("be sent back for corrections", RequestStatus.SUBMITTED, RequestStatus.AWAITING_REGISTRATION,
                RequestStatus.CHANGES_REQUESTED, RequestStatus.APPROVED);
        if (comment != null) {
            this.reviewComment = comment;
        }
        this.status = RequestStatus.CHANGES_REQUESTED;
        return told("update.detailsToCorrect", why);
    }

    /** TSB's review asks the applicant for changes. */
    public RequestUpdate requestChanges(String comment) {
        return requestChanges(comment, comment);
    }

    /**
     * Sent back by a review: {@code comment} is TSB's word on the whole request (none when every change is
     * asked of a person's field), {@code said} what the applicant is told, the persons' fields included.
     */
    public RequestUpdate requestChanges(String comment, String said) {
        require("be sent back by a review", RequestStatus.UNDER_REVIEW);
        this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.status = RequestStatus.CHANGES_REQUESTED;
        return told("update.changesRequested", Wording.text(said.strip()));
    }

    /** Staff send back an approved request whose letters could not be made, saying what to correct. */
    public RequestUpdate sendBack(String comment) {
        require("be sent back from its letters", RequestStatus.APPROVED);
        this.reviewComment = comment;
        this.status = RequestStatus.CHANGES_REQUESTED;
        return told("update.changesRequested", Wording.text(comment));
    }

    /** TSB's review approves it: the letters are printed next, and the entity hears of them then. */
    public void approve() {
        require("be approved", RequestStatus.UNDER_REVIEW);
        this.status = RequestStatus.APPROVED;
    }

    /** TSB's review rejects it, with a reason the applicant can act on: it ends. */
    public RequestUpdate reject(String reason) {
        require("be rejected", RequestStatus.UNDER_REVIEW);
        this.status = RequestStatus.REJECTED;
        return told("update.rejected", Wording.text(reason.strip()));
    }

    /** A rule refuses it (eligibility, the window, no registration left): it ends. */
    public RequestUpdate refuse(Wording why) {
        require("be refused", RequestStatus.SUBMITTED, RequestStatus.AWAITING_REGISTRATION,
                RequestStatus.UNDER_REVIEW);
        this.status = RequestStatus.REJECTED;
        return told("update.refused", why);
    }

    /** The letters are issued: it ends. */
    public void lettersIssued() {
        require("have its letters issued", RequestStatus.APPROVED);
        this.status = RequestStatus.LETTER_ISSUED;
    }

    /** What the entity is told once its letters can be downloaded. */
    public RequestUpdate lettersAnnounced() {
        require("announce its letters", RequestStatus.LETTER_ISSUED);
        return told("update.lettersIssued", Wording.of("update.lettersIssuedWhy"));
    }

    /** The applicant withdraws it while it is open. */
    public void withdraw() {
        requireOpen("be withdrawn");
        this.status = RequestStatus.WITHDRAWN;
    }

    /** The meeting began while the request was open: it ends, and nothing is issued for it. */
    public RequestUpdate expire(Wording why) {
        requireOpen("expire");
        this.status = RequestStatus.EXPIRED;
        return told("update.expired", why);
    }

    private RequestUpdate told(String what, Wording why) {
        return new RequestUpdate(id, organizationId, reference, status, language, Wording.of(what), why);
    }

    private void require(String what, RequestStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw new WrongState("Request " + reference + " is " + status + " and cannot " + what + ".");
        }
    }

    private void requireOpen(String what) {
        if (status.isFinal()) {
            throw new WrongState("Request " + reference + " is already " + status + " and cannot " + what + ".");
        }
    }

    public void escalate() {
        this.escalated = true;
    }

    /** A member of staff takes the request under review; another one's taking of it must be released first. */
    public void assignTo(String staff, Instant at) {
        if (status != RequestStatus.UNDER_REVIEW) {
            throw new WrongState("Request " + reference + " is " + status + "; only a request under review can be taken.");
        }
        if (assignedTo != null && !assignedTo.equals(staff)) {
            throw new WrongState("Request " + reference + " is taken by " + assignedTo + " since " + assignedAt
                    + "; they, or an admin, must release it first.");
        }
        this.assignedTo = staff;
        this.assignedAt = at;
    }

    public void release() {
        this.assignedTo = null;
        this.assignedAt = null;
    }

    /** Whether this member of staff may decide on the request: nobody took it, or they did. */
    public boolean mayBeReviewedBy(String staff) {
        return assignedTo == null || assignedTo.equals(staff);
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public void purgePersonalData(Instant at) {
        participants.forEach(Participant::purge);
        this.applicantAnswer = null;
        this.signatoryName = null;
        this.signatoryTitle = null;
        this.purgedAt = at;
    }

    public boolean isPurged() {
        return purgedAt != null;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    /** The (Geneva) day TSB received the request: the day every window rule is judged on. */
    public LocalDate receivedDate() {
        return receivedAt.atZone(TimeConfig.GENEVA).toLocalDate();
    }

    public List<Participant> activeParticipants() {
        return participants.stream().filter(Participant::isActive).toList();
    }

    public Optional<Participant> participant(Long participantId) {
        return participants.stream().filter(p -> p.getId().equals(participantId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    /** The applicant answers TSB's comment in words, with the corrections of a round. */
    public void answer(String text, Instant at) {
        require("be answered", RequestStatus.CHANGES_REQUESTED);
        this.applicantAnswer = text;
        this.applicantAnswerAt = at;
    }

    public String getApplicantAnswer() {
        return applicantAnswer;
    }

    public Instant getApplicantAnswerAt() {
        return applicantAnswerAt;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public List<Participant> getParticipants() {
        return participants;
    }
}
