package itu.tsb.visa.shared;

import java.util.List;

/** Fields of what was sent break a rule; each error says which field and what is wrong with it. */
public class InvalidInput extends DomainException {

    public static final String MESSAGE = "The request has invalid fields; see errors.";

    public InvalidInput(List<FieldError> errors) {
        super(MESSAGE, errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }
}
