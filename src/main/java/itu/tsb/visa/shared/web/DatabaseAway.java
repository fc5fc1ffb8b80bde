package itu.tsb.visa.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that is the database being out of reach (stopped, restarting, the network
 * between, a pooled connection found dead), not a wrong statement: the same call will work once it is
 * back, so the answer is 503 with {@code Retry-After}, never a stack trace.
 */
public final class DatabaseAway {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;
    public static final String MESSAGE = "The database cannot be reached right now. Try again in a moment (a"
            + " request sent again with the same Idempotency-Key is never made twice).";

    private DatabaseAway() {
    }

    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    // a pooled connection found dead when its transaction begins or ends
                    || (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException)) {
                return true;
            }
        }
        return false;
    }
}
