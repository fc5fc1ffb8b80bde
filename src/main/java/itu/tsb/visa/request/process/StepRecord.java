package itu.tsb.visa.request.process;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.Registration;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.Outcome;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestNotFound;
import itu.tsb.visa.request.model.Rule;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.policy.RegistrationPolicy;
import itu.tsb.visa.request.policy.RuleVerdict;
import itu.tsb.visa.request.policy.TravelDocumentPolicy;
import itu.tsb.visa.shared.text.Wording;

/**
 * What the process's steps share: the request and its meeting and entity, a rule concluded or a request refused
 * or expired with its decision recorded, and the focal points told in the same transaction.
 */
@Component
class StepRecord {

    private final VisaRequestRepository requests;
    private final DecisionRecord decisions;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    StepRecord(VisaRequestRepository requests, DecisionRecord decisions, ReferenceData reference, ApplicationEventPublisher events) {
        this.requests = requests;
        this.decisions = decisions;
        this.reference = reference;
        this.events = events;
    }

    VisaRequest load(Long id) {
        return requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
    }

    Meeting meeting(VisaRequest request) {
        return reference.meeting(request.getMeetingId());
    }

    Organization entity(VisaRequest request) {
        return reference.organization(request.getOrganizationId(), "entityId");
    }

    /** The status of the registration a person named, or null when there is no such registration. */
    RegistrationStatus registrationStatus(Meeting meeting, Participant p) {
        return reference.registration(meeting.getId(), p.getRegistrationNumber())
                .map(Registration::getStatus).orElse(null);
    }

    /** The applicant's focal points hear of it, in this transaction. */
    void tell(RequestUpdate update) {
        events.publishEvent(update);
    }

    boolean conclude(VisaRequest request, Rule rule, RuleVerdict verdict) {
        if (verdict.passed()) {
            decisions.record(request, null, rule, Outcome.PASSED, verdict.why(), verdict.inputs(), AuditLog.SYSTEM);
        } else {
            reject(request, rule, verdict.why(), verdict.inputs());
        }
        return verdict.passed();
    }

    void reject(VisaRequest request, Rule rule, Wording why, String inputs) {
        RequestUpdate refused = request.refuse(why);
        decisions.record(request, null, rule, Outcome.FAILED, why, inputs, AuditLog.SYSTEM);
        tell(refused);
    }

    void expire(VisaRequest request, RuleVerdict verdict) {
        RequestUpdate expired = request.expire(verdict.why());
        decisions.record(request, null, Rule.MEETING_AHEAD, Outcome.EXPIRED, verdict.why(), verdict.inputs(),
                AuditLog.SYSTEM);
        tell(expired);
    }

    /** A finding as its decision states it: "Participant 1, passport.expiryDate: …". */
    static Wording reason(String code, Participant p, TravelDocumentPolicy.Finding f, String... more) {
        Map<String, String> args = new java.util.LinkedHashMap<>(f.why().args());
        args.put("person", RegistrationPolicy.capitalize(p.label()));
        args.put("field", f.field());
        args.put("finding", f.why().code());
        for (int i = 0; i < more.length; i += 2) {
            args.put(more[i], more[i + 1]);
        }
        return new Wording(code, args);
    }
}
