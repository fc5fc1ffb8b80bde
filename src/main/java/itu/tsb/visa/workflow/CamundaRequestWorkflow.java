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
import static itu.tsb.visa.workflow.ProcessVariables.TASK_GENERATE_LETTERS;
import static itu.tsb.visa.workflow.ProcessVariables.TASK_REVIEW_REQUEST;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.WorkflowStateException;
import itu.tsb.visa.shared.ConcurrentChange;
import itu.tsb.visa.shared.time.PinnableClock;

/**
 * The one place that drives the engine. Requests are addressed by their id, which is the process
 * instance's business key; open tasks are found here, never taken from clients.
 */
@Component
class CamundaRequestWorkflow implements RequestWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    CamundaRequestWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
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
        raced(() -> runtime.createMessageCorrelation(MESSAGE_REGISTRATION_STATUS_CHANGED)
                .processInstanceBusinessKey(requestId.toString())
                .correlateAllWithResult());
    }

    @Override
    public void detailsCorrected(Long requestId, String by) {
        complete(openTask(requestId, TASK_CORRECT_DETAILS), by, null);
    }

    @Override
    public void reviewCompleted(Long requestId, ReviewDecision decision, String by) {
        complete(openTask(requestId, TASK_REVIEW_REQUEST), by, Map.of(REVIEW_DECISION, decision.name()));
    }

    /**
     * The task is assigned to who completes it, so that the engine's history says who did. A task found open
     * and gone a moment later was completed by someone else's call that committed in between: a conflict too.
     */
    private void complete(Task task, String by, Map<String, Object> variables) {
        raced(() -> {
            try {
                tasks.setAssignee(task.getId(), by);
                tasks.complete(task.getId(), variables);
            } catch (NotFoundException completedMeanwhile) {
                throw new ConcurrentChange();
            }
        });
    }

    /**
     * A call to the engine that lost a race for its rows (another person completed the same task, or a
     * step of the process ran on the same instance at that moment) is a conflict to try again, not a
     * failure: the caller's transaction rolls back whole.
     */
    private static void raced(Runnable call) {
        try {
            call.run();
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChange();
        }
    }

    @Override
    public void rescheduled(Long requestId, Deadlines deadlines) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId.toString())
                .singleResult();
        if (instance == null) {
            return;
        }
        Map<String, Date> due = Map.of(
                REGISTRATION_WAIT_ENDS, Date.from(deadlines.registrationWaitEnds()),
                REVIEW_ESCALATES_AT, Date.from(deadlines.reviewEscalatesAt()),
                MEETING_BEGINS, Date.from(deadlines.meetingBegins()));
        // for timers yet to come
        runtime.setVariables(instance.getId(), due);
        // and the timers already waiting, by the variable their date came from
        Map<String, String> timers = Map.of("Event_RegistrationWindowClosed", REGISTRATION_WAIT_ENDS,
                "Event_ReviewOverdue", REVIEW_ESCALATES_AT, "StartEvent_MeetingBegins", MEETING_BEGINS);
        timers.forEach((activity, variable) -> management.createJobQuery().processInstanceId(instance.getId())
                .activityId(activity).timers().list()
                .forEach(job -> management.setJobDuedate(job.getId(), due.get(variable))));
    }

    /**
     * The letter step failed after its retries: the process leaves it (its job and incident go) and waits
     * for the applicant's correction, from where it is checked and reviewed again.
     */
    @Override
    public void sentBackFromFailedLetters(Long requestId) {
        String instance = processInstanceId(requestId);
        boolean failed = !management.createJobQuery().processInstanceId(instance).activityId(TASK_GENERATE_LETTERS)
                .noRetriesLeft().list().isEmpty();
        if (!failed) {
            throw new WorkflowStateException("Request " + requestId + " has no letter step that failed after its"
                    + " retries: only such a request is sent back from its letters.");
        }
        raced(() -> runtime.createProcessInstanceModification(instance)
                .cancelAllForActivity(TASK_GENERATE_LETTERS)
                .startBeforeActivity(TASK_CORRECT_DETAILS)
                .execute());
    }

    @Override
    public void withdrawn(Long requestId) {
        raced(() -> runtime.createMessageCorrelation(MESSAGE_WITHDRAW_REQUEST)
                .processInstanceBusinessKey(requestId.toString())
                .correlateAllWithResult());
    }

    @Override
    public void runPendingSteps(Long requestId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId(requestId)).executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (OptimisticLockingException e) {
                    // the job executor ran it at the same moment: the next round sees what is left
                }
            }
        }
        throw new IllegalStateException("request " + requestId + " keeps making new steps to run");
    }

    private String processInstanceId(Long requestId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId.toString())
                .singleResult();
        return instance == null ? "none" : instance.getId();
    }

    /** The demo's replay of a past request holds the engine's clock at the same instant as ours. */
    @EventListener
    public void on(PinnableClock.Pinned pinned) {
        if (pinned.at() == null) {
            ClockUtil.reset();
        } else {
            ClockUtil.setCurrentTime(Date.from(pinned.at()));
        }
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
