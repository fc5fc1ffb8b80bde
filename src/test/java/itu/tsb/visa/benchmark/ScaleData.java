package itu.tsb.visa.benchmark;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.PurgingPersonalData;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.RequestWorkflow;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.correction.CorrectingDetails;
import itu.tsb.visa.request.documents.DocumentKind;
import itu.tsb.visa.request.documents.RequestDocuments;
import itu.tsb.visa.request.drafts.RequestDrafts;
import itu.tsb.visa.request.review.ReviewingRequest;
import itu.tsb.visa.request.submission.SubmitRequest;
import itu.tsb.visa.request.submission.SubmittingRequest;
import itu.tsb.visa.request.submission.WithdrawingRequest;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.crypto.PersonalDataCipher;

/**
 * A data set shaped like five years of ITU's (see {@code src/docs/benchmarks.md}, "The five-year data set"),
 * grown in steps to a number of requests:
 * <ul>
 * <li>entities and 750 meetings over five years, most small, a few of 3,000 participants, made through
 * {@link ReferenceData};</li>
 * <li>template requests, one of each ending (letters issued, letters issued after a round of corrections
 * with flags and a document, rejected by TSB, withdrawn) for 1, 2, 3 and 6 persons, made through the
 * product's own use cases (rules, DMN, encryption, audit, the engine with history full, letters as PDF),
 * and the same again purged through {@link PurgingPersonalData};</li>
 * <li>the past, in bulk: each past request a copy of a template of its ending and size, moved to its
 * meeting, entity and days, with its persons (family names from a pool of distinct encrypted names, so
 * that a search by name finds a handful), registrations, decisions, letters, notifications, flags,
 * documents and engine history (every {@code act_hi_*} row of the template's instance, with its own ids
 * and times) copied by {@code INSERT ... SELECT}, and its audit events written by {@code COPY} with the
 * hash chain computed as {@code AuditChain} seals it. Requests of meetings that ended more than 90 days ago
 * are copies of purged templates, as the retention left them;</li>
 * <li>the present through the product's code: one request in twenty, for the meetings still to come,
 * submitted by 4 threads, of which 40 % approved with their letters, 10 % asked for changes, the rest
 * waiting for review; and drafts of the applicants.</li>
 * </ul>
 */
final class ScaleData {

    private static final int MEETINGS = Integer.getInteger("bench.scale.meetings", 750);
    private static final int ENTITIES = Integer.getInteger("bench.scale.entities", 600);
    private static final int LARGE_MEETINGS = 8;
    private static final int[] PERSONS = {1, 2, 3, 6};
    private static final double[] PERSONS_SHARE = {0.40, 0.25, 0.15, 0.20};
    private enum Ending { ISSUED, CORRECTED_ISSUED, REJECTED, WITHDRAWN }
    private static final double[] ENDING_SHARE = {0.72, 0.08, 0.08, 0.12};
    private static final String[] SYLLABLES = {"ma", "ko", "ri", "sa", "ne", "to", "lu", "ba", "di", "fe", "ga", "hi",
        "jo", "ka", "le", "mi", "no", "pa", "qu", "ra", "se", "ti", "vo", "wa", "ya", "zu", "an", "el", "in", "or",
        "ur", "ek", "im", "os", "ab", "ed", "ig", "ol", "um", "av"};
    private static final int NAME_POOL = 24_000;
    /** Ids of a copy: the template's id plus its number times this (templates' ids stay far below it). */
    private static final long ID_STRIDE = 10_000_000L;

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final Random random = new Random(20261208);
    private final List<Organization> entities = new ArrayList<>();
    private final List<Meeting> past = new ArrayList<>();
    private final List<Meeting> ahead = new ArrayList<>();
    private double[] pastWeights;
    private double[] aheadWeights;
    /** Templates by ending, persons (index of {@link #PERSONS}) and purged or not: request ids. */
    private final Map<String, Long> templates = new HashMap<>();
    private final CurrentUser staff = new CurrentUser("scale-staff", "n/a", Role.TSB_STAFF, null);
    private int copies;
    private int live;
    private long auditEventsCopied;
    private long livePersons;
    /** Figures of the making, for the report. */
    final Map<String, String> made = new LinkedHashMap<>();

