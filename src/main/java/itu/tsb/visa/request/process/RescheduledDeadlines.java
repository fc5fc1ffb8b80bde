package itu.tsb.visa.request.process;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MeetingRescheduled;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.submission.SubmittingRequest;

/**
 * When staff correct a meeting's days or its request window, the open requests' deadlines move with it
 * (waiting for registrations, the review's escalation, the meeting's beginning), in the same transaction.
 * A request is not judged again against the new window: it was received under the one in force. Requests
 * whose letters are issued are told, in their history, that the letters show the former dates.
 */
@Component
class RescheduledDeadlines {

    private final VisaRequestRepository requests;
    private final ReferenceData reference;
    private final RequestWorkflow workflow;
    private final AuditLog audit;

    RescheduledDeadlines(VisaRequestRepository requests, ReferenceData reference, RequestWorkflow workflow,
            AuditLog audit) {
        this.requests = requests;
        this.reference = reference;
        this.workflow = workflow;
        this.audit = audit;
    }

    @EventListener
    void on(MeetingRescheduled event) {
        Meeting meeting = reference.meeting(event.meetingId());
        RequestWorkflow.Deadlines deadlines = SubmittingRequest.deadlines(meeting);
        String when = "meeting " + meeting.getCode() + " now " + meeting.getFirstDay() + " to " + meeting.getLastDay()
                + ", requests due by " + meeting.lastDayForRequests();
        for (VisaRequest r : requests.findByMeetingIdOrderByIdAsc(meeting.getId())) {
            if (r.getStatus() == RequestStatus.LETTER_ISSUED) {
                audit.record(r.getId(), AuditLog.SYSTEM, "MEETING_RESCHEDULED", when
                        + "; the letters issued show the former dates: issue them again (a correction after issue)");
            } else if (!r.getStatus().isFinal()) {
                workflow.rescheduled(r.getId(), deadlines);
                audit.record(r.getId(), AuditLog.SYSTEM, "MEETING_RESCHEDULED", when + "; deadlines moved");
            }
        }
    }
}
