package itu.tsb.visa.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import itu.tsb.visa.shared.FieldError;

/**
 * A refusal said in HTTP by a controller or a filter (an architecture rule keeps it there): the domain refuses with
 * its own exceptions instead. The API turns it into application/problem+json; the message is for the person reading it.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    public ApiException(HttpStatus status, String message, List<FieldError> fieldErrors) {
        this(status, message, fieldErrors, null);
    }

    private ApiException(HttpStatus status, String message, List<FieldError> fieldErrors, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a {@code Retry-After} header. */
    public static ApiException tooManyRequests(String why, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, why, List.of(), retryAfterSeconds);
    }

    /** Seconds after which the client may try again, for a 429; otherwise null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ApiException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what);
    }

    public static ApiException forbidden(String why) {
        return new ApiException(HttpStatus.FORBIDDEN, why);
    }

    public static ApiException conflict(String why) {
        return new ApiException(HttpStatus.CONFLICT, why);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields; see errors.", errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
