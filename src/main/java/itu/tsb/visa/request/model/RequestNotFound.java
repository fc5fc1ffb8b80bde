package itu.tsb.visa.request.model;

import itu.tsb.visa.shared.NotFound;

/** No such request, or one the caller may not see: the same answer for both, so ids cannot be probed. */
public class RequestNotFound extends NotFound {

    public RequestNotFound(Long id) {
        super("There is no request " + id + " that you can see.");
    }
}
