package itu.tsb.visa.request;

public enum ReviewDecision {
    APPROVE, REJECT, REQUEST_CHANGES
}
