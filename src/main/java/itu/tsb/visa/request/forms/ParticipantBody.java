package itu.tsb.visa.request.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.shared.FieldError;

/**
 * A person as the submission and the correction forms send it. What each field must be (required, lengths,
 * patterns, options) is said by the step's Camunda Form in forms/, as deployed with the process, and checked by
 * {@link StepFormCheck} before the domain's rules; this record says only the body's shape.
 */
public record ParticipantBody(String familyName, String givenNames, String function, LocalDate dateOfBirth,
        String placeOfBirth, String nationality, String registrationNumber, PassportBody passport,
        RepresentationBody swissRepresentation) {

    public record PassportBody(String number, String issuingAuthority, LocalDate issueDate, LocalDate expiryDate) {
    }

    /** {@code id}: a representation of TSB's list (its kind, city and country are then taken from it). */
    public record RepresentationBody(Long id, RepresentationKind kind, String city, String country) {
    }

    public ParticipantBody withPassport(PassportBody other) {
        return new ParticipantBody(familyName, givenNames, function, dateOfBirth, placeOfBirth, nationality,
                registrationNumber, other, swissRepresentation);
    }

    public PersonDetails toDetails() {
        PassportBody pp = passport == null ? new PassportBody(null, null, null, null) : passport;
        RepresentationBody at = swissRepresentation == null ? new RepresentationBody(null, null, null, null) : swissRepresentation;
        return new PersonDetails(trim(familyName), trim(givenNames), trim(function), dateOfBirth,
                trim(placeOfBirth), upper(nationality), trim(registrationNumber), upper(pp.number()),
                trim(pp.issuingAuthority()), pp.issueDate(), pp.expiryDate(), at.kind(), trim(at.city()),
                upper(at.country()));
    }

    /**
     * The same person, where the visa application is lodged resolved from TSB's list (or as named), its
     * countries checked; what is wrong is added to {@code errors}.
     */
    public ParticipantBody checked(RepresentationChoice choice, String prefix, List<FieldError> errors) {
        RepresentationBody at = swissRepresentation;
        RepresentationChoice.Given given = choice.resolve(at == null ? null
                : new RepresentationChoice.Given(at.id(), at.kind(), at.city(), at.country()), prefix, errors);
        RepresentationBody chosen = given == null ? null
                : new RepresentationBody(given.id(), given.kind(), given.city(), given.country());
        ParticipantBody person = new ParticipantBody(familyName, givenNames, function, dateOfBirth, placeOfBirth,
                nationality, registrationNumber, passport, chosen);
        errors.addAll(person.countryErrors(prefix));
        return person;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    List<FieldError> countryErrors(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (nationality != null && !IsoCountries.isValid(nationality)) {
            errors.add(new FieldError(prefix + "nationality", "'" + nationality
                    + "' is not an ISO 3166 alpha-2 or alpha-3 country code"));
        }
        if (swissRepresentation != null && swissRepresentation.country() != null
                && !IsoCountries.isValid(swissRepresentation.country())) {
            errors.add(new FieldError(prefix + "swissRepresentation.country", "'" + swissRepresentation.country()
                    + "' is not an ISO 3166 alpha-2 or alpha-3 country code"));
        }
        return errors;
    }
}
