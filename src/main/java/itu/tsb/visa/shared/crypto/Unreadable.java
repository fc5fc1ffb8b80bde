package itu.tsb.visa.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a stored value that no configured key opens: the reason only, never the value. */
final class Unreadable {

    private static final Logger log = LoggerFactory.getLogger(Unreadable.class);

    private Unreadable() {
    }

    static void report(PersonalDataCipher.Undecryptable e) {
        log.warn("{}; the row is shown as unreadable", e.getMessage());
    }
}
