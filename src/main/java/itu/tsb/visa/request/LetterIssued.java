package itu.tsb.visa.request;

/**
 * A letter was issued for a person (published in the transaction that stores it): who may be told where it
 * goes. No personal data: the letter's reference, the person's position, and the representation it is for.
 */
public record LetterIssued(Long requestId, String requestReference, Long letterId, String letterReference, int position,
        RepresentationKind representationKind, String representationCity, String representationCountry) {
}
