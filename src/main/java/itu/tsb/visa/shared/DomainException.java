package itu.tsb.visa.shared;

import java.util.List;

/**
 * A refusal by the domain: what was asked cannot be done, with a reason the person reading it can act
 * on. The domain names the kind of refusal ({@link NotFound}, {@link NotAllowed}, {@link WrongState},
 * {@link InvalidInput}); only {@code ProblemHandler} knows how each is said in HTTP.
 */
public abstract class DomainException extends RuntimeException {

    private final List<FieldError> fieldErrors;

    protected DomainException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The fields at fault, each with what is wrong with it; empty when the refusal is about no field. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
