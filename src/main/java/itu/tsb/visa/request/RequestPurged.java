package itu.tsb.visa.request;

/** A request's personal data was deleted after the retention period; its letters' PDFs go too. */
public record RequestPurged(Long requestId) {
}
