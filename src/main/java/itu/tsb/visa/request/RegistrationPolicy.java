package itu.tsb.visa.request;

import java.util.ArrayList;
import java.util.List;

import itu.tsb.visa.reference.RegistrationStatus;

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

    public record PersonVerdict(Long participantId, PersonOutcome outcome, String reason) {
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
        String who = capitalize(p.label());
        if (p.status() == null) {
            return new PersonVerdict(p.participantId(), PersonOutcome.DROPPED, who + ": there is no registration "
                    + p.registrationNumber() + " for this meeting, so ITU cannot support the visa application.");
        }
        return switch (p.status()) {
            case APPROVED -> new PersonVerdict(p.participantId(), PersonOutcome.CONFIRMED,
                    who + ": registration " + p.registrationNumber() + " is approved.");
            case PENDING -> new PersonVerdict(p.participantId(), PersonOutcome.PENDING, who + ": registration "
                    + p.registrationNumber() + " is still pending; the request waits until the focal point"
                    + " approves it.");
            case REJECTED, CANCELLED -> new PersonVerdict(p.participantId(), PersonOutcome.DROPPED, who
                    + ": registration " + p.registrationNumber() + " was " + p.status().name().toLowerCase()
                    + ", so this person is removed from the request.");
        };
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
