package itu.tsb.visa.request.submission;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.PersonDetails;

/** A request as submitted; {@code receivedAt} and {@code channel} are null unless staff recorded them. */
@NamedInterface("submission")
public record SubmitRequest(String meetingCode, Long entityId, Instant receivedAt, Channel channel, String language,
        String signatoryName, String signatoryTitle, List<PersonDetails> participants) {
}
