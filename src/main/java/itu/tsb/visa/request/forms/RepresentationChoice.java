package itu.tsb.visa.request.forms;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.SwissRepresentation;
import itu.tsb.visa.reference.SwissRepresentations;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.shared.FieldError;

/**
 * Where a person lodges the visa application: a Swiss representation picked from the list TSB keeps (its kind,
 * city and country then come from that record, and the letter is addressed from it), or, for an API client
 * that names it, its kind, city and country. One of the two is required.
 */
@Component
public class RepresentationChoice {

    /** What was sent for the representation. */
    public record Given(Long id, RepresentationKind kind, String city, String country) {
    }

    private final SwissRepresentations representations;

    RepresentationChoice(SwissRepresentations representations) {
        this.representations = representations;
    }

    /** Whether this is an active representation of the list (what the forms' list offers). */
    public boolean offered(String id) {
        try {
            return representations.active(Long.valueOf(id)).isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The representation as the person will have it: from the list when picked, as named otherwise. */
    public Given resolve(Given given, String prefix, List<FieldError> errors) {
        if (given != null && given.id() != null) {
            Optional<SwissRepresentation> r = representations.active(given.id());
            if (r.isEmpty()) {
                errors.add(new FieldError(prefix + "swissRepresentation.id", "is not a Swiss representation on TSB's list"));
                return given;
            }
            return new Given(r.get().getId(), RepresentationKind.valueOf(r.get().getKind()), r.get().getCity(),
                    r.get().getCountry());
        }
        if (given == null || given.kind() == null || blank(given.city()) || blank(given.country())) {
            errors.add(new FieldError(prefix + "swissRepresentation.id",
                    "pick the Swiss representation from the list, or name its kind, city and country"));
        }
        return given;
    }

    /** Whether TSB knows where to send this representation's letters: its record has the visa section's address. */
    public boolean reachable(RepresentationKind kind, String city, String country) {
        return kind != null && representations.at(kind.name(), city, country).map(SwissRepresentation::getEmail).isPresent();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
