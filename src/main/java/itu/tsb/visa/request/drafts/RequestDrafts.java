package itu.tsb.visa.request.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.NotFound;

/**
 * Requests being written, kept on the server as their author types: each user sees and changes only their
 * own. What was typed is stored as it came (encrypted: it holds personal data) and checked only when sent.
 */
@NamedInterface("drafts")
@Service
@Transactional
public class RequestDrafts {

    /** At most this many characters of typing per draft (a request of 50 persons takes about 40,000). */
    static final int MAX_CHARACTERS = 150_000;
    static final int MAX_DRAFTS = 50;

    /** A draft as a list shows it: no personal data. */
    public record Summary(String key, Instant savedAt, String meeting, int persons) {
    }

    private final RequestDraftRepository drafts;
    private final ObjectMapper json;
    private final Clock clock;

    RequestDrafts(RequestDraftRepository drafts, ObjectMapper json, Clock clock) {
        this.drafts = drafts;
        this.json = json;
        this.clock = clock;
    }

    public Summary save(CurrentUser user, String key, JsonNode body) {
        mayWrite(user);
        checkKey(key);
        if (body == null || !body.isObject()) {
            throw InvalidInput.of("body", "a draft is a JSON object: what the form holds");
        }
        String text = body.toString();
        if (text.length() > MAX_CHARACTERS) {
            throw InvalidInput.of("body", "a draft holds at most " + MAX_CHARACTERS + " characters");
        }
        RequestDraft draft = drafts.findByOwnerAndKey(user.username(), key).orElseGet(() -> {
            if (drafts.findByOwnerOrderBySavedAtDesc(user.username()).size() >= MAX_DRAFTS) {
                throw InvalidInput.of("key", "you have " + MAX_DRAFTS + " drafts already: send or delete some first");
            }
            return new RequestDraft(user.username(), key);
        });
        draft.save(text, summary(body), clock.instant());
        return summary(drafts.save(draft));
    }

    @Transactional(readOnly = true)
    public List<Summary> list(CurrentUser user) {
        return drafts.findByOwnerOrderBySavedAtDesc(user.username()).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public JsonNode get(CurrentUser user, String key) {
        checkKey(key);
        RequestDraft draft = drafts.findByOwnerAndKey(user.username(), key)
                .orElseThrow(() -> new NotFound("You have no draft " + key + "."));
        try {
            return json.readTree(draft.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored draft is not JSON", e);
        }
    }

    public void delete(CurrentUser user, String key) {
        checkKey(key);
        drafts.deleteByOwnerAndKey(user.username(), key);
    }

    /** Drafts last saved before {@code cutoff}, deleted; how many. */
    public int deleteSavedBefore(Instant cutoff) {
        return drafts.deleteSavedBefore(cutoff);
    }

    private static void mayWrite(CurrentUser user) {
        if (!user.isApplicant() && !user.isStaff()) {
            throw new NotAllowed("Your role does not allow submitting requests.");
        }
    }

    private static void checkKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            throw InvalidInput.of("key", "use 8 to 64 letters, digits or '-'");
        }
    }

    /** The meeting's code and how many persons: what the list shows, no name. */
    private static String summary(JsonNode body) {
        JsonNode submission = body.path("submission");
        String meeting = submission.path("meeting").asText("");
        meeting = meeting.matches("[A-Za-z0-9._-]{1,60}") ? meeting : "";
        int persons = submission.path("participants").isArray() ? submission.path("participants").size() : 0;
        return meeting + "|" + persons;
    }

    private Summary summary(RequestDraft d) {
        String[] parts = (d.getSummary() == null ? "|0" : d.getSummary()).split("\\|", 2);
        return new Summary(d.getKey(), d.getSavedAt(), parts[0].isEmpty() ? null : parts[0],
                parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    }
}
