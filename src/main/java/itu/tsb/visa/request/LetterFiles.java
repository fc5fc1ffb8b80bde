package itu.tsb.visa.request;

import java.util.Optional;

/** An issued letter's PDF, to send it on (empty once revoked, superseded or deleted after retention). */
public interface LetterFiles {

    record LetterFile(String filename, byte[] pdf) {
    }

    Optional<LetterFile> issued(Long letterId);
}
