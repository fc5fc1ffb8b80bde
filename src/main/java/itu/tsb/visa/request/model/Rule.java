package itu.tsb.visa.request.model;

/** The rules whose decisions are recorded on a request. */
public enum Rule {
    MEETING_AHEAD, ELIGIBILITY, SUBMISSION_WINDOW, REGISTRATION, TRAVEL_DOCUMENT, REVIEW, ESCALATION, WITHDRAWAL, LETTER, CORRECTION
}
