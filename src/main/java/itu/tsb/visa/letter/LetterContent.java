package itu.tsb.visa.letter;

import java.time.LocalDate;

/**
 * Everything one letter says, before wording: the renderer words it in the letter's language. Texts
 * that exist in two languages (the meeting's title and venue, the entity's name, the signature) are
 * already chosen for that language; country codes are named by the renderer.
 */
record LetterContent(String language, String reference, LocalDate issueDate, Addressee addressee, Holder holder,
        MeetingText meeting, Requester requester, Signature signature, String verifyUrl) {

    /** The Swiss representation where the person applies. */
    record Addressee(String kind, String city, String country) {
    }

    /** The person, as in the passport, with the registration that entitles them to the letter. */
    record Holder(String familyName, String givenNames, String function, LocalDate dateOfBirth, String placeOfBirth,
            String nationality, String passportNumber, String issuingAuthority, LocalDate passportIssueDate,
            LocalDate passportExpiryDate, String registrationNumber) {
    }

    record MeetingText(String title, String venue, LocalDate firstDay, LocalDate lastDay) {
    }

    /**
     * The entity that asked, its standing in ITU (a {@code MembershipCategory} name) and its country (ISO
     * 3166 code), and the official request: who signed it and the day TSB received it.
     */
    record Requester(String entityName, String standing, String country, String signatoryName, String signatoryTitle,
            LocalDate receivedDate) {
    }

    /** TSB's signature block; the name may be blank (the title alone is printed then). */
    record Signature(String name, String title) {
    }
}
