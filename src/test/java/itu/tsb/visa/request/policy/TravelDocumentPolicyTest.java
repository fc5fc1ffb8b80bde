package itu.tsb.visa.request.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.policy.TravelDocumentPolicy.Finding;
import itu.tsb.visa.request.policy.TravelDocumentPolicy.Severity;

class TravelDocumentPolicyTest {

    private final TravelDocumentPolicy policy = new TravelDocumentPolicy();
    private static final LocalDate RECEIVED = LocalDate.of(2010, 5, 3);
    private static final LocalDate FIRST = LocalDate.of(2010, 6, 14);
    private static final LocalDate LAST = LocalDate.of(2010, 6, 16);

    private static PersonDetails person(LocalDate born, LocalDate issued, LocalDate expires) {
        return new PersonDetails("Müller", "Anna", "Engineer", born, "Bern", "DE", "R-1", "C01X00T47", "Stadt Köln",
                issued, expires, RepresentationKind.EMBASSY, "Berlin", "DE");
    }

    private List<Finding> check(PersonDetails p, LocalDate received) {
        return policy.check(p, received, FIRST, LAST);
    }

    @Test
    void validPassportHasNoFindings() {
        assertThat(check(person(LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), LocalDate.of(2015, 1, 1)), RECEIVED))
                .isEmpty();
    }

    @Test
    void passportMustBeValidThreeMonthsAfterTheMeetingsLastDay() {
        List<Finding> onTheDay = check(person(LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1),
                LocalDate.of(2010, 9, 16)), RECEIVED);
        List<Finding> dayBefore = check(person(LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1),
                LocalDate.of(2010, 9, 15)), RECEIVED);

        assertThat(onTheDay).isEmpty();
        assertThat(dayBefore).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("passport.expiryDate");
            assertThat(f.message()).contains("16 September 2010").contains("16 June 2010");
        });
    }

    @Test
    void passportMustHaveBeenIssuedWithinTenYears() {
        assertThat(check(person(LocalDate.of(1980, 1, 1), LocalDate.of(2000, 5, 2), LocalDate.of(2012, 1, 1)), RECEIVED))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("on or after 3 May 2000"));
        assertThat(check(person(LocalDate.of(1980, 1, 1), LocalDate.of(2000, 5, 3), LocalDate.of(2012, 1, 1)), RECEIVED))
                .isEmpty();
    }

    @Test
    void issueDateMustPrecedeExpiryAndBirthMustBeInThePast() {
        List<Finding> findings = check(person(RECEIVED, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 1, 1)), RECEIVED);

        assertThat(findings).extracting(Finding::field).contains("dateOfBirth", "passport.issueDate");
        assertThat(TravelDocumentPolicy.hasErrors(findings)).isTrue();
    }

    @Test
    void lodgingTooEarlyIsAWarningJudgedByTheRulesOfTheDay() {
        PersonDetails p = person(LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), LocalDate.of(2015, 1, 1));

        // in 2010 an application could be lodged at most 3 months before travel: 14 March 2010
        List<Finding> in2010 = check(p, LocalDate.of(2010, 3, 1));
        assertThat(in2010).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("at most 3 months").contains("14 March 2010");
        });
        assertThat(TravelDocumentPolicy.hasErrors(in2010)).isFalse();
    }

    @Test
    void sinceFebruary2020SixMonthsAreAllowed() {
        LocalDate first = LocalDate.of(2021, 6, 14);
        PersonDetails p = person(LocalDate.of(1980, 1, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2029, 1, 1));

        assertThat(policy.check(p, LocalDate.of(2021, 1, 15), first, first.plusDays(2))).isEmpty();
        assertThat(policy.check(p, LocalDate.of(2020, 12, 1), first, first.plusDays(2)))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("at most 6 months"));
    }

    @Test
    void lodgingLessThanFifteenDaysBeforeTravelIsAWarning() {
        PersonDetails p = person(LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), LocalDate.of(2015, 1, 1));

        assertThat(check(p, LocalDate.of(2010, 6, 1))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("at least 15 days").contains("30 May 2010"));
    }
}
