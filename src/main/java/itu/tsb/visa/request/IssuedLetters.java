package itu.tsb.visa.request;

import java.util.List;

/** Port to the letters issued for a request (implemented by the letter module). */
public interface IssuedLetters {

    record LetterLink(Long participantId, String reference, int version, String status, String href) {
    }

    List<LetterLink> forRequest(Long requestId);
}
