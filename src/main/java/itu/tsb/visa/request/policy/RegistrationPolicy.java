package itu.tsb.visa.request.policy;

import java.util.ArrayList;
import java.util.List;

import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.shared.text.Wording;

/**
 * Every person must hold an APPROVED registration for the meeting. A PENDING one is awaited; a
 * REJECTED or CANCELLED one (or none at all) removes that person; nobody left fails the request.
 */
public final class RegistrationPolicy {

    public enum Overall {
        CONFIRMED, PENDING, NONE_LEFT
    }

    public enum PersonOutcome {
        CONFIRMED, PENDING, DROPPED
    }

    /** One person to judge: who (as a label) and the status of the registration they named, null if none. */
    public record Person(Long participantId, String label, String registrationNumber, RegistrationStatus status) {
    }

    public record PersonVerdict(Long participantId, PersonOutcome outcome, Wording why) {

        /** Why, in English. */
        public String reason() {
            return why.english();
        }
    }

    public record Result(Overall overall, List<PersonVerdict> persons) {
    }

    public Result check(List<Person> persons) {
        List<PersonVerdict> verdicts = new ArrayList<>();
        for (Person p : persons) {
            verdicts.add(judge(p));
        }
        boolean anyPending = verdicts.stream().anyMatch(v -> v.outcome() == PersonOutcome.PENDING);
        boolean anyConfirmed = verdicts.stream().anyMatch(v -> v.outcome() == PersonOutcome.CONFIRMED);
        Overall overall = anyPending ? Overall.PENDING : anyConfirmed ? Overall.CONFIRMED : Overall.NONE_LEFT;
        return new Result(overall, verdicts);
    }

    private static PersonVerdict judge(Person p) {
        PersonOutcome outcome = p.status() == null ? PersonOutcome.DROPPED : switch (p.status()) {
            case APPROVED -> PersonOutcome.CONFIRMED;
            case PENDING -> PersonOutcome.PENDING;
            case REJECTED, CANCELLED -> PersonOutcome.DROPPED;
        };
        String code = p.status() == null ? "registration.none" : "registration." + p.status().name().toLowerCase();
        return new PersonVerdict(p.participantId(), outcome, Wording.of(code, "person", capitalize(p.label()),
                "number", p.registrationNumber()));
    }

    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
