package itu.tsb.visa.request;

/** TSB corrected a person's details after the letters were issued: that person's letter must be reissued. */
public record ParticipantCorrectedAfterIssue(Long requestId, Long participantId) {
}
