package itu.tsb.visa.reference;

/** A meeting's days, or how long before it requests must arrive, were corrected: deadlines follow. */
public record MeetingRescheduled(Long meetingId) {
}
