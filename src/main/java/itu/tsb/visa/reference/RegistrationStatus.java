package itu.tsb.visa.reference;

public enum RegistrationStatus {
    PENDING, APPROVED, REJECTED, CANCELLED
}
