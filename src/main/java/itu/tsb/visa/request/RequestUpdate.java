package itu.tsb.visa.request;

import itu.tsb.visa.shared.text.Wording;

/**
 * Something happened to a request that the requesting entity's focal points must hear of: it was
 * refused, rejected, sent back for changes, waits for registrations, expired, or its letters are issued.
 * Returned by the aggregate's transition and published in the transaction that made the change, so that
 * what is told and what happened commit together. Kept as words to say in the reader's language, never
 * as a sentence.
 *
 * @param language the request's language ("fr" or "en"), said first
 * @param what what happened, in a few words ("Request refused")
 * @param why why, as the decision states it, for a person to act on
 */
public record RequestUpdate(Long requestId, Long entityId, String reference, RequestStatus status, String language,
        Wording what, Wording why) {

    /** What happened, in English (the audit trail's words). */
    public String subject() {
        return what.english();
    }

    /** Why, in English. */
    public String message() {
        return why.english();
    }

    /** The letters are issued: the update that lists what was sent to the representations. */
    public boolean lettersIssued() {
        return "update.lettersIssued".equals(what.code());
    }
}
