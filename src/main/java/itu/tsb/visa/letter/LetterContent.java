package itu.tsb.visa.letter;

import java.time.LocalDate;

/** Everything one letter says, before wording: the renderer words it in the letter's language. */
record LetterContent(String language, String reference, LocalDate issueDate, String representationKind,
        String representationCity, String representationCountry, String familyName, String givenNames,
        String function, LocalDate dateOfBirth, String placeOfBirth, String nationality, String passportNumber,
        String issuingAuthority, LocalDate passportIssueDate, LocalDate passportExpiryDate, String meetingTitle,
        String meetingVenue, LocalDate meetingFirstDay, LocalDate meetingLastDay, String entityName,
        String entityCategoryEnglish, String entityCategoryFrench, String registrationNumber, String signatoryName,
        String signatoryTitle, String verifyUrl) {
}
