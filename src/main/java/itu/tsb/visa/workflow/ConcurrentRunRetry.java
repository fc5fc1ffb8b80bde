package itu.tsb.visa.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * A job that lost a race for its rows did not fail, and is not treated as failed. Two runs of one job
 * happen when its lock expires while it waits or runs on a busy node (or the nodes' clocks disagree) and
 * another node takes it. The engine's own handling applies a step's retry cycle to every exception: for
 * the loser's {@link OptimisticLockingException} it spends a retry and locks the job for the cycle's
 * interval (5 minutes for the letters), and as that changes the job's row, the winner's commit can then
 * fail on it in turn, leaving the job locked with nobody running it. Here such a job is left as it is:
 * the run that holds it commits, or, if the conflict was with another transaction on the same request,
 * the job is taken again when its lock expires, its retries untouched. Every other failure goes through
 * the engine's handling (retry cycle, then an incident). A conflict on the domain's rows counts the same:
 * the request's version changed under the job (a withdrawal committed while the letters were printed),
 * and the job's run is undone whole; when the process was ended by that change, the job is gone with it.
 */
final class ConcurrentRunRetry implements FailedJobCommandFactory {

    private final FailedJobCommandFactory engine = new DefaultFailedJobCommandFactory();

    @Override
    public Command<Object> getCommand(String jobId, Throwable failure) {
        if (lostARace(failure)) {
            return commandContext -> null;
        }
        return engine.getCommand(jobId, failure);
    }

    private static boolean lostARace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
