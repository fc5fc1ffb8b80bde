package itu.tsb.visa.request.process;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.RequestProgress;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.web.ApiException;

/** The process as deployed, where a request stands in it, and a failed step sent round again. */
@RestController
class ProcessController {

    private final RequestProgress progress;
    private final VisibleRequests visible;
    private final RequestChecks checks;
    private final AuditLog audit;

    ProcessController(RequestProgress progress, VisibleRequests visible, RequestChecks checks, AuditLog audit) {
        this.progress = progress;
        this.visible = visible;
        this.checks = checks;
        this.audit = audit;
    }

    @GetMapping(value = "/api/process/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    String diagram() {
        return progress.diagram();
    }

    /** Where the request's process stands (BPMN ids), for the diagram page and for staff watching failures. */
    @GetMapping("/api/requests/{id}/progress")
    RequestProgress.Progress progress(@PathVariable Long id) {
        visible.get(id, Users.current());
        return progress.of(id);
    }

    /** Staff send a step that failed after its retries (an incident) round again. */
    @PostMapping("/api/requests/{id}/retry")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    Map<String, Object> retry(@PathVariable Long id) {
        CurrentUser user = Users.current();
        VisaRequest request = visible.get(id, user);
        // nothing is retried for a meeting that has begun
        checks.refuseIfMeetingBegun(request, "retried");
        RequestActions.require(RequestActions.Action.RETRY, request, user);
        int retried = progress.retryFailedSteps(id);
        if (retried == 0) {
            throw ApiException.conflict("Request " + id + " has no failed step to retry.");
        }
        audit.recordNow(id, user.username(), "FAILED_STEP_RETRIED", retried + " step(s)");
        return Map.of("retried", retried);
    }
}
