package itu.tsb.visa.shared;

import java.util.List;
import java.util.Locale;

/** The language a reader gets, English or French, from their {@code Accept-Language}: English when absent. */
public final class ReaderLanguage {

    private static final List<String> OFFERED = List.of("en", "fr");

    private ReaderLanguage() {
    }

    public static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String best = Locale.lookupTag(ranges, OFFERED);
            if (best != null) {
                return best;
            }
            // "fr-CH" and the like: lookupTag matches a range by truncating it, so this covers "*" and others
            return ranges.stream().map(r -> r.getRange().split("-")[0]).filter(OFFERED::contains).findFirst().orElse("en");
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }
}
