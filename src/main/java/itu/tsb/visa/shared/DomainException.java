package itu.tsb.visa.shared;

import java.util.List;

import itu.tsb.visa.shared.text.Wording;

/**
 * A refusal by the domain: what was asked cannot be done, with a reason the person reading it can act
 * on. The domain names the kind of refusal ({@link NotFound}, {@link NotAllowed}, {@link WrongState},
 * {@link InvalidInput}); only {@code ProblemHandler} knows how each is said in HTTP.
 */
public abstract class DomainException extends RuntimeException {

    private final List<FieldError> fieldErrors;
    private final Wording said;

    protected DomainException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
        this.said = null;
    }

    /** A refusal kept as words, said in the reader's language; its message is the English. */
    protected DomainException(Wording said, List<FieldError> fieldErrors) {
        super(said.english());
        this.fieldErrors = List.copyOf(fieldErrors);
        this.said = said;
    }

    /** The refusal as words to say in the reader's language, or null when it is only an English sentence. */
    public Wording said() {
        return said;
    }

    /** The fields at fault, each with what is wrong with it; empty when the refusal is about no field. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
