package itu.tsb.visa.request.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.reference.RegistrationStatusChanged;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.policy.RegistrationPolicy;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.shared.text.Wording;

/**
 * The steps of the process that look at each person: their registrations (confirmed, awaited, or the person
 * removed) and their passports and details (the Visa Code's rules, as of the day TSB received the request).
 */
@NamedInterface("process")
@Service
@Transactional
public class PersonSteps {

    private final VisaRequestRepository requests;
    private final DecisionRecord decisions;
    private final RequestWorkflow workflow;
    private final StepRecord steps;
    private final RegistrationPolicy registrations = new RegistrationPolicy();
    private final TravelDocumentPolicy travelDocuments = new TravelDocumentPolicy();

    PersonSteps(VisaRequestRepository requests, DecisionRecord decisions, RequestWorkflow workflow, StepRecord steps) {
        this.requests = requests;
        this.decisions = decisions;
        this.workflow = workflow;
        this.steps = steps;
    }

    public RegistrationPolicy.Overall checkRegistrations(Long requestId) {
        VisaRequest request = steps.load(requestId);
        Meeting meeting = steps.meeting(request);
        List<RegistrationPolicy.Person> persons = new ArrayList<>();
        for (Participant p : request.activeParticipants()) {
            RegistrationStatus status = steps.registrationStatus(meeting, p);
            persons.add(new RegistrationPolicy.Person(p.getId(), p.label(), p.getRegistrationNumber(), status));
        }
        RegistrationPolicy.Result result = registrations.check(persons);
        Map<Long, Participant> byId = request.activeParticipants().stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        boolean alreadyWaiting = request.getStatus() == RequestStatus.AWAITING_REGISTRATION;
        for (RegistrationPolicy.PersonVerdict v : result.persons()) {
            if (v.outcome() == RegistrationPolicy.PersonOutcome.DROPPED) {
                byId.get(v.participantId()).drop(v.why());
                decisions.record(request, v.participantId(), Rule.REGISTRATION, Outcome.DROPPED, v.why(), null,
                        AuditLog.SYSTEM);
            } else if (v.outcome() == RegistrationPolicy.PersonOutcome.PENDING && !alreadyWaiting) {
                decisions.record(request, v.participantId(), Rule.REGISTRATION, Outcome.PENDING, v.why(), null,
                        AuditLog.SYSTEM);
            }
        }
        switch (result.overall()) {
            case CONFIRMED -> decisions.record(request, null, Rule.REGISTRATION, Outcome.PASSED,
                    Wording.of("registration.allApproved", "meeting", meeting.getCode()), null, AuditLog.SYSTEM);
            case PENDING -> {
                if (!alreadyWaiting) {
                    steps.tell(request.awaitRegistrations(meeting.lastDayForRequests()));
                }
            }
            case NONE_LEFT -> steps.reject(request, Rule.REGISTRATION, Wording.of("registration.noneLeft", "meeting",
                    meeting.getCode()), null);
        }
        return result.overall();
    }

    /** The wait for registrations ended (the window closed): persons still unconfirmed are removed. */
    public void refuseUnconfirmed(Long requestId) {
        VisaRequest request = steps.load(requestId);
        Meeting meeting = steps.meeting(request);
        for (Participant p : request.activeParticipants()) {
            RegistrationStatus status = steps.registrationStatus(meeting, p);
            if (status != RegistrationStatus.APPROVED) {
                Wording reason = Wording.of("registration.notApprovedInTime", "person",
                        RegistrationPolicy.capitalize(p.label()), "number", p.getRegistrationNumber(), "lastDay",
                        meeting.lastDayForRequests());
                p.drop(reason);
                decisions.record(request, p.getId(), Rule.REGISTRATION, Outcome.DROPPED, reason, null, AuditLog.SYSTEM);
            }
        }
    }

    public boolean checkTravelDocuments(Long requestId) {
        VisaRequest request = steps.load(requestId);
        Meeting meeting = steps.meeting(request);
        boolean valid = true;
        for (Participant p : request.activeParticipants()) {
            for (TravelDocumentPolicy.Finding f : findings(request, meeting, p)) {
                Outcome outcome = f.severity() == TravelDocumentPolicy.Severity.ERROR ? Outcome.FAILED : Outcome.WARNING;
                valid &= outcome != Outcome.FAILED;
                decisions.record(request, p.getId(), Rule.TRAVEL_DOCUMENT, outcome, StepRecord.reason("travel.finding", p, f),
                        null, AuditLog.SYSTEM);
            }
        }
        if (valid) {
            decisions.record(request, null, Rule.TRAVEL_DOCUMENT, Outcome.PASSED, Wording.of("travel.passed"), null,
                    AuditLog.SYSTEM);
            request.readyForReview();
        } else {
            steps.tell(request.detailsToCorrect(null, Wording.of("update.detailsToCorrectWhy")));
        }
        return valid;
    }

    /** The findings of the travel document rules for one person, as of the request's received day. */
    private List<TravelDocumentPolicy.Finding> findings(VisaRequest request, Meeting meeting, Participant p) {
        return travelDocuments.check(p.details(), request.receivedDate(), meeting);
    }

    /** Requests waiting for the changed registration are told; the process ignores it if not waiting. */
    @EventListener
    public void on(RegistrationStatusChanged event) {
        for (Long id : requests.findIdsAwaiting(event.meetingId(), event.confirmationNumber(),
                RequestStatus.AWAITING_REGISTRATION)) {
            workflow.registrationStatusChanged(id);
        }
    }
}
