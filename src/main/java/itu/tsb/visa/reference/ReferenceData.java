// Longer than 250 lines: the reference module's one service over meetings, entities and registrations, each change
// audited with its before and after in the same way.
package itu.tsb.visa.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.time.PlausibleDates;

/** Use cases on reference data; other modules read meetings, entities and registrations here. */
@Service
@Transactional
public class ReferenceData {

    private final OrganizationRepository organizations;
    private final MeetingRepository meetings;
    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceData(OrganizationRepository organizations, MeetingRepository meetings,
            RegistrationRepository registrations, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.meetings = meetings;
        this.registrations = registrations;
        this.events = events;
    }

    public Organization createOrganization(String name, String country, MembershipCategory category,
            LocalDate memberFrom, LocalDate memberUntil) {
        return createOrganization(name, null, country, category, memberFrom, memberUntil);
    }

    /** An entity; {@code nameFr} is its French name for French letters (none: its one name is printed). */
    public Organization createOrganization(String name, String nameFr, String country, MembershipCategory category,
            LocalDate memberFrom, LocalDate memberUntil) {
        checkMembership(memberFrom, memberUntil);
        return organizations.save(new Organization(name, blankToNull(nameFr), country.toUpperCase(), category, memberFrom,
                memberUntil));
    }

    public Meeting createMeeting(String code, String title, String venue, LocalDate firstDay, LocalDate lastDay,
            Integer requestDaysBefore, Set<MembershipCategory> eligible) {
        return createMeeting(code, new MeetingTexts(title, null, venue, null), firstDay, lastDay, requestDaysBefore,
                eligible);
    }

    /** A meeting's title and venue in English and, for French letters, in French (optional). */
    public record MeetingTexts(String title, String titleFr, String venue, String venueFr) {
    }

