package itu.tsb.visa.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** Replaces the node at the path with the value, or removes it when the value is null. */
    public static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.|(?=\\[)");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parts[i].startsWith("[") ? parent.get(index(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.startsWith("[")) {
            if (value == null) {
                ((ArrayNode) parent).remove(index(last));
            } else {
                ((ArrayNode) parent).set(index(last), value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static int index(String part) {
        return Integer.parseInt(part.substring(1, part.length() - 1));
    }
}
