package itu.tsb.visa.request.policy;

import java.util.Collection;
import java.util.Optional;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.shared.text.Wording;

/**
 * Four eyes on what one member of staff typed in: who recorded a request received by fax, e-mail or post,
 * or corrected a person's details on it, does not approve it alone; another member of staff does. An
 * applicant's own online request and its corrections by the applicant are not staff's typing. Turned off
 * by a deployment with a single member of staff ({@code VISA_FOUR_EYES=false}).
 */
public record FourEyesPolicy(boolean enabled) {

    /**
     * Why {@code approver} may not approve the request; empty when they may.
     *
     * @param recordedBy who recorded the request (for an online request: the applicant who sent it)
     * @param correctedBy who corrected a person's details on it while it was open, in any order
     */
    public Optional<Wording> refusal(String approver, Channel channel, String recordedBy, Collection<String> correctedBy) {
        if (!enabled) {
            return Optional.empty();
        }
        if (channel != Channel.ONLINE && approver.equals(recordedBy)) {
            return Optional.of(Wording.of("fourEyes.recorded", "channel", channel.name()));
        }
        if (correctedBy.contains(approver)) {
            return Optional.of(Wording.of("fourEyes.corrected"));
        }
        return Optional.empty();
    }
}
