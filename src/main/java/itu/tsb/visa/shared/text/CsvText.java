package itu.tsb.visa.shared.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import itu.tsb.visa.shared.InvalidInput;

/** RFC 4180 CSV as people send it: fields separated by commas, quoted with double quotes (a quote inside doubled). */
public final class CsvText {

    private CsvText() {
    }

    /** The file's text: UTF-8 (a byte-order mark is dropped), or a refusal saying how to send it. */
    public static String utf8(byte[] bytes, String howToSendIt) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("file", "is not UTF-8 text; " + howToSendIt);
        }
    }

    /** One record and the file line it starts on. */
    public record Record(int line, List<String> fields) {
        public String field(int i) {
            return fields.get(i);
        }

        public boolean isBlank() {
            return fields.stream().allMatch(f -> f == null || f.isBlank());
        }
    }

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