    public Meeting createMeeting(String code, MeetingTexts texts, LocalDate firstDay, LocalDate lastDay,
            Integer requestDaysBefore, Set<MembershipCategory> eligible) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        PlausibleDates.meetingDay(firstDay, today).ifPresent(m -> errors.add(new FieldError("firstDay", m)));
        PlausibleDates.meetingDay(lastDay, today).ifPresent(m -> errors.add(new FieldError("lastDay", m)));
        if (errors.isEmpty() && lastDay.isBefore(firstDay)) {
            errors.add(new FieldError("lastDay", "must not be before firstDay (" + firstDay + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (meetings.findByCode(code).isPresent()) {
            throw InvalidInput.of("code", "a meeting with code " + code + " already exists");
        }
        return meetings.save(new Meeting(code, texts.title(), blankToNull(texts.titleFr()), texts.venue(),
                blankToNull(texts.venueFr()), firstDay, lastDay,
                requestDaysBefore == null ? Meeting.DEFAULT_REQUEST_DAYS_BEFORE : requestDaysBefore,
                eligible == null || eligible.isEmpty() ? Meeting.DEFAULT_ELIGIBLE : eligible));
    }

    /**
     * Corrects every field of a meeting; returns the fields changed, before and after. When its days or
     * its request window change, {@link MeetingRescheduled} is published in the same transaction, so that
     * open requests' deadlines follow. Days in the past are refused as on creation.
     */
    public List<Change> correctMeeting(String code, MeetingTexts texts, LocalDate firstDay, LocalDate lastDay,
            int requestDaysBefore, Set<MembershipCategory> eligible) {
        Meeting m = meeting(code);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (!firstDay.equals(m.getFirstDay())) {
            PlausibleDates.meetingDay(firstDay, today).ifPresent(e -> errors.add(new FieldError("firstDay", e)));
        }
        if (!lastDay.equals(m.getLastDay())) {
            PlausibleDates.meetingDay(lastDay, today).ifPresent(e -> errors.add(new FieldError("lastDay", e)));
        }
        if (errors.isEmpty() && lastDay.isBefore(firstDay)) {
            errors.add(new FieldError("lastDay", "must not be before firstDay (" + firstDay + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Set<MembershipCategory> categories = eligible == null || eligible.isEmpty() ? Meeting.DEFAULT_ELIGIBLE : eligible;
        List<Change> changes = new ArrayList<>();
        compare(changes, "title", m.getTitle(), texts.title().trim());
        compare(changes, "titleFr", m.getTitleFr(), blankToNull(texts.titleFr()));
        compare(changes, "venue", m.getVenue(), texts.venue().trim());
        compare(changes, "venueFr", m.getVenueFr(), blankToNull(texts.venueFr()));
        compare(changes, "firstDay", m.getFirstDay(), firstDay);
        compare(changes, "lastDay", m.getLastDay(), lastDay);
        compare(changes, "requestDaysBefore", m.getRequestDaysBefore(), requestDaysBefore);
        compare(changes, "eligibleCategories", new java.util.TreeSet<>(m.eligibleCategories()), new java.util.TreeSet<>(categories));
        boolean rescheduled = !firstDay.equals(m.getFirstDay()) || requestDaysBefore != m.getRequestDaysBefore();
        m.correct(texts.title().trim(), blankToNull(texts.titleFr()), texts.venue().trim(), blankToNull(texts.venueFr()),
                firstDay, lastDay, requestDaysBefore, categories);
        if (rescheduled) {
            events.publishEvent(new MeetingRescheduled(m.getId()));
        }
        return changes;
    }

    /** Closes a meeting to new requests, or opens it again; the requests it has go on. */
    public Meeting closeMeeting(String code, boolean closed, String by) {
        Meeting m = meeting(code);
        if (closed && m.getClosedAt() == null) {
            m.close(by, clock.instant());
        } else if (!closed) {
            m.reopen();
        }
        return m;
    }

    /** Corrects a meeting's titles and venues (a French title added before French letters are approved). */
    public Meeting changeMeetingTexts(String code, MeetingTexts texts) {
        Meeting meeting = meeting(code);
        meeting.renameTexts(texts.title().trim(), blankToNull(texts.titleFr()), texts.venue().trim(),
                blankToNull(texts.venueFr()));
        return meeting;
    }

    public Organization renameOrganization(Long id, String name, String nameFr) {
        Organization o = organization(id, "id");
        o.rename(name.trim(), blankToNull(nameFr));
        return o;
    }

    /** A field a correction changed: its name, and its value before and after (reference data, never personal). */
    public record Change(String field, Object before, Object after) {
        @Override
        public String toString() {
            return field + ": " + before + " -> " + after;
        }
    }

    /**
     * Staff correct an entity (name, French name, country, category, membership dates). Requests already
     * decided keep their decisions; later ones are judged on the corrected entity. Returns what changed.
     */
    public List<Change> correctOrganization(Long id, String name, String nameFr, String country,
            MembershipCategory category, LocalDate memberFrom, LocalDate memberUntil) {
        Organization o = organizations.findById(id).orElseThrow(() -> new NotFound("There is no entity " + id + "."));
        checkMembership(memberFrom, memberUntil);
        String fr = blankToNull(nameFr);
        String iso = country.toUpperCase();
        List<Change> changes = new java.util.ArrayList<>();
        compare(changes, "name", o.getName(), name);
        compare(changes, "nameFr", o.getNameFr(), fr);
        compare(changes, "country", o.getCountry(), iso);
        compare(changes, "category", o.getCategory(), category);
        compare(changes, "memberFrom", o.getMemberFrom(), memberFrom);
        compare(changes, "memberUntil", o.getMemberUntil(), memberUntil);
        o.correct(name, fr, iso, category, memberFrom, memberUntil);
        return changes;
    }

    private static void checkMembership(LocalDate memberFrom, LocalDate memberUntil) {
        if (memberFrom != null && memberUntil != null && memberUntil.isBefore(memberFrom)) {
            throw InvalidInput.of("memberUntil", "must not be before memberFrom (" + memberFrom + ")");
        }
    }

    /** Adds the field to the changes when its value changed. */
    static void compare(List<Change> changes, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    public Registration register(String meetingCode, String familyName, String givenNames, Long organizationId,
            String confirmationNumber, RegistrationStatus status) {
        Meeting meeting = meeting(meetingCode);
        organization(organizationId, "entityId");
        if (registrations.findByMeetingIdAndConfirmationNumber(meeting.getId(), confirmationNumber).isPresent()) {
            throw InvalidInput.of("confirmationNumber",
                    "registration " + confirmationNumber + " already exists for meeting " + meetingCode);
        }
        return registrations.save(new Registration(meeting.getId(), organizationId, familyName, givenNames,
                confirmationNumber, status == null ? RegistrationStatus.PENDING : status));
    }

    /** A registration's status changed by staff: the registration and the status it had before. */
    public record StatusChanged(Registration registration, RegistrationStatus before) {
    }

    public StatusChanged changeRegistrationStatus(Long registrationId, RegistrationStatus status) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFound("There is no registration " + registrationId + "."));
        RegistrationStatus before = registration.getStatus();
        if (before != status) {
            registration.changeStatus(status);
            events.publishEvent(new RegistrationStatusChanged(registration.getMeetingId(),
                    registration.getConfirmationNumber(), status));
        }
        return new StatusChanged(registration, before);
    }

    /** Meetings whose last day is more than {@code days} days before {@code today}. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsEndedBefore(LocalDate day) {
        return meetings.findByLastDayBefore(day);
    }

    /** Deletes the names on the registrations of these meetings; numbers and statuses stay. */
    public int purgeRegistrations(java.util.Collection<Long> meetingIds) {
        // one statement: the registrations of every meeting ever ended are not read (nor decrypted) each night
        return meetingIds.isEmpty() ? 0 : registrations.purgeNames(meetingIds);
    }

    @Transactional(readOnly = true)
    public Meeting meeting(String code) {
        return meetings.findByCode(code)
                .orElseThrow(() -> new NotFound("There is no meeting with code " + code + "."));
    }

    /** The meetings of these ids, by id, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Meeting> meetings(java.util.Collection<Long> ids) {
        return meetings.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Meeting::getId, m -> m));
    }

    /** The entities of these ids, by id, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Organization> organizations(java.util.Collection<Long> ids) {
        return organizations.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Organization::getId, o -> o));
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFound("There is no meeting " + id + "."));
    }

    @Transactional(readOnly = true)
    public Organization organization(Long id, String field) {
        if (id == null) {
            throw InvalidInput.of(field, "is required");
        }
        return organizations.findById(id).orElseThrow(() -> new InvalidInput(
                List.of(new FieldError(field, "there is no entity " + id))));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Registration> registration(Long meetingId, String confirmationNumber) {
        return registrations.findByMeetingIdAndConfirmationNumber(meetingId, confirmationNumber);
    }

    /**
     * Holds these registrations of the meeting until the calling transaction ends: another transaction
     * that holds any of them waits here until this one has committed or rolled back, and then reads what
     * it stored. What decides that a registration is free (no live request names it) is read after this.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdRegistrations(Long meetingId, Collection<String> confirmationNumbers) {
        Set<String> numbers = confirmationNumbers.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!numbers.isEmpty()) {
            registrations.lockAll(meetingId, numbers);
        }
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings() {
        return meetings.findAll(org.springframework.data.domain.Sort.by("firstDay"));
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations() {
        return organizations.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    @Transactional(readOnly = true)
    public List<Registration> registrations(String meetingCode) {
        return registrations.findByMeetingId(meeting(meetingCode).getId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
