package itu.tsb.visa.shared;

import java.util.List;

/** What was asked does not fit where the thing stands now (a request already final, a name already taken). */
public class WrongState extends DomainException {

    public WrongState(String why) {
        super(why, List.of());
    }
}
