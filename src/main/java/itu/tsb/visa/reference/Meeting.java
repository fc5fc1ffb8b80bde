package itu.tsb.visa.reference;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An ITU-T meeting in Switzerland for which visa assistance can be requested. */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int DEFAULT_REQUEST_DAYS_BEFORE = 28;
    public static final Set<MembershipCategory> DEFAULT_ELIGIBLE = EnumSet.of(
            MembershipCategory.MEMBER_STATE, MembershipCategory.SECTOR_MEMBER, MembershipCategory.ASSOCIATE);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;
    private String code;
    private String title;
    private String venue;
    @Column(name = "title_fr")
    private String titleFr;
    @Column(name = "venue_fr")
    private String venueFr;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "request_days_before")
    private int requestDaysBefore;
    @Column(name = "eligible_categories")
    private String eligibleCategories;

    @jakarta.persistence.Column(name = "closed_at")
    private java.time.Instant closedAt;
    @jakarta.persistence.Column(name = "closed_by")
    private String closedBy;

    protected Meeting() {
    }

    void correct(String title, String titleFr, String venue, String venueFr, LocalDate firstDay, LocalDate lastDay,
            int requestDaysBefore, Set<MembershipCategory> eligible) {
        renameTexts(title, titleFr, venue, venueFr);
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.requestDaysBefore = requestDaysBefore;
        this.eligibleCategories = eligible.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    void close(String by, java.time.Instant at) {
        this.closedAt = at;
        this.closedBy = by;
    }

    void reopen() {
        this.closedAt = null;
        this.closedBy = null;
    }

    /** When TSB closed the meeting to new requests, or null while it takes them. */
    public java.time.Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Meeting(String code, String title, String titleFr, String venue, String venueFr, LocalDate firstDay,
            LocalDate lastDay, int requestDaysBefore, Set<MembershipCategory> eligible) {
        this.code = code;
        this.title = title;
        this.titleFr = titleFr;
        this.venue = venue;
        this.venueFr = venueFr;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.requestDaysBefore = requestDaysBefore;
        this.eligibleCategories = eligible.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Set<MembershipCategory> eligibleCategories() {
        if (eligibleCategories == null || eligibleCategories.isBlank()) {
            return EnumSet.noneOf(MembershipCategory.class);
        }
        return Arrays.stream(eligibleCategories.split(",")).map(MembershipCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MembershipCategory.class)));
    }

    void renameTexts(String title, String titleFr, String venue, String venueFr) {
        this.title = title;
        this.titleFr = titleFr;
        this.venue = venue;
        this.venueFr = venueFr;
    }

    /** The title in a letter's language ("fr" or "en"); English where no French title was given. */
    public String title(String language) {
        return "fr".equals(language) && titleFr != null ? titleFr : title;
    }

    public String venue(String language) {
        return "fr".equals(language) && venueFr != null ? venueFr : venue;
    }

    /** Whether a French letter for this meeting would print its English title or venue. */
    public boolean lacksFrenchTexts() {
        return titleFr == null || venueFr == null;
    }

    /** The last (Geneva) day on which TSB may receive a request for this meeting. */
    public LocalDate lastDayForRequests() {
        return firstDay.minusDays(requestDaysBefore);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getVenue() {
        return venue;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getVenueFr() {
        return venueFr;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public int getRequestDaysBefore() {
        return requestDaysBefore;
    }
}
