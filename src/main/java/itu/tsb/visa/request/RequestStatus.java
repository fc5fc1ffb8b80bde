package itu.tsb.visa.request;

import java.util.EnumSet;
import java.util.Set;

public enum RequestStatus {
    SUBMITTED, AWAITING_REGISTRATION, CHANGES_REQUESTED, UNDER_REVIEW,
    /** Approved by TSB; the letters are being generated. */
    APPROVED,
    LETTER_ISSUED, REJECTED, WITHDRAWN,
    /** Still open when its meeting began: nothing was, or will be, issued for it. */
    EXPIRED;

    /** The statuses in which a request holds its persons' registrations: open, or with letters issued. */
    public static final Set<RequestStatus> LIVE = EnumSet.complementOf(EnumSet.of(REJECTED, WITHDRAWN, EXPIRED));

    /**
     * The statuses not {@link #LIVE}, written into a query: a list passed as a parameter makes Hibernate
     * translate the query to SQL again at every call (RequestStatusTest checks the two agree).
     */
    public static final String NOT_LIVE_IN_QUERIES = "(itu.tsb.visa.request.RequestStatus.REJECTED, "
            + "itu.tsb.visa.request.RequestStatus.WITHDRAWN, itu.tsb.visa.request.RequestStatus.EXPIRED)";

    public boolean isFinal() {
        return this == LETTER_ISSUED || this == REJECTED || this == WITHDRAWN || this == EXPIRED;
    }
}
