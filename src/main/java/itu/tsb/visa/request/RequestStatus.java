package itu.tsb.visa.request;

public enum RequestStatus {
    SUBMITTED, AWAITING_REGISTRATION, CHANGES_REQUESTED, UNDER_REVIEW,
    /** Approved by TSB; the letters are being generated. */
    APPROVED,
    LETTER_ISSUED, REJECTED, WITHDRAWN;

    public boolean isFinal() {
        return this == LETTER_ISSUED || this == REJECTED || this == WITHDRAWN;
    }
}
