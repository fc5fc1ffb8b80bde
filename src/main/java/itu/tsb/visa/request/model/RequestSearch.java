package itu.tsb.visa.request.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;

/**
 * What a list of requests asks for: filters (each optional), an order and a page. An applicant's search
 * is always within their entity, whatever it asks.
 *
 * @param meeting a meeting's code
 * @param statuses any of these statuses (none: all)
 * @param receivedFrom received on or after this Geneva day
 * @param receivedTo received on or before this Geneva day
 * @param q part of the reference, in any case
 * @param rule with a decision of this rule (and of {@code outcome}, when given)
 * @param outcome with a decision of this outcome (of {@code rule}, when given)
 * @param sort {@code deadline} (the meeting nearest first), {@code received} (newest first) or
 *        {@code reference}
 */
public record RequestSearch(String meeting, Long entityId, Set<RequestStatus> statuses, Boolean escalated,
        LocalDate receivedFrom, LocalDate receivedTo, String q, Rule rule, Outcome outcome, String sort, int page,
        int size) {

    public static final int MAX_SIZE = 200;
    public static final List<String> SORTS = List.of("deadline", "received", "reference");

    /**
     * From the query's text parameters, each checked: every wrong one is named in one {@link InvalidInput}.
     */
    public static RequestSearch of(String meeting, Long entityId, List<String> statuses, Boolean escalated,
            String receivedFrom, String receivedTo, String q, String rule, String outcome, String sort, Integer page,
            Integer size) {
        List<FieldError> errors = new ArrayList<>();
        Set<RequestStatus> wanted = EnumSet.noneOf(RequestStatus.class);
        for (String s : statuses == null ? List.<String>of() : statuses) {
            for (String one : s.split(",")) {
                RequestStatus status = parse(RequestStatus.class, one.trim(), "status", errors);
                if (status != null) {
                    wanted.add(status);
                }
            }
        }
        LocalDate from = date(receivedFrom, "receivedFrom", errors);
        LocalDate to = date(receivedTo, "receivedTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("receivedTo", "is before receivedFrom (" + from + ")"));
        }
        String order = sort == null || sort.isBlank() ? "received" : sort.trim().toLowerCase(Locale.ROOT);
        if (!SORTS.contains(order)) {
            errors.add(new FieldError("sort", "'" + sort + "' is not one of " + String.join(", ", SORTS)));
        }
        int p = page == null ? 0 : page;
        if (p < 0) {
            errors.add(new FieldError("page", "is counted from 0"));
        }
        int n = size == null ? 50 : size;
        if (n < 1 || n > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        String text = q == null || q.isBlank() ? null : q.trim();
        if (text != null && text.length() > 100) {
            errors.add(new FieldError("q", "is longer than 100 characters"));
        }
        Rule r = rule == null || rule.isBlank() ? null : parse(Rule.class, rule.trim(), "rule", errors);
        Outcome o = outcome == null || outcome.isBlank() ? null : parse(Outcome.class, outcome.trim(), "outcome", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new RequestSearch(meeting == null || meeting.isBlank() ? null : meeting.trim(), entityId, wanted, escalated,
                from, to, text, r, o, order, p, n);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date (2010-05-17)"));
            return null;
        }
    }
}
