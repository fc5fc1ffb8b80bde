package itu.tsb.visa.workflow;

import static itu.tsb.visa.workflow.ProcessVariables.MEETING_BEGINS;
import static itu.tsb.visa.workflow.ProcessVariables.MESSAGE_REGISTRATION_STATUS_CHANGED;
import static itu.tsb.visa.workflow.ProcessVariables.MESSAGE_WITHDRAW_REQUEST;
import static itu.tsb.visa.workflow.ProcessVariables.PROCESS_KEY;
import static itu.tsb.visa.workflow.ProcessVariables.REGISTRATION_WAIT_ENDS;
import static itu.tsb.visa.workflow.ProcessVariables.REQUEST_ID;
import static itu.tsb.visa.workflow.ProcessVariables.REVIEW_DECISION;
import static itu.tsb.visa.workflow.ProcessVariables.REVIEW_ESCALATES_AT;
import static itu.tsb.visa.workflow.ProcessVariables.TASK_CORRECT_DETAILS;
import static itu.tsb.visa.workflow.ProcessVariables.TASK_REVIEW_REQUEST;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.WorkflowStateException;
import itu.tsb.visa.review.ReviewWorkflow;

/**
 * The one place that drives the engine. Requests are addressed by their id, which is the process
 * instance's business key; open tasks are found here, never taken from clients.
 */
@Component
class CamundaRequestWorkflow implements RequestWorkflow, ReviewWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaRequestWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void requestReceived(Long requestId, Deadlines deadlines) {
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(requestId.toString())
                .setVariables(Variables.createVariables()
                        .putValue(REQUEST_ID, requestId)
                        .putValue(REGISTRATION_WAIT_ENDS, Date.from(deadlines.registrationWaitEnds()))
                        .putValue(REVIEW_ESCALATES_AT, Date.from(deadlines.reviewEscalatesAt()))
                        .putValue(MEETING_BEGINS, Date.from(deadlines.meetingBegins())))
                .execute();
    }

    @Override
    public void registrationStatusChanged(Long requestId) {
        // correlateAll: a duplicate or late message finds no waiting subscription and changes nothing
        runtime.createMessageCorrelation(MESSAGE_REGISTRATION_STATUS_CHANGED)
                .processInstanceBusinessKey(requestId.toString())
                .correlateAllWithResult();
    }

    @Override
    public void detailsCorrected(Long requestId) {
        tasks.complete(openTask(requestId, TASK_CORRECT_DETAILS).getId());
    }

    @Override
    public void reviewCompleted(Long requestId, ReviewDecision decision) {
        tasks.complete(openTask(requestId, TASK_REVIEW_REQUEST).getId(), Map.of(REVIEW_DECISION, decision.name()));
    }

    @Override
    public void withdrawn(Long requestId) {
        runtime.createMessageCorrelation(MESSAGE_WITHDRAW_REQUEST)
                .processInstanceBusinessKey(requestId.toString())
                .correlateAllWithResult();
    }

    private Task openTask(Long requestId, String taskKey) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(requestId.toString())
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new WorkflowStateException("Request " + requestId + " is not waiting for this action.");
        }
        return task;
    }
}
