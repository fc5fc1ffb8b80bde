package itu.tsb.visa.shared.web;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import itu.tsb.visa.shared.ConcurrentChange;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.text.Sentences;

/** Every error leaves as application/problem+json with an {@code errors} list of field errors (a missing page or a wrong method too). */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String INVALID = "The request has invalid fields; see errors.";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        ResponseEntity<Object> problem = problem(e.status(), e.getMessage(), e.fieldErrors());
        if (e.retryAfterSeconds() == null) {
            return problem;
        }
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem.getBody());
    }

    // The domain's refusals, each kind said once in HTTP.

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return refusal(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<Object> notAllowed(NotAllowed e) {
        return refusal(HttpStatus.FORBIDDEN, e);
    }

    @ExceptionHandler(WrongState.class)
    ResponseEntity<Object> wrongState(WrongState e) {
        return refusal(HttpStatus.CONFLICT, e);
    }

    /**
     * A row this call changed was changed by another transaction first (a request's version, a row
     * lock that could not be had, a deadlock the database broke): the call changed nothing and may be
     * made again.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyFailureException e) {
        log.info("concurrent change: {}", e.getClass().getName());
        return problem(HttpStatus.CONFLICT, ConcurrentChange.MESSAGE, List.of());
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.fieldErrors());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this action.", List.of());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseAway.is(e)) {
            log.warn("database not reachable: {}", e.getClass().getName());
            return databaseAwayProblem();
        }
        log.error("unexpected error: {}", withoutMessages(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again or contact TSB.", List.of());
    }

    /** 503 with Retry-After: the call changed nothing, and the same call will work once the database is back. */
    static ResponseEntity<Object> databaseAwayProblem() {
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseAway.MESSAGE, List.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseAway.RETRY_AFTER_SECONDS)).body(problem.getBody());
    }

    /**
     * What failed and where, without the exceptions' messages: a database or parser message can quote
     * what a person typed (a name, a passport number), and the log is no place for personal data.
     */
    public static String withoutMessages(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.isEmpty() ? "" : " <- caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(6, frames.length); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
        }
        return out.toString();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, INVALID, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodySizeLimit.TooLarge) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large.", List.of());
            }
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String message;
            if (mismatch instanceof InvalidFormatException bad) {
                message = "'" + bad.getValue() + "' is not a valid " + describe(bad.getTargetType());
            } else if (mismatch instanceof UnrecognizedPropertyException) {
                message = "is not a field of this request";
            } else {
                message = "has the wrong type";
            }
            return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldError(path(mismatch), message)));
        }
        if (e.getCause() instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field '")) {
            String field = parse.getOriginalMessage().replaceFirst("^Duplicate field '([^']*)'.*$", "$1");
            return problem(HttpStatus.BAD_REQUEST, INVALID, List.of(new FieldError(field,
                    "is given twice: send each field once")));
        }
        if (e.getCause() instanceof MismatchedInputException trailing
                && trailing.getOriginalMessage().startsWith("Trailing token")) {
            return problem(HttpStatus.BAD_REQUEST, "The request body must be one JSON document with nothing after it.",
                    List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return problem(HttpStatus.BAD_REQUEST, INVALID,
                List.of(new FieldError(name, "'" + e.getValue() + "' is not valid here")));
    }

    /** Spring's own errors (405, 415, 404 ...) get the same shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        if (problem.getProperties() == null || !problem.getProperties().containsKey("errors")) {
            problem.setProperty("errors", List.of());
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A refusal of the domain, said in words when it has them, else as its sentence (shared/Sentences). */
    private static ResponseEntity<Object> refusal(HttpStatus status, itu.tsb.visa.shared.DomainException e) {
        ResponseEntity<Object> problem = problem(status, e.getMessage(), e.fieldErrors());
        if (e.said() != null && problem.getBody() instanceof ProblemDetail body) {
            body.setDetail(e.said().in(ReaderLanguage.current()));
        }
        return problem;
    }

    /** The problem, its detail and field errors in the reader's language (shared/Sentences). */
    static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        String language = ReaderLanguage.current();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, INVALID.equals(detail)
                ? invalidFields(errors.size(), language) : Sentences.forPeople(detail, language));
        body.setTitle(status.getReasonPhrase());
        body.setProperty("errors", errors.stream()
                .map(e -> new FieldError(e.field(), Sentences.say(e.message(), language))).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** How many fields to correct, in words: never the name of the API's list of them. */
    static String invalidFields(int count, String language) {
        String code = count == 0 ? "problem.invalidRequest" : count == 1 ? "problem.oneInvalidField" : "problem.invalidFields";
        return itu.tsb.visa.shared.text.Wording.of(code, "count", count).in(language);
    }

    private static String path(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value; expected one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "date; expected YYYY-MM-DD";
        }
        return type.getSimpleName();
    }
}
