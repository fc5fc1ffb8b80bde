package itu.tsb.visa.shared;

import java.util.List;

/** Nothing of that name or id that the caller may see (the same answer for both, so ids cannot be probed). */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(what, List.of());
    }

    public NotFound(String what, List<FieldError> fieldErrors) {
        super(what, fieldErrors);
    }
}
