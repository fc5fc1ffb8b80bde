package itu.tsb.visa.request.model;

public enum ParticipantStatus {
    /** On the request; a letter will be issued for this person once approved. */
    ACTIVE,
    /** Removed from the request by a rule (registration rejected, cancelled or never confirmed). */
    DROPPED
}
