package itu.tsb.visa.request;

import java.time.LocalDate;

/** A person's details as in the passport: what the letter needs and nothing more. */
public record PersonDetails(String familyName, String givenNames, String function, LocalDate dateOfBirth,
        String placeOfBirth, String nationality, String registrationNumber, String passportNumber,
        String issuingAuthority, LocalDate issueDate, LocalDate expiryDate, RepresentationKind representationKind,
        String representationCity, String representationCountry) {
}
