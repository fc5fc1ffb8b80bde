package itu.tsb.visa.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import itu.tsb.visa.VisaApplication;
import itu.tsb.visa.letter.LetterBenchmark;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.MembershipCategory;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.reference.RegistrationStatus;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.submission.SubmitRequest;
import itu.tsb.visa.request.submission.SubmittingRequest;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.support.EmbeddedPostgresSupport;

/**
 * Prints one {@code name: value} line per figure. Runs with {@code mvn -Pbenchmark verify} on an
 * embedded PostgreSQL with history level full:
 * <ul>
 * <li>requests per second from submission to UNDER_REVIEW (eligibility DMN, window, registrations,
 * passport checks, encryption, audit), beside a baseline process with four service tasks and a user
 * task, and beside this product's own process with delegates that only route ({@link BareProcess}), one
 * transaction per instance;</li>
 * <li>p50/p95 latency of {@code POST /api/requests} at 1 and 8 concurrent clients (session login), and in an open
 * loop: posts arriving at a fixed rate, half and 80 % of the closed loops' best, each timed from when it was due;</li>
 * <li>with {@code scale} ({@link ScaleFigures}), the interactive reads at three sizes of a five-year data set;</li>
 * <li>milliseconds per letter beside the simplest PDF/A document with the same font.</li>
 * </ul>
 * With {@code -Dbench.soak=MINUTES} it runs a soak instead: 32 clients post requests for that many minutes
 * (each withdraws its request and posts the next for the same person), printing per minute the
 * throughput, p50/p95/p99 latency, heap after a GC and the connection pool's use, so that a drift shows.
 */
public final class Benchmark {

