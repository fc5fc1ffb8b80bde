package itu.tsb.visa.shared;

import java.util.ArrayList;
import java.util.List;

/** Ids in parts of at most 500, so that each look-up's IN list stays one every database takes whole. */
public final class Batches {

    private static final int SIZE = 500;

    private Batches() {
    }

    public static <T> List<List<T>> of(List<T> all) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            parts.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return parts;
    }
}
