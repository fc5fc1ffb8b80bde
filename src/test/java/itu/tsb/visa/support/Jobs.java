package itu.tsb.visa.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Tests run with the job executor off and execute due jobs (async steps, timers) themselves. */
public class Jobs {

    private final ManagementService management;

    public Jobs(ManagementService management) {
        this.management = management;
    }

    /** Executes every job that is due now (by the engine's clock) until none is left; returns how many ran. */
    public int runDue() {
        int ran = 0;
        for (int round = 0; round < 20; round++) {
            // the processes' jobs only: the engine's nightly history cleanup is housekeeping, and it opens a
            // transaction of its own, which the tests' single connection cannot give it
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                // a job that ended its process removes that process's other jobs (an expired request's timers)
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                    ran++;
                }
            }
        }
        throw new IllegalStateException("jobs keep coming: a loop in the process?");
    }
}
