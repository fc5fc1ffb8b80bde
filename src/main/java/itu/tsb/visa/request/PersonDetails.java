package itu.tsb.visa.request;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A person's details as in the passport: what the letter needs and nothing more. */
public record PersonDetails(String familyName, String givenNames, String function, LocalDate dateOfBirth,
        String placeOfBirth, String nationality, String registrationNumber, String passportNumber,
        String issuingAuthority, LocalDate issueDate, LocalDate expiryDate, RepresentationKind representationKind,
        String representationCity, String representationCountry) {

    /** The names of the fields (never their values) that differ from {@code before}, in declaration order. */
    public List<String> fieldsChangedFrom(PersonDetails before) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent field : PersonDetails.class.getRecordComponents()) {
            try {
                if (!Objects.equals(field.getAccessor().invoke(this), field.getAccessor().invoke(before))) {
                    changed.add(field.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }
}
