package itu.tsb.visa.shared;

import java.util.List;

/** The caller's role or entity does not allow this. */
public class NotAllowed extends DomainException {

    public NotAllowed(String why) {
        super(why, List.of());
    }

    public NotAllowed(itu.tsb.visa.shared.text.Wording why) {
        super(why, List.of());
    }

    public NotAllowed(String why, List<FieldError> fieldErrors) {
        super(why, fieldErrors);
    }
}
