package itu.tsb.visa.request;

import java.util.List;

/** Port to the letters issued for a request (implemented by the letter module). */
public interface IssuedLetters {

    record LetterLink(Long participantId, String reference, int version, String status, String href) {
    }

    List<LetterLink> forRequest(Long requestId);

    /** How many letters stand issued for each of these requests (absent: none), in one look-up. */
    java.util.Map<Long, Integer> issuedCounts(java.util.List<Long> requestIds);
}