    /**
     * Instances of each kind run at least before the lifecycle's figures are taken; the warm-up goes on, up to
     * {@link #WARMUP_MAX}, until the JIT compiler works less than 5 % of the time (after 1,000 of each it still
     * used more CPU than the requests themselves).
     */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1000);
    private static final int WARMUP_MAX = Math.max(WARMUP, Integer.getInteger("bench.warmup.max", 6000));
    private static final int MEASURED = Integer.getInteger("bench.requests", 500);
    /** Rounds the measured instances are split into, each running the lifecycle and both baselines in turn. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int HTTP_PER_LEVEL = Integer.getInteger("bench.http", 320);
    /** Requests posted (and withdrawn) by one client, untimed, before the first level. */
    private static final int HTTP_WARMUP = Integer.getInteger("bench.http.warmup", 1000);
    private static final int SOAK_MINUTES = Integer.getInteger("bench.soak", 0);
    private static final int SOAK_CLIENTS = Integer.getInteger("bench.soak.clients", 32);
    /** Which figures: any of start, letters, lifecycle, history, inbox, http, scale (comma-separated); all by default. */
    private static final String PARTS = System.getProperty("bench.parts", "start,letters,lifecycle,history,inbox,http,scale");
    /** How many requests the staff's list holds when its pages are timed. */
    private static final int INBOX_REQUESTS = Integer.getInteger("bench.inbox", 5000);
    /** How many requests the history figures take from submission to letters issued. */
    private static final int HISTORY_REQUESTS = Integer.getInteger("bench.history", 200);
    /** A file to write a flight recording of the measured lifecycle to (JFR), for the profile; none by default. */
    private static final String JFR = System.getProperty("bench.jfr", "");

    public static void main(String[] args) throws Exception {
        if (!OwnJvm.inside()) {
            OwnJvm.run(Benchmark.class, args);
            return;
        }
        Map<String, String> start = PARTS.contains("start") ? StartFigures.measure() : Map.of();
        // letters first, on a quiet JVM: the figure is per letter, single thread, warm
        Map<String, String> letters = SOAK_MINUTES > 0 || !PARTS.contains("letters") ? Map.of()
                : LetterBenchmark.run(1000, 2000);
        ConfigurableApplicationContext app = application(EmbeddedPostgresSupport.jdbcUrl());
        try {
            // each figure printed as soon as it is known: a part that fails later does not take it along
            List<String> lines = new ArrayList<>() {
                @Override
                public boolean add(String line) {
                    System.out.println(line);
                    return super.add(line);
                }
            };
            lines.add("history_level: " + app.getBean(ProcessEngine.class).getProcessEngineConfiguration().getHistory());
            lines.add("database: PostgreSQL (embedded)");
            lines.add("cores: " + Runtime.getRuntime().availableProcessors());
            if (SOAK_MINUTES > 0) {
                lines.clear();
                soak(app, SOAK_MINUTES, 60, SOAK_CLIENTS, System.out::println);
            } else {
                if (PARTS.contains("lifecycle")) {
                    lifecycle(app, lines);
                }
                if (PARTS.contains("history")) {
                    historySize(app, lines);
                }
                if (PARTS.contains("inbox")) {
                    inbox(app, lines);
                }
                if (PARTS.contains("http")) {
                    http(app, lines);
                }
                if (PARTS.contains("scale")) {
                    // a database of its own: the requests the other parts made are not five years of ITU's
                    app.close();
                    app = application(EmbeddedPostgresSupport.jdbcUrl("scale"));
                    new ScaleFigures(app).run(lines);
                }
            }
            start.forEach((k, v) -> lines.add(k + ": " + v));
            letters.forEach((k, v) -> {
                if (!k.endsWith("_ignore")) {
                    lines.add(k + ": " + v);
                }
            });
        } finally {
            app.close();
            EmbeddedPostgresSupport.stop();
        }
    }

    private static ConfigurableApplicationContext application(String url) {
        return new SpringApplicationBuilder(VisaApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=0",
                "--visa.data-key=YmVuY2htYXJrLWtleS0zMi1ieXRlcy1sb25nLW9rISE=",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
                "--spring.jpa.properties.hibernate.generate_statistics=" + Boolean.getBoolean("bench.sqlstats"),
                "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener="
                        + (Boolean.getBoolean("bench.sqlstats") ? "info" : "warn"));
    }

    /** An entity, a meeting ahead, and as many approved registrations as requests will name (one person, one live request). */
    private record Fixture(Organization entity, Meeting meeting, List<String> registrations) {
    }

    private static Fixture fixture(ConfigurableApplicationContext app, String suffix, int persons) {
        ReferenceData reference = app.getBean(ReferenceData.class);
        Organization entity = reference.createOrganization("Benchmark administration " + suffix, "KE",
                MembershipCategory.MEMBER_STATE, LocalDate.of(1960, 1, 1), null);
        LocalDate first = LocalDate.now(app.getBean(java.time.Clock.class)).plusDays(90);
        Meeting meeting = reference.createMeeting("BENCH-" + suffix, "Benchmark meeting", "Geneva", first,
                first.plusDays(4), 28, null);
        List<String> registrations = new ArrayList<>();
        for (int i = 1; i <= persons; i++) {
            String number = "BENCH-" + suffix + "-" + i;
            reference.register(meeting.getCode(), "Mwangi", "Grace Wanjiru", entity.getId(), number,
                    RegistrationStatus.APPROVED);
            registrations.add(number);
        }
        return new Fixture(entity, meeting, registrations);
    }

    private static SubmitRequest aRequest(Fixture f, int person, LocalDate today) {
        return new SubmitRequest(f.meeting().getCode(), null, null, null, "fr", "Jane Njeri", "Permanent Secretary",
                List.of(new PersonDetails("Mwangi", "Grace Wanjiru", "Engineer", LocalDate.of(1978, 3, 2), "Nairobi",
                        "KE", f.registrations().get(person), "AK1234567", "Immigration Nairobi", today.minusYears(1),
                        today.plusYears(9), RepresentationKind.EMBASSY, "Nairobi", "KE")));
    }

    /**
     * The lifecycle beside the two baselines. All three are warmed up in turn first (the JIT compiles the
     * engine's paths, which all three share, while any of them runs: measured one after another, the first
     * paid for the compiler's work on a core of two, and the lifecycle, measured first, looked 2.2 times
     * slower than it is). Then the measured instances are split into rounds, each running the three in turn,
     * so that a slower or faster stretch of the machine falls on all three alike.
     */
    private static void lifecycle(ConfigurableApplicationContext app, List<String> lines) throws Exception {
        Fixture f = fixture(app, "LIFE", WARMUP_MAX + MEASURED);
        SubmittingRequest requests = app.getBean(SubmittingRequest.class);
        CurrentUser applicant = new CurrentUser("bench", "n/a", Role.APPLICANT, f.entity().getId());
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        RuntimeService runtime = engine.getRuntimeService();
        engine.getRepositoryService().createDeployment().addModelInstance("baseline.bpmn", baselineProcess()).deploy();
        BareProcess.deploy(app);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        List<Kind> kinds = List.of(
                new Kind("lifecycle", person -> submitChecked(requests, f, person, applicant, today)),
                new Kind("baseline", n -> tx.executeWithoutResult(s -> runtime.startProcessInstanceByKey(
                        "Process_Baseline", Map.of("requestId", (long) n)))),
                new Kind("bare_process", n -> tx.executeWithoutResult(s -> BareProcess.start(engine, 1_000_000L + n))));

        // a first recording during the warm-up: starting one instruments the JDK's classes, which throws away
        // compiled code; the second, started once warm, finds them instrumented and records the measurement only
        jdk.jfr.Recording warming = JFR.isBlank() ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        jdk.jfr.Recording recording = JFR.isBlank() ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        if (warming != null) {
            warming.start();
        }
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                app.getBean(javax.sql.DataSource.class));
        long server = serverPid(jdbc);
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        int warmed = 0;
        double jitShare = 1;
        // warmed up as measured, each kind in a run of its own between the same readings of the CPU: warmed
        // up instance by instance in turn, the compiler went on working through the measured runs, at 2-3 ms
        // a request (compiling again code whose profile the runs changed, and the readings' own code)
        while (warmed < WARMUP_MAX && (warmed < WARMUP || jitShare >= 0.02)) {
            long jit0 = jit.getTotalCompilationTime();
            long t0 = System.nanoTime();
            for (Kind kind : kinds) {
                threadCpu();
                cpuNanos(server);
                for (int i = warmed; i < warmed + 100; i++) {
                    kind.run.accept(MEASURED + i);
                }
                cpuNanos(server);
                threadCpu();
            }
            warmed += 100;
            jitShare = (jit.getTotalCompilationTime() - jit0) / ((System.nanoTime() - t0) / 1e6);
        }
        if (recording != null) {
            recording.start();
            warming.close();
        }
        for (int round = 0; round < ROUNDS; round++) {
            int from = round * MEASURED / ROUNDS;
            int to = (round + 1) * MEASURED / ROUNDS;
            for (Kind kind : kinds) {
                // rows are counted in the first round only: the statistics need a pause to be read
                long[] rows0 = round == 0 ? rowsWritten(jdbc) : null;
                Map<String, Long> tables0 = round == 0 ? rowsByTable(jdbc) : null;
                long statements0 = round == 0 ? statementsRun(jdbc) : -1;
                Map<String, Long> byText0 = statements0 >= 0 ? statementsByText(jdbc) : null;
                Map<String, Long> threads0 = threadCpu();
                long compiling0 = jit.getTotalCompilationTime();
                long[] cpu0 = cpuNanos(server);
                long t0 = System.nanoTime();
                for (int i = from; i < to; i++) {
                    kind.run.accept(i);
                }
                long took = System.nanoTime() - t0;
                long[] cpu1 = cpuNanos(server);
                kind.compilingMillis += jit.getTotalCompilationTime() - compiling0;
                threadCpu().forEach((name, cpu) -> kind.threads.merge(name, cpu - threads0.getOrDefault(name, 0L), Long::sum));
                kind.nanos += took;
                for (int c = 0; c < cpu1.length; c++) {
                    kind.cpu[c] += cpu1[c] - cpu0[c];
                }
                kind.perSecondByRound.add(String.format("%.1f", (to - from) / (took / 1e9)));
                if (round == 0) {
                    lines.add(kind.name + "_rows_inserted_updated_deleted_per_instance: "
                            + perInstance(rows0, rowsWritten(jdbc), to - from));
                    Map<String, Long> tables1 = rowsByTable(jdbc);
                    int instances = to - from;
                    lines.add(kind.name + "_rows_written_per_instance_by_table: " + tables1.entrySet().stream()
                            .filter(e -> e.getValue() - tables0.getOrDefault(e.getKey(), 0L) > 0)
                            .map(e -> String.format("%s %.1f", e.getKey(), (e.getValue() - tables0.getOrDefault(e.getKey(), 0L))
                                    / (double) instances))
                            .collect(java.util.stream.Collectors.joining(", ")));
                    if (statements0 >= 0) {
                        long statements1 = statementsRun(jdbc);
                        lines.add(kind.name + "_statements_per_instance: "
                                + String.format("%.1f", (statements1 - statements0 - 1) / (double) (to - from)));
                        // each statement run at least once in two instances, most run first: what the rows cost in round trips
                        statementsByText(jdbc).entrySet().stream()
                                .map(e -> Map.entry(e.getKey(), (e.getValue() - byText0.getOrDefault(e.getKey(), 0L)) / (double) instances))
                                .filter(e -> e.getValue() >= 0.5)
                                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                                .forEach(e -> lines.add(kind.name + "_statement: " + String.format("%.1f x %s", e.getValue(), e.getKey())));
                    }
                }
            }
        }
        if (recording != null) {
            recording.stop();
            recording.dump(java.nio.file.Path.of(JFR));
            recording.close();
            lines.add("lifecycle_recording: " + JFR);
        }
        Kind lifecycle = kinds.get(0);
        Kind baseline = kinds.get(1);
        Kind bare = kinds.get(2);
        lines.add("lifecycle_requests: " + MEASURED + " (in " + ROUNDS + " rounds, after " + warmed + " of each kind to warm up;"
                + String.format(" the compiler's share of the last warm-up batch: %.0f %%)", 100 * jitShare));
        lines.add("lifecycle_submit_to_under_review_per_s: " + String.format("%.1f", lifecycle.perSecond()));
        lines.add("baseline_process_per_s: " + String.format("%.1f", baseline.perSecond()));
        lines.add("lifecycle_ratio_baseline_to_lifecycle: " + String.format("%.2f", baseline.perSecond() / lifecycle.perSecond()));
        lines.add("bare_process_per_s: " + String.format("%.1f", bare.perSecond()));
        lines.add("lifecycle_ratio_bare_process_to_lifecycle: " + String.format("%.2f", bare.perSecond() / lifecycle.perSecond()));
        for (Kind kind : kinds) {
            lines.add(kind.name + "_per_s_by_round: " + String.join(", ", kind.perSecondByRound));
        }
        // the CPU each kind used, this JVM's and the database server's: steadier than the rates on a
        // machine shared with others, since waiting for a core is not counted
        for (Kind kind : kinds) {
            lines.add(kind.name + "_cpu_ms_per_instance: " + String.format(
                    "%.2f (application %.2f, of which the calling thread %.2f; database %s)", kind.cpuMs(),
                    kind.cpuMs(Kind.APPLICATION), kind.cpuMs(Kind.CALLING_THREAD),
                    server < 0 ? "not measured" : String.format("%.2f", kind.cpuMs(Kind.DATABASE))));
        }
        // where the application's CPU beside the calling thread went: other Java threads by name, and what no
        // Java thread accounts for (the garbage collector, the JIT compiler, the JVM itself)
        for (Kind kind : kinds) {
            long javaThreads = kind.threads.values().stream().mapToLong(Long::longValue).sum();
            List<String> others = kind.threads.entrySet().stream()
                    .filter(e -> !e.getKey().equals(Thread.currentThread().getName()) && e.getValue() / 1e6 / MEASURED >= 0.01)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / 1e6 / MEASURED)).toList();
            lines.add(kind.name + "_cpu_ms_per_instance_beside_the_calling_thread: " + String.format(
                    "GC, compiler and JVM %.2f (the compiler's time %.2f); ", (kind.cpu[Kind.APPLICATION] - javaThreads) / 1e6 / MEASURED,
                    kind.compilingMillis / (double) MEASURED)
                    + (others.isEmpty() ? "no other thread" : String.join(", ", others)));
        }
        lines.add("lifecycle_cpu_ratio_to_baseline: " + String.format("%.2f", lifecycle.cpuMs() / baseline.cpuMs()));
        lines.add("lifecycle_cpu_ratio_to_bare_process: " + String.format("%.2f", lifecycle.cpuMs() / bare.cpuMs()));
    }

    /** One kind of instance the lifecycle's figures compare, and what its measured rounds added up to. */
    private static final class Kind {
        /** Where {@link #cpuNanos} puts each figure. */
        static final int APPLICATION = 0;
        static final int DATABASE = 1;
        static final int CALLING_THREAD = 2;

        final String name;
        final java.util.function.IntConsumer run;
        long nanos;
        final long[] cpu = new long[3];
        final List<String> perSecondByRound = new ArrayList<>();
        /** CPU of each of the application's Java threads (numbers in names folded), nanoseconds. */
        final Map<String, Long> threads = new java.util.TreeMap<>();
        /** Time the JIT compiler spent while this kind ran, milliseconds (its threads are not Java threads). */
        long compilingMillis;

        Kind(String name, java.util.function.IntConsumer run) {
            this.name = name;
            this.run = run;
        }

        double perSecond() {
            return MEASURED / (nanos / 1e9);
        }

        /** Milliseconds of one figure's CPU per instance. */
        double cpuMs(int figure) {
            return cpu[figure] / 1e6 / MEASURED;
        }

        /** Milliseconds of CPU per instance, the application's and the database's. */
        double cpuMs() {
            return cpuMs(APPLICATION) + cpuMs(DATABASE);
        }
    }

    /** The database server's process id (the parent of this connection's), or -1 where /proc cannot tell. */
    private static long serverPid(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        String[] stat = procStat(java.nio.file.Path.of("/proc", Long.toString(backend)));
        return stat == null ? -1 : Long.parseLong(stat[1]);
    }

    /**
     * CPU used so far, in nanoseconds: by this JVM, by the database server with its backends (from /proc,
     * in clock ticks of 10 ms; a backend that ended meanwhile is not counted, the pool keeps them), and by
     * the calling thread.
     */
    private static long[] cpuNanos(long server) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        long ticks = 0;
        if (server > 0) {
            try (var processes = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc"), "[0-9]*")) {
                for (java.nio.file.Path process : processes) {
                    String[] stat = procStat(process);
                    if (stat != null && (process.getFileName().toString().equals(Long.toString(server))
                            || stat[1].equals(Long.toString(server)))) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime, stime
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new long[] {jvm, ticks * 10_000_000L,
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()};
    }

    /** CPU used so far by each live Java thread of this JVM, by name with its numbers folded, nanoseconds. */
    private static Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo thread : mx.getThreadInfo(mx.getAllThreadIds())) {
            long cpu = thread == null ? -1 : mx.getThreadCpuTime(thread.getThreadId());
            if (cpu > 0) {
                String name = thread.getThreadId() == Thread.currentThread().getId() ? Thread.currentThread().getName()
                        : thread.getThreadName().replaceAll("[0-9]+", "#");
                byName.merge(name, cpu, Long::sum);
            }
        }
        return byName;
    }

    /** The fields of /proc/PID/stat after the command's name (state first, then the parent's id), or null. */
    private static String[] procStat(java.nio.file.Path process) {
        try {
            String stat = java.nio.file.Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (java.io.IOException | RuntimeException gone) {
            return null;
        }
    }

    /**
     * What a request leaves behind once done (submitted, approved, one letter, the applicant notified): the
     * bytes the engine's history tables and our audit trail grew by, tables with their indexes, per request.
     */
    private static void historySize(ConfigurableApplicationContext app, List<String> lines) {
        Fixture f = fixture(app, "HIST", HISTORY_REQUESTS);
        SubmittingRequest requests = app.getBean(SubmittingRequest.class);
        itu.tsb.visa.request.review.ReviewingRequest reviews = app.getBean(itu.tsb.visa.request.review.ReviewingRequest.class);
        itu.tsb.visa.request.RequestWorkflow workflow = app.getBean(itu.tsb.visa.request.RequestWorkflow.class);
        CurrentUser applicant = new CurrentUser("bench", "n/a", Role.APPLICANT, f.entity().getId());
        CurrentUser staff = new CurrentUser("bench-staff", "n/a", Role.TSB_STAFF, null);
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                app.getBean(javax.sql.DataSource.class));
        String engine = "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                + " where c.relkind = 'r' and c.relname like 'act_hi_%'";
        String audit = "select pg_total_relation_size('audit_event')";
        String byTable = "select c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid) from pg_class c"
                + " where c.relkind = 'r' and c.relname like 'act_hi_%'";
        compact(jdbc);
        long steps0 = jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class);
        Map<String, long[]> tables0 = new java.util.TreeMap<>();
        jdbc.query(byTable, rs -> {
            tables0.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        long engine0 = jdbc.queryForObject(engine, Long.class);
        long audit0 = jdbc.queryForObject(audit, Long.class);
        for (int i = 0; i < HISTORY_REQUESTS; i++) {
            var r = requests.submit(aRequest(f, i, today), applicant, null);
            reviews.review(r.id(), itu.tsb.visa.request.ReviewDecision.APPROVE, "In order", staff);
            workflow.runPendingSteps(r.id());
        }
        compact(jdbc);
        long engine1 = jdbc.queryForObject(engine, Long.class);
        long steps1 = jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class);
        long audit1 = jdbc.queryForObject(audit, Long.class);
        long done = jdbc.queryForObject("select count(*) from visa_request where meeting_id = ? and status = 'LETTER_ISSUED'",
                Long.class, f.meeting().getId());
        if (done != HISTORY_REQUESTS) {
            throw new IllegalStateException(done + " of " + HISTORY_REQUESTS + " benchmark requests reached LETTER_ISSUED");
        }
        List<String> grown = new ArrayList<>();
        jdbc.query(byTable, rs -> {
            long[] before = tables0.getOrDefault(rs.getString(1), new long[2]);
            long total = (rs.getLong(2) - before[0]) / HISTORY_REQUESTS;
            if (total > 0) {
                grown.add(rs.getString(1) + " " + total + " (data " + (rs.getLong(3) - before[1]) / HISTORY_REQUESTS + ")");
            }
        });
        lines.add("history_requests_completed: " + HISTORY_REQUESTS);
        lines.add("history_engine_bytes_per_request_by_table: " + String.join(", ", grown));
        lines.add("history_engine_steps_per_completed_request: " + (steps1 - steps0) / (double) HISTORY_REQUESTS);
        lines.add("history_engine_bytes_per_completed_request: " + (engine1 - engine0) / HISTORY_REQUESTS);
        lines.add("history_audit_bytes_per_completed_request: " + (audit1 - audit0) / HISTORY_REQUESTS);
    }

    /**
     * Rewrites the history and audit tables without their dead row versions (PostgreSQL keeps the version
     * a step's end replaced until vacuum, which autovacuum reclaims in a running system), so that sizes
     * are those of the rows kept.
     */
    private static void compact(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        for (String table : jdbc.queryForList("select relname from pg_class where relkind = 'r'"
                + " and (relname like 'act_hi_%' or relname = 'audit_event')", String.class)) {
            jdbc.execute("vacuum full " + table);
        }
    }

    /** Rows inserted, updated and deleted in the database so far (PostgreSQL's counters, read after a flush). */
    private static long[] rowsWritten(org.springframework.jdbc.core.JdbcTemplate jdbc) throws InterruptedException {
        Thread.sleep(1100); // a backend reports its statistics at most once a second
        return jdbc.queryForObject("select tup_inserted, tup_updated, tup_deleted from pg_stat_database"
                + " where datname = current_database()", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    /**
     * Rows inserted, updated and deleted so far in each table, keyed "table inserted" and so on; read right
     * after {@link #rowsWritten}, which waits for the backends to report them.
     */
    private static Map<String, Long> rowsByTable(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.query("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", rs -> {
            rows.put(rs.getString(1) + " inserted", rs.getLong(2));
            rows.put(rs.getString(1) + " updated", rs.getLong(3));
            rows.put(rs.getString(1) + " deleted", rs.getLong(4));
        });
        return rows;
    }

    /**
     * Statements the server has run so far (each one a round trip, or a part of a batch), or -1 unless the
     * benchmark runs with {@code -Dbench.statements=true}; the call that asks is counted too.
     */
    private static long statementsRun(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        if (!Boolean.getBoolean(EmbeddedPostgresSupport.COUNT_STATEMENTS)) {
            return -1;
        }
        jdbc.execute("create extension if not exists pg_stat_statements");
        return jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements", Long.class);
    }

    /** Calls so far of each statement the server has run, by its text (whitespace folded, cut at 110 characters). */
    private static Map<String, Long> statementsByText(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        Map<String, Long> calls = new java.util.HashMap<>();
        jdbc.query("select query, calls from pg_stat_statements", rs -> {
            String text = rs.getString(1).replaceAll("\\s+", " ");
            calls.merge(text.length() > 110 ? text.substring(0, 110) + "…" : text, rs.getLong(2), Long::sum);
        });
        return calls;
    }

    private static String perInstance(long[] from, long[] to, int instances) {
        return String.format("%.1f / %.1f / %.1f", (to[0] - from[0]) / (double) instances,
                (to[1] - from[1]) / (double) instances, (to[2] - from[2]) / (double) instances);
    }

    private static void submitChecked(SubmittingRequest requests, Fixture f, int person, CurrentUser applicant, LocalDate today) {
        var r = requests.submit(aRequest(f, person, today), applicant, null);
        if (r.status() != RequestStatus.UNDER_REVIEW) {
            throw new IllegalStateException("benchmark request ended " + r.status());
        }
    }

    /** Same shape of work for the engine: four service tasks setting the same routing variables, one wait. */
    static BpmnModelInstance baselineProcess() {
        return Bpmn.createExecutableProcess("Process_Baseline").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Baseline")
                .serviceTask("Task_One").camundaExpression("${execution.setVariable('eligible', true)}")
                .serviceTask("Task_Two").camundaExpression("${execution.setVariable('inWindow', true)}")
                .serviceTask("Task_Three").camundaExpression("${execution.setVariable('registrations', 'CONFIRMED')}")
                .serviceTask("Task_Four").camundaExpression("${execution.setVariable('detailsValid', true)}")
                .userTask("Task_Wait").camundaCandidateGroups("tsb-staff")
                .endEvent("EndEvent_Baseline")
                .done();
    }

    private static void http(ConfigurableApplicationContext app, List<String> lines) throws Exception {
        Fixture f = fixture(app, "HTTP", OPEN_LOOP_CLIENTS);
        app.getBean(Users.class).ensure("bench-applicant", "benchmark-password", Role.APPLICANT, f.entity().getId());
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        signInCosts(app, port, lines);
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        // warm: the first level is the one the others are compared with
        Client warming = new Client(port, f, 0, today);
        for (int i = 0; i < HTTP_WARMUP; i++) {
            warming.postAndWithdraw();
        }
        double peak = 0;
        double singleP50 = 0;
        for (int clients : new int[] {1, 8}) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            int perClient = HTTP_PER_LEVEL / clients;
            // every client signs in first, then all start together: signed in one after another while the
            // first already posted, the 32 were never all at work at once (their p50 came out below the 8's)
            List<Client> signedIn = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                signedIn.add(new Client(port, f, c, today));
            }
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            long[] measuredFrom = {Long.MAX_VALUE};
            for (Client client : signedIn) {
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perClient + 5; i++) {
                        if (i == 5) {
                            synchronized (measuredFrom) {
                                measuredFrom[0] = Math.min(measuredFrom[0], System.nanoTime());
                            }
                        }
                        long took = client.postAndWithdraw();
                        if (i >= 5) {
                            latencies.add(took);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> fu : futures) {
                fu.get();
            }
            double rate = latencies.size() / ((System.nanoTime() - measuredFrom[0]) / 1e9);
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            lines.add("post_requests_c" + clients + "_p50_ms: " + String.format("%.1f", percentile(sorted, 0.50)));
            lines.add("post_requests_c" + clients + "_p95_ms: " + String.format("%.1f", percentile(sorted, 0.95)));
            lines.add("post_requests_c" + clients + "_per_s: " + String.format("%.1f", rate));
            peak = Math.max(peak, rate);
            if (clients == 1) {
                singleP50 = percentile(sorted, 0.50);
            }
        }
        lines.add("open_loop_peak_per_s: " + String.format("%.1f (the closed loops' best; a post and its withdrawal each)", peak));
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < OPEN_LOOP_CLIENTS; c++) {
            clients.add(new Client(port, f, c, today));
        }
        for (int percent : new int[] {50, 80}) {
            double[] p = openLoop(clients, peak * percent / 100.0);
            lines.add(String.format("open_loop_%d_percent_p50_p95_p99_ms: %.1f / %.1f / %.1f", percent, p[0], p[1], p[2]));
            if (percent == 50) {
                lines.add(String.format("open_loop_50_percent_p95_to_single_client_p50: %.2f", p[1] / singleP50));
            }
        }
    }

    /** Clients of the open loop: as many posts can be in flight at once (each client posts for its own person). */
    private static final int OPEN_LOOP_CLIENTS = Integer.getInteger("bench.openloop.clients", 64);
    /** How long each open-loop level runs, seconds. */
    private static final int OPEN_LOOP_SECONDS = Integer.getInteger("bench.openloop.seconds", 20);

    /**
     * Posts arriving at a fixed rate, whatever the answers before them: the i-th is due at start + i / rate
     * and its latency is taken from then, so that a post waiting for a free client or a busy server counts
     * all its wait (no coordinated omission). Returns p50, p95 and p99 in milliseconds.
     */
    private static double[] openLoop(List<Client> clients, double perSecond) throws Exception {
        java.util.concurrent.BlockingQueue<Client> free = new java.util.concurrent.LinkedBlockingQueue<>(clients);
        ExecutorService senders = Executors.newCachedThreadPool();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        int arrivals = (int) Math.max(50, perSecond * OPEN_LOOP_SECONDS);
        long start = System.nanoTime() + 100_000_000L;
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < arrivals; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            sent.add(senders.submit(() -> {
                Client client = free.take();
                try {
                    client.postAndWithdraw();
                    latencies.add(client.answeredAt - due);
                } finally {
                    free.add(client);
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        senders.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new double[] {percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99)};
    }

    /**
     * One signed-in client posting requests for its own person: each request is withdrawn once answered
     * (not timed), so that the next one for the same person is accepted (one person, one live request).
     */
    private static final class Client {
        private final int port;
        private final HttpClient http;
        private final String xsrf;
        private final String body;
        /** When the last POST was answered (System.nanoTime), before its withdrawal. */
        long answeredAt;

        Client(int port, Fixture f, int person, LocalDate today) throws Exception {
            this.port = port;
            CookieManager cookies = new CookieManager();
            this.http = signedIn(port, cookies);
            this.xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
            this.body = """
                    {"meeting":"%s","language":"fr","signatory":{"name":"Jane Njeri","title":"Permanent Secretary"},
                     "participants":[{"familyName":"Mwangi","givenNames":"Grace","function":"Engineer",
                     "dateOfBirth":"1978-03-02","placeOfBirth":"Nairobi","nationality":"KE","registrationNumber":"%s",
                     "passport":{"number":"AK1234567","issuingAuthority":"Immigration","issueDate":"%s","expiryDate":"%s"},
                     "swissRepresentation":{"kind":"EMBASSY","city":"Nairobi","country":"KE"}}]}
                    """.formatted(f.meeting().getCode(), f.registrations().get(person), today.minusYears(1),
                    today.plusYears(9));
        }

        /** Posts one request and returns how long the POST took (ns); then withdraws it. */
        long postAndWithdraw() throws Exception {
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/requests"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
            answeredAt = System.nanoTime();
            long took = answeredAt - t0;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
            }
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
            if (!id.find()) {
                throw new IllegalStateException("no id in " + r.body());
            }
            HttpResponse<Void> w = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/requests/" + id.group(1) + "/withdraw")).header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (w.statusCode() != 200) {
                throw new IllegalStateException("withdrawal answered " + w.statusCode());
            }
            return took;
        }
    }

    /** One interval of a soak: the figures that show a drift. */
    public record SoakInterval(int number, double requestsPerSecond, double p50Ms, double p95Ms, double p99Ms,
            double heapAfterGcMb, int poolActiveMax, int poolTotal, int poolWaiting) {
        @Override
        public String toString() {
            return String.format("soak_interval_%d: requests_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f"
                    + " heap_after_gc_mb=%.0f pool_active_max=%d pool_total=%d pool_waiting=%d", number,
                    requestsPerSecond, p50Ms, p95Ms, p99Ms, heapAfterGcMb, poolActiveMax, poolTotal, poolWaiting);
        }
    }

    /**
     * The soak on a running application: {@code clients} clients post requests (each withdrawn before the
     * next for the same person) for {@code intervals} intervals of {@code seconds} each, reporting the same
     * figures as each interval ends, so that a drift in any of them shows while it runs.
     */
    public static List<SoakInterval> soak(ConfigurableApplicationContext app, int intervals, int seconds, int clients,
            java.util.function.Consumer<SoakInterval> report) throws Exception {
        Fixture f = fixture(app, "SOAK" + (System.nanoTime() % 100_000), clients);
        app.getBean(Users.class).ensure("bench-applicant", "benchmark-password", Role.APPLICANT, f.entity().getId());
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        com.zaxxer.hikari.HikariPoolMXBean pool = app.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean();
        List<Client> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            all.add(new Client(port, f, c, today));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<SoakInterval> out = new ArrayList<>();
        try {
            for (int interval = 1; interval <= intervals; interval++) {
                long intervalEnd = System.nanoTime() + seconds * 1_000_000_000L;
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                int[] maxActive = {0};
                List<Future<?>> running = new ArrayList<>();
                for (Client client : all) {
                    running.add(threads.submit(() -> {
                        while (System.nanoTime() < intervalEnd) {
                            latencies.add(client.postAndWithdraw());
                            synchronized (maxActive) {
                                maxActive[0] = Math.max(maxActive[0], pool.getActiveConnections());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> r : running) {
                    r.get();
                }
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                System.gc();
                long heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                SoakInterval figures = new SoakInterval(interval, sorted.size() / (double) seconds,
                        percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), heap / 1048576.0,
                        maxActive[0], pool.getTotalConnections(), pool.getThreadsAwaitingConnection());
                report.accept(figures);
                out.add(figures);
            }
        } finally {
            threads.shutdown();
        }
        return out;
    }

    static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Signs in once through the login form, as our pages do; later calls carry the session cookie. */
    /** p50 of {@code GET /api/me} signed in by the session, by an API token, and by HTTP Basic (a password hash per call). */
    private static void signInCosts(ConfigurableApplicationContext app, int port, List<String> lines) throws Exception {
        HttpClient session = signedIn(port, new CookieManager());
        HttpClient plain = HttpClient.newHttpClient();
        Users users = app.getBean(Users.class);
        String token = app.getBean(itu.tsb.visa.security.ApiTokens.class).issue(users.idOf("bench-applicant"),
                new CurrentUser("bench-admin", "n/a", Role.ADMIN, null)).token();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("bench-applicant:benchmark-password"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, java.util.function.Supplier<HttpRequest.Builder>> ways = new java.util.LinkedHashMap<>();
        ways.put("session", () -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")));
        ways.put("token", () -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token));
        ways.put("basic", () -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", basic));
        for (Map.Entry<String, java.util.function.Supplier<HttpRequest.Builder>> way : ways.entrySet()) {
            HttpClient client = way.getKey().equals("session") ? session : plain;
            List<Long> took = new ArrayList<>();
            for (int i = 0; i < 220; i++) {
                long t0 = System.nanoTime();
                HttpResponse<Void> r = client.send(way.getValue().get().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/me by " + way.getKey() + " answered " + r.statusCode());
                }
                if (i >= 20) {
                    took.add(System.nanoTime() - t0);
                }
            }
            Collections.sort(took);
            lines.add("get_me_by_" + way.getKey() + "_p50_ms: " + String.format("%.2f", percentile(took, 0.50)));
        }
    }

    /**
     * The staff's list with {@code bench.inbox} requests (5,000) from five entities for five meetings: each
     * kind of page asked for over HTTP with a session, as the page asks, 50 times after 10 to warm up.
     */
    private static void inbox(ConfigurableApplicationContext app, List<String> lines) throws Exception {
        SubmittingRequest requests = app.getBean(SubmittingRequest.class);
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int m = 0; m < 5; m++) {
            Fixture f = fixture(app, "INBOX" + m, INBOX_REQUESTS / 5);
            CurrentUser applicant = new CurrentUser("bench-inbox-" + m, "n/a", Role.APPLICANT, f.entity().getId());
            for (int t = 0; t < 4; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < INBOX_REQUESTS / 5; i += 4) {
                        requests.submit(aRequest(f, i, today), applicant, null);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        lines.add("inbox_requests: " + app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from visa_request", Long.class) + " (made in "
                + String.format("%.0f", (System.nanoTime() - t0) / 1e9) + " s)");
        app.getBean(Users.class).ensure("bench-staff", "benchmark-password", Role.TSB_STAFF, null);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpClient staff = signedIn(port, new CookieManager(), "bench-staff");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("newest", "/api/requests?size=50");
        pages.put("deadline_under_review", "/api/requests?status=UNDER_REVIEW&sort=deadline&size=50");
        pages.put("meeting_page_10", "/api/requests?meeting=BENCH-INBOX2&page=10&size=50");
        pages.put("reference_part", "/api/requests?q=INBOX3%2F&sort=reference&size=50");
        pages.put("rule_outcome_200", "/api/requests?rule=ELIGIBILITY&outcome=PASSED&size=200");
        // the staff's landing page: the review inbox's first page
        pages.put("review_inbox", "/api/review/inbox?size=20");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<Long> took = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long start = System.nanoTime();
                HttpResponse<String> r = staff.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + page.getValue())).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + page.getValue() + " answered " + r.statusCode());
                }
                if (i >= 10) {
                    took.add(System.nanoTime() - start);
                }
            }
            Collections.sort(took);
            lines.add("inbox_page_" + page.getKey() + "_p50_p95_ms: " + String.format("%.1f / %.1f",
                    percentile(took, 0.50), percentile(took, 0.95)));
        }
    }

    private static HttpClient signedIn(int port, CookieManager cookies) throws Exception {
        return signedIn(port, cookies, "bench-applicant");
    }

    static HttpClient signedIn(int port, CookieManager cookies, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csrf")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token: " + page);
        }
        String form = "username=" + user + "&password=benchmark-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        // the XSRF-TOKEN cookie is set on the first request after sign-in
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csrf")).build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }
}
