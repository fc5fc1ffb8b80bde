package itu.tsb.visa.request.forms;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 and alpha-3 country codes, as the JDK knows them. */
public final class IsoCountries {

    private static final Set<String> CODES = new HashSet<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            CODES.add(alpha2);
            CODES.add(new Locale("", alpha2).getISO3Country());
        }
    }

    private IsoCountries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code.toUpperCase(Locale.ROOT));
    }
}
