package itu.tsb.visa.reference;

/** Published after a registration's status changed, so that requests awaiting it can move on. */
public record RegistrationStatusChanged(Long meetingId, String confirmationNumber, RegistrationStatus status) {
}
