package itu.tsb.visa.request.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.policy.RegistrationPolicy.Overall;
import itu.tsb.visa.request.policy.RegistrationPolicy.Person;
import itu.tsb.visa.request.policy.RegistrationPolicy.PersonOutcome;

class RegistrationPolicyTest {

    private final RegistrationPolicy policy = new RegistrationPolicy();

    private static Person aPerson(long id, RegistrationStatus status) {
        return new Person(id, "participant " + id, "R-" + id, status);
    }

    @Test
    void everyoneApprovedIsConfirmed() {
        assertThat(policy.check(List.of(aPerson(1, RegistrationStatus.APPROVED), aPerson(2, RegistrationStatus.APPROVED)))
                .overall()).isEqualTo(Overall.CONFIRMED);
    }

    @Test
    void anyPendingMakesTheRequestWait() {
        var result = policy.check(List.of(aPerson(1, RegistrationStatus.APPROVED), aPerson(2, RegistrationStatus.PENDING)));

        assertThat(result.overall()).isEqualTo(Overall.PENDING);
        assertThat(result.persons().get(1).reason()).contains("still pending");
    }

    @Test
    void rejectedCancelledOrMissingRegistrationsDropThePerson() {
        var result = policy.check(List.of(aPerson(1, RegistrationStatus.APPROVED), aPerson(2, RegistrationStatus.REJECTED),
                aPerson(3, RegistrationStatus.CANCELLED), aPerson(4, null)));

        assertThat(result.overall()).isEqualTo(Overall.CONFIRMED);
        assertThat(result.persons()).extracting(RegistrationPolicy.PersonVerdict::outcome)
                .containsExactly(PersonOutcome.CONFIRMED, PersonOutcome.DROPPED, PersonOutcome.DROPPED, PersonOutcome.DROPPED);
        assertThat(result.persons().get(1).reason()).isEqualTo(
                "Participant 2: registration R-2 was rejected, so this person is removed from the request.");
    }

    @Test
    void nobodyLeftFailsTheRequest() {
        assertThat(policy.check(List.of(aPerson(1, RegistrationStatus.CANCELLED))).overall()).isEqualTo(Overall.NONE_LEFT);
        assertThat(policy.check(List.of()).overall()).isEqualTo(Overall.NONE_LEFT);
    }
}
