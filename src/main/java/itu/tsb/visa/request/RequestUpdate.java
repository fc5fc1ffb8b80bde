package itu.tsb.visa.request;

/**
 * Something happened to a request that the requesting entity's focal points must hear of: it was
 * refused, waits for registrations, needs corrections, expired, or its letters are issued. Published in
 * the transaction that made the change, so that what is told and what happened commit together.
 *
 * @param subject what happened, in a few words ("Request refused")
 * @param message why, as the decision states it, for a person to act on
 */
public record RequestUpdate(Long requestId, Long entityId, String reference, RequestStatus status, String subject,
        String message) {

    static RequestUpdate of(VisaRequest request, String subject, String message) {
        return new RequestUpdate(request.getId(), request.getOrganizationId(), request.getReference(),
                request.getStatus(), subject, message);
    }
}
