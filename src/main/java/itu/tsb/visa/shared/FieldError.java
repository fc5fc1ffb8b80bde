package itu.tsb.visa.shared;

/** One thing wrong with one field of a request body, as shown in a problem's {@code errors}. */
public record FieldError(String field, String message) {
}