    ScaleData(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.dataSource = app.getBean(DataSource.class);
        this.clock = app.getBean(Clock.class);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<Meeting> pastMeetings() {
        return past;
    }

    /** The meetings, entities, templates and name pool; once. */
    void setUp() throws Exception {
        long t0 = System.nanoTime();
        ReferenceData reference = app.getBean(ReferenceData.class);
        String[] countries = java.util.Locale.getISOCountries();
        for (int e = 0; e < ENTITIES; e++) {
            MembershipCategory category = e < 193 ? MembershipCategory.MEMBER_STATE
                    : e % 5 == 0 ? MembershipCategory.ASSOCIATE : MembershipCategory.SECTOR_MEMBER;
            entities.add(reference.createOrganization((e < 193 ? "Administration " : "Member ") + e,
                    countries[e % countries.length], category, LocalDate.of(1950 + e % 60, 1, 1), null));
        }
        LocalDate today = today();
        int aheadCount = Math.max(10, MEETINGS / 25);
        int pastCount = MEETINGS - aheadCount;
        pastWeights = new double[pastCount];
        aheadWeights = new double[aheadCount];
        for (int m = 0; m < MEETINGS; m++) {
            boolean isAhead = m >= pastCount;
            LocalDate first = isAhead ? today.plusDays(40 + (m - pastCount) * 150L / aheadCount)
                    : today.minusDays(5 * 365).plusDays((long) m * (5 * 365 - 10) / pastCount);
            boolean large = m % (MEETINGS / LARGE_MEETINGS) == MEETINGS / LARGE_MEETINGS / 2;
            int days = large ? 19 : 2 + random.nextInt(8);
            Meeting meeting = reference.createMeeting("SC-" + m, new ReferenceData.MeetingTexts(
                    (large ? "Conference " : "Study group meeting ") + m, "Réunion " + m, "Geneva", "Genève"),
                    first, first.plusDays(days), 28, null);
            // most meetings small (lognormal around 120 participants), a few of 3,000
            double weight = large ? 3000 : Math.min(1200, Math.exp(Math.log(120) + 0.8 * random.nextGaussian()));
            if (isAhead) {
                ahead.add(meeting);
                aheadWeights[m - pastCount] = weight;
            } else {
                past.add(meeting);
                pastWeights[m] = weight;
            }
        }
        app.getBean(Users.class).ensure("scale-staff", "benchmark-password", Role.TSB_STAFF, null);
        app.getBean(Users.class).ensure("scale-auditor", "benchmark-password", Role.AUDITOR, null);
        made.put("scale_reference_data_s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        t0 = System.nanoTime();
        makeTemplates(reference, today);
        made.put("scale_templates_s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        t0 = System.nanoTime();
        namePool();
        jdbc.execute("create table scale_clone (n bigint primary key, new_id bigint not null, template_id bigint not null,"
                + " meeting_id bigint not null, meeting_code varchar(60) not null, org_id bigint not null,"
                + " shift_s bigint not null, received_year int not null, name_slot int not null)");
        made.put("scale_name_pool_s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    }

    private void makeTemplates(ReferenceData reference, LocalDate today) {
        Organization entity = reference.createOrganization("Template administration", "KE", MembershipCategory.MEMBER_STATE,
                LocalDate.of(1960, 1, 1), null);
        // a focal point with an e-mail address: the templates' notifications are copied with them
        app.getBean(Users.class).ensure("scale-template", "benchmark-password", Role.APPLICANT, entity.getId(),
                "focal.point@example.org");
        CurrentUser applicant = new CurrentUser("scale-template", "n/a", Role.APPLICANT, entity.getId());
        for (boolean purged : new boolean[] {false, true}) {
            LocalDate first = today.plusDays(purged ? 300 : 280);
            Meeting meeting = reference.createMeeting(purged ? "SC-TEMPLATE-P" : "SC-TEMPLATE", "Template meeting",
                    "Geneva", first, first.plusDays(4), 28, null);
            for (Ending ending : Ending.values()) {
                for (int p = 0; p < PERSONS.length; p++) {
                    long id = template(reference, meeting, entity, applicant, ending, PERSONS[p], today);
                    templates.put(ending + "/" + p + "/" + purged, id);
                }
            }
            if (purged) {
                // the retention's own path, once the meeting is long over
                jdbc.update("update meeting set first_day = ?, last_day = ? where id = ?", today.minusDays(200),
                        today.minusDays(196), meeting.getId());
                app.getBean(PurgingPersonalData.class).purge(List.of(meeting.getId()));
                reference.purgeRegistrations(List.of(meeting.getId()));
            }
        }
    }

    private int templatePerson;

    private long template(ReferenceData reference, Meeting meeting, Organization entity, CurrentUser applicant,
            Ending ending, int persons, LocalDate today) {
        List<PersonDetails> people = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            String number = "TPL-" + (++templatePerson);
            reference.register(meeting.getCode(), "Template", "Person " + templatePerson, entity.getId(), number,
                    RegistrationStatus.APPROVED);
            people.add(person(number, "Template", today));
        }
        SubmittingRequest submitting = app.getBean(SubmittingRequest.class);
        ReviewingRequest reviews = app.getBean(ReviewingRequest.class);
        RequestWorkflow workflow = app.getBean(RequestWorkflow.class);
        long id = submitting.submit(new SubmitRequest(meeting.getCode(), null, null, null, "fr", "Jane Njeri",
                "Permanent Secretary", people), applicant, null).id();
        workflow.runPendingSteps(id);
        switch (ending) {
            case ISSUED -> reviews.review(id, ReviewDecision.APPROVE, "In order", staff);
            case REJECTED -> reviews.review(id, ReviewDecision.REJECT, "The entity asked to cancel the request.", staff);
            case WITHDRAWN -> app.getBean(WithdrawingRequest.class).withdraw(id, applicant);
            case CORRECTED_ISSUED -> {
                List<Long> pids = jdbc.queryForList("select id from participant where request_id = ? order by position",
                        Long.class, id);
                app.getBean(RequestDocuments.class).add(id, DocumentKind.PASSPORT_PAGE, pids.get(0), tinyPng(), applicant);
                reviews.review(id, ReviewDecision.REQUEST_CHANGES, null, List.of(new ReviewingRequest.Flag(pids.get(0),
                        "function", "Write the function as in the registration.")), staff);
                workflow.runPendingSteps(id);
                PersonDetails before = people.get(0);
                PersonDetails after = new PersonDetails(before.familyName(), before.givenNames(), "Senior engineer",
                        before.dateOfBirth(), before.placeOfBirth(), before.nationality(), before.registrationNumber(),
                        before.passportNumber(), before.issuingAuthority(), before.issueDate(), before.expiryDate(),
                        before.representationKind(), before.representationCity(), before.representationCountry());
                app.getBean(CorrectingDetails.class).correctAll(id, List.of(new CorrectingDetails.PersonCorrection(
                        pids.get(0), after)), "Corrected.", applicant);
                workflow.runPendingSteps(id);
                reviews.review(id, ReviewDecision.APPROVE, "In order", staff);
            }
        }
        workflow.runPendingSteps(id);
        return id;
    }

    private static PersonDetails person(String registration, String familyName, LocalDate today) {
        return new PersonDetails(familyName, "Grace Wanjiru", "Engineer", LocalDate.of(1978, 3, 2), "Nairobi", "KE",
                registration, "AK1234567", "Immigration Nairobi", today.minusYears(1), today.plusYears(9),
                RepresentationKind.EMBASSY, "Nairobi", "KE");
    }

    private static byte[] tinyPng() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The family name of slot {@code n}: distinct for each n below {@link #NAME_POOL}. */
    static String familyName(int n) {
        int a = n % SYLLABLES.length;
        int b = (n / SYLLABLES.length) % SYLLABLES.length;
        int c = n / (SYLLABLES.length * SYLLABLES.length);
        String name = SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c % SYLLABLES.length] + (c >= SYLLABLES.length ? "ni" : "");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void namePool() throws Exception {
        jdbc.execute("create table scale_name (slot int primary key, family_name varchar(1000) not null,"
                + " family_name_key varchar(64) not null)");
        PersonalDataCipher cipher = PersonalDataCipher.current();
        StringBuilder rows = new StringBuilder();
        for (int n = 0; n < NAME_POOL; n++) {
            String name = familyName(n);
            rows.append(n).append('\t').append(cipher.encrypt(name)).append('\t').append(cipher.searchKey(name)).append('\n');
        }
        copy("copy scale_name from stdin", rows.toString());
    }

    private void copy(String sql, String rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        }
    }

    private int pick(double[] weights, double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private int pickShare(double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** The template requests' ids, for an SQL {@code in (...)}. */
    private String templateIds() {
        return templates.values().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Grows the data set to {@code requests} requests: nineteen in twenty copied into the past, one made live. */
    void growTo(int requests) throws Exception {
        int have = jdbc.queryForObject("select count(*) from visa_request", Integer.class);
        int toAdd = requests - have;
        if (toAdd <= 0) {
            return;
        }
        int liveToAdd = Math.max(1, toAdd / 20);
        long t0 = System.nanoTime();
        copyPast(toAdd - liveToAdd);
        made.put("scale_" + requests + "_copied_s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        t0 = System.nanoTime();
        makeLive(liveToAdd);
        made.put("scale_" + requests + "_live_s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
        jdbc.execute("analyze");
    }

    private void copyPast(int count) throws Exception {
        double[] pastCumulative = cumulative(pastWeights);
        Map<Long, String> templateReference = new HashMap<>();
        Map<Long, Instant> templateReceived = new HashMap<>();
        jdbc.query("select id, reference, received_at from visa_request where id in ("
                + templateIds() + ")", rs -> {
                    templateReference.put(rs.getLong(1), rs.getString(2));
                    templateReceived.put(rs.getLong(1), rs.getObject(3, OffsetDateTime.class).toInstant());
                });
        LocalDate purgeBefore = today().minusDays(90);
        StringBuilder map = new StringBuilder();
        List<long[]> clones = new ArrayList<>();
        int first = copies;
        for (int i = 0; i < count; i++) {
            int n = ++copies;
            Meeting meeting = past.get(pick(pastWeights, pastCumulative));
            Organization entity = entities.get(random.nextInt(entities.size()));
            Ending ending = Ending.values()[pickShare(ENDING_SHARE)];
            int persons = pickShare(PERSONS_SHARE);
            boolean purged = meeting.getLastDay().isBefore(purgeBefore);
            long template = templates.get(ending + "/" + persons + "/" + purged);
            Instant received = meeting.getFirstDay().minusDays(29 + random.nextInt(90)).atTime(8, 0)
                    .atZone(itu.tsb.visa.shared.time.TimeConfig.GENEVA).toInstant().plusSeconds(random.nextInt(9 * 3600));
            long shift = Duration.between(templateReceived.get(template), received).getSeconds();
            long newId = n * ID_STRIDE + template;
            map.append(n).append('\t').append(newId).append('\t').append(template).append('\t').append(meeting.getId())
                    .append('\t').append(meeting.getCode()).append('\t').append(entity.getId()).append('\t').append(shift)
                    .append('\t').append(received.atZone(itu.tsb.visa.shared.time.TimeConfig.GENEVA).getYear()).append('\t')
                    .append(random.nextInt(NAME_POOL)).append('\n');
            clones.add(new long[] {n, newId, template, shift});
        }
        copy("copy scale_clone from stdin", map.toString());
        String batch = "c.n > " + first;
        // the request, then what hangs off it, table by table
        jdbc.update(insertCopy("visa_request", Map.of(
                "id", "c.new_id", "meeting_id", "c.meeting_id", "organization_id", "c.org_id",
                "reference", "'TSB/VISA/' || c.meeting_code || '/' || c.received_year || '/' || c.new_id"),
                "t.id = c.template_id", batch));
        jdbc.update(insertCopy("participant", Map.of(
                "registration_number", "'S' || (t.id + c.n * " + ID_STRIDE + ")",
                "family_name", "case when t.family_name is null then null else (select s.family_name from scale_name s"
                        + " where s.slot = (c.name_slot + t.position * 7919) % " + NAME_POOL + ") end",
                "family_name_key", "case when t.family_name_key is null then null else (select s.family_name_key from"
                        + " scale_name s where s.slot = (c.name_slot + t.position * 7919) % " + NAME_POOL + ") end"),
                "t.request_id = c.template_id", batch));
        jdbc.update("insert into registration (id, meeting_id, organization_id, family_name, given_names,"
                + " confirmation_number, status) select p.id, r.meeting_id, r.organization_id, p.family_name, p.given_names,"
                + " p.registration_number, 'APPROVED' from participant p join visa_request r on r.id = p.request_id"
                + " join scale_clone c on c.new_id = r.id where " + batch);
        for (String table : List.of("decision", "letter", "notification", "change_flag", "request_document",
                "participant_correction")) {
            Map<String, String> special = new HashMap<>();
            if (table.equals("letter")) {
                special.put("reference", "replace(t.reference, (select tr.reference from visa_request tr where tr.id ="
                        + " c.template_id), (select nr.reference from visa_request nr where nr.id = c.new_id))");
                special.put("verify_token", "encode(sha256(convert_to(t.verify_token || ':' || c.n, 'UTF8')), 'hex')");
                special.put("superseded_by", special.get("reference").replace("t.reference", "t.superseded_by"));
            }
            jdbc.update(insertCopy(table, special, "t.request_id = c.template_id", batch));
        }
        copyEngineHistory(batch);
        copyAudit(clones, templateReference);
        // the product's own inserts go on after the copies' ids
        for (String sequence : jdbc.queryForList("select sequencename from pg_sequences where schemaname = 'public'",
                String.class)) {
            String table = sequence.substring(0, sequence.length() - "_seq".length());
            Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
            if (max != null) {
                jdbc.queryForObject("select setval('" + sequence + "', greatest(nextval('" + sequence + "'), ?))",
                        Long.class, max + 100);
            }
        }
    }

    /**
     * {@code insert into TABLE select ... from TABLE t join scale_clone c}: each column as the template's,
     * but ids moved by the copy's stride, request ids the copy's, times moved by its shift, and the
     * {@code special} columns as given.
     */
    private String insertCopy(String table, Map<String, String> special, String join, String where) {
        List<Map<String, Object>> columns = jdbc.queryForList("select column_name, data_type from information_schema.columns"
                + " where table_schema = 'public' and table_name = ? order by ordinal_position", table);
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String name = (String) column.get("column_name");
            String type = (String) column.get("data_type");
            names.add(name);
            if (special.containsKey(name)) {
                values.add(special.get(name));
            } else if (name.equals("request_id")) {
                values.add("c.new_id");
            } else if (name.equals("id") || name.equals("participant_id") || name.equals("attachment_letter_id")) {
                values.add("t." + name + " + c.n * " + ID_STRIDE);
            } else if (type.startsWith("timestamp")) {
                values.add("t." + name + " + make_interval(secs => c.shift_s)");
            } else {
                values.add("t." + name);
            }
        }
        return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
                + " from " + table + " t join scale_clone c on " + join + " where " + where;
    }

    /** Engine columns that name a definition, an element of the model or a person: the same in a copy. */
    private static final java.util.Set<String> SHARED_IDS = java.util.Set.of("act_id_", "start_act_id_", "end_act_id_",
            "failed_act_id_", "proc_def_id_", "dec_def_id_", "dec_req_id_", "case_def_id_", "deployment_id_", "tenant_id_",
            "user_id_", "job_def_id_", "clause_id_", "rule_id_", "start_user_id_", "group_id_", "org_id_");

    private void copyEngineHistory(String where) {
        jdbc.execute("create temporary table if not exists scale_instance (template_id bigint primary key, proc_inst_id varchar(64))");
        jdbc.update("insert into scale_instance select t.id, p.id_ from visa_request t join act_hi_procinst p"
                + " on p.business_key_ = t.id::text where t.id in (" + templateIds() + ") on conflict do nothing");
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema ="
                + " 'public' and table_name like 'act_hi_%'", String.class);
        for (String table : tables) {
            List<Map<String, Object>> columns = jdbc.queryForList("select column_name, data_type from"
                    + " information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position",
                    table);
            List<String> names = columns.stream().map(c -> (String) c.get("column_name")).toList();
            String instance = names.contains("root_proc_inst_id_") ? "root_proc_inst_id_"
                    : names.contains("proc_inst_id_") ? "proc_inst_id_" : null;
            if (instance == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Map<String, Object> column : columns) {
                String name = (String) column.get("column_name");
                String type = (String) column.get("data_type");
                if (name.equals("business_key_")) {
                    values.add("c.new_id::text");
                } else if ((name.equals("id_") || name.endsWith("_id_")) && !SHARED_IDS.contains(name)
                        && type.startsWith("character")) {
                    // the same digest for the same id in every table, so references between rows still meet
                    values.add("md5(t." + name + " || '.' || c.n)");
                } else if (type.startsWith("timestamp")) {
                    values.add("t." + name + " + make_interval(secs => c.shift_s)");
                } else {
                    values.add("t." + name);
                }
            }
            jdbc.update("insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
                    + " from " + table + " t join scale_instance i on t." + instance + " = i.proc_inst_id"
                    + " join scale_clone c on c.template_id = i.template_id where " + where);
        }
    }

    private record TemplateEvent(long id, String actor, String action, String detail, Instant at) {
    }

    /** The copies' audit events, sealed into the chain after its head, as one transaction holding the head. */
    private void copyAudit(List<long[]> clones, Map<Long, String> templateReference) throws Exception {
        Map<Long, List<TemplateEvent>> events = new HashMap<>();
        jdbc.query("select id, request_id, actor, action, detail, at from audit_event where request_id in ("
                + templateIds() + ") order by id", rs -> {
                    events.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new TemplateEvent(rs.getLong(1),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()));
                });
        Map<Long, String> codes = new HashMap<>();
        jdbc.query("select c.new_id, c.meeting_code, c.received_year from scale_clone c where c.n > " + (clones.isEmpty() ? 0
                : clones.get(0)[0] - 1), rs -> {
                    codes.put(rs.getLong(1), "TSB/VISA/" + rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(1));
                });
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long seq;
            String previous;
            try (var st = c.createStatement(); var rs = st.executeQuery("select last_seq, last_hash from audit_chain where id = 1 for update")) {
                rs.next();
                seq = rs.getLong(1);
                previous = rs.getString(2);
            }
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            StringBuilder rows = new StringBuilder();
            long written = 0;
            var copyApi = c.unwrap(PGConnection.class).getCopyAPI();
            for (long[] clone : clones) {
                long n = clone[0];
                long newId = clone[1];
                String from = templateReference.get(clone[2]);
                String to = codes.get(newId);
                for (TemplateEvent e : events.getOrDefault(clone[2], List.of())) {
                    long id = e.id() + n * ID_STRIDE;
                    String detail = e.detail() == null ? null : e.detail().replace(from, to);
                    Instant at = e.at().plusSeconds(clone[3]);
                    String content = String.join("\u001f", previous, Long.toString(id), Long.toString(newId), e.actor(),
                            e.action(), String.valueOf(detail), at.toString());
                    String hash = java.util.HexFormat.of().formatHex(sha.digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    rows.append(id).append('\t').append(newId).append('\t').append(copyText(e.actor())).append('\t')
                            .append(copyText(e.action())).append('\t').append(detail == null ? "\\N" : copyText(detail))
                            .append('\t').append(at.atOffset(ZoneOffset.UTC)).append('\t').append(++seq).append('\t')
                            .append(previous).append('\t').append(hash).append('\n');
                    previous = hash;
                    written++;
                }
                if (rows.length() > 8_000_000) {
                    copyApi.copyIn("copy audit_event (id, request_id, actor, action, detail, at, seal_seq, prev_hash, hash)"
                            + " from stdin", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            copyApi.copyIn("copy audit_event (id, request_id, actor, action, detail, at, seal_seq, prev_hash, hash) from stdin",
                    new StringReader(rows.toString()));
            try (var ps = c.prepareStatement("update audit_chain set last_seq = ?, last_hash = ? where id = 1")) {
                ps.setLong(1, seq);
                ps.setString(2, previous);
                ps.executeUpdate();
            }
            c.commit();
            auditEventsCopied += written;
            made.put("scale_audit_events_copied", Long.toString(auditEventsCopied));
        }
    }

    private static String copyText(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Requests for the meetings ahead through the product's use cases: submitted, some approved, some sent back. */
    private void makeLive(int count) throws Exception {
        ReferenceData reference = app.getBean(ReferenceData.class);
        double[] aheadCumulative = cumulative(aheadWeights);
        LocalDate today = today();
        record Planned(Meeting meeting, Organization entity, List<PersonDetails> people) {
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Meeting meeting = ahead.get(pick(aheadWeights, aheadCumulative));
            Organization entity = entities.get(random.nextInt(entities.size()));
            List<PersonDetails> people = new ArrayList<>();
            for (int p = 0; p < PERSONS[pickShare(PERSONS_SHARE)]; p++) {
                String number = "L-" + (++livePersons);
                String name = familyName(random.nextInt(NAME_POOL));
                reference.register(meeting.getCode(), name, "Grace", entity.getId(), number, RegistrationStatus.APPROVED);
                people.add(person(number, name, today));
            }
            planned.add(new Planned(meeting, entity, people));
        }
        SubmittingRequest submitting = app.getBean(SubmittingRequest.class);
        ReviewingRequest reviews = app.getBean(ReviewingRequest.class);
        RequestWorkflow workflow = app.getBean(RequestWorkflow.class);
        RequestDrafts drafts = app.getBean(RequestDrafts.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int firstOf = t;
            int base = live;
            done.add(pool.submit(() -> {
                for (int i = firstOf; i < planned.size(); i += 4) {
                    Planned p = planned.get(i);
                    CurrentUser applicant = new CurrentUser("scale-applicant-" + p.entity().getId(), "n/a", Role.APPLICANT,
                            p.entity().getId());
                    long id;
                    try {
                        id = submitting.submit(new SubmitRequest(p.meeting().getCode(), null, null, null,
                                (base + i) % 3 == 0 ? "en" : "fr", "Jane Njeri", "Permanent Secretary", p.people()),
                                applicant, null).id();
                    } catch (itu.tsb.visa.shared.InvalidInput refused) {
                        throw new IllegalStateException("a live request was refused: " + refused.fieldErrors(), refused);
                    }
                    workflow.runPendingSteps(id);
                    int kind = (base + i) % 10;
                    if (kind < 4) {
                        reviews.review(id, ReviewDecision.APPROVE, "In order", staff);
                        workflow.runPendingSteps(id);
                    } else if (kind == 4) {
                        reviews.review(id, ReviewDecision.REQUEST_CHANGES, "Please check the functions.", staff);
                        workflow.runPendingSteps(id);
                    }
                    if ((base + i) % 7 == 0) {
                        drafts.save(applicant, "scale-draft-" + (base + i), new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree("{\"meeting\":\"" + p.meeting().getCode() + "\",\"participants\":[{\"familyName\":\""
                                        + p.people().get(0).familyName() + "\"}]}"));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        live += count;
    }
}
