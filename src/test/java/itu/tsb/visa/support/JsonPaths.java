package itu.tsb.visa.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Every path in a JSON document ("a.b", "list[0].c"), for tests that break one place of a valid body. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static List<String> paths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(p);
                out.addAll(paths(e.getValue(), p));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = prefix + "[" + i + "]";
                out.add(p);
                out.addAll(paths(node.get(i), p));
            }
        }
        return out;
    }
}
