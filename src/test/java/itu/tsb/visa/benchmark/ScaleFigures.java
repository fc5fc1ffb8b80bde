package itu.tsb.visa.benchmark;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.retention.PersonalDataRetention;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.security.Users;

/**
 * The interactive reads at each size of the five-year data set ({@link ScaleData}), over HTTP with a
 * session as the pages ask, each a line {@code scale_<read>_<requests>_p50_p95_ms: p50 / p95}; then the
 * growth of each from the smallest size to the largest, the heap after a GC while the exports and the
 * chain's verification run, and at the largest size the nightly work of a day: the retention run and
 * the engine's history cleanup. Run with {@code -Dbench.parts=scale} ({@code -Dbench.scale.sizes=1000,10000,60000}).
 */
final class ScaleFigures {

    private static final int[] SIZES = java.util.Arrays.stream(System.getProperty("bench.scale.sizes", "1000,10000,60000")
            .split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    private static final int CALLS = Integer.getInteger("bench.scale.calls", 60);
    private static final int WARM = 10;

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final int port;
    private final Random random = new Random(7);
    private HttpClient staff;
    private HttpClient auditor;

    ScaleFigures(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    void run(List<String> lines) throws Exception {
        ScaleData data = new ScaleData(app);
        data.setUp();
        staff = Benchmark.signedIn(port, new CookieManager(), "scale-staff");
        auditor = Benchmark.signedIn(port, new CookieManager(), "scale-auditor");
        Map<String, Map<Integer, double[]>> figures = new LinkedHashMap<>();
        for (int size : SIZES) {
            data.growTo(size);
            lines.add("scale_made_" + size + ": " + counts());
            lines.add("scale_meetings_" + size + ": " + meetingSizes());
            if (size == SIZES[0]) {
                // a first round to warm the JIT, not printed: measured cold, the smallest size came out slower
                // than the largest
                measure(data, size, new LinkedHashMap<>(), new ArrayList<>());
            }
            measure(data, size, figures, lines);
        }
        int smallest = SIZES[0];
        int largest = SIZES[SIZES.length - 1];
        figures.forEach((read, bySize) -> {
            double[] small = bySize.get(smallest);
            double[] large = bySize.get(largest);
            if (small != null && large != null && smallest != largest) {
                lines.add(String.format("scale_%s_growth_p95_%d_to_%d: %.2f", read, smallest, largest, large[1] / small[1]));
            }
        });
        nightly(data, lines);
        data.made.forEach((k, v) -> lines.add(k + ": " + v));
    }

    /** Requests per meeting: the largest, the median, and how many meetings have any. */
    private String meetingSizes() {
        return jdbc.queryForObject("select 'largest ' || max(n) || ' requests, median ' || percentile_disc(0.5) within group"
                + " (order by n) || ', meetings with requests ' || count(*) from (select count(*) n from visa_request"
                + " group by meeting_id) t", String.class);
    }

    private String counts() {
        List<String> out = new ArrayList<>();
        for (String table : List.of("visa_request", "participant", "registration", "decision", "letter", "audit_event",
                "notification", "request_document", "request_draft", "act_hi_procinst", "act_hi_actinst", "act_hi_varinst",
                "act_hi_detail", "act_hi_taskinst", "act_hi_decinst")) {
            out.add(table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        out.add("purged " + jdbc.queryForObject("select count(*) from visa_request where purged_at is not null", Long.class));
        out.add("database " + jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
        return String.join(", ", out);
    }

    private void measure(ScaleData data, int size, Map<String, Map<Integer, double[]>> figures, List<String> lines)
            throws Exception {
        List<Long> requests = jdbc.queryForList("select id from visa_request order by random() limit 200", Long.class);
        List<Long> liveRequests = jdbc.queryForList("select id from visa_request where purged_at is null"
                + " order by random() limit 200", Long.class);
        List<String> tokens = jdbc.queryForList("select verify_token from letter order by random() limit 200", String.class);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add(ScaleData.familyName(random.nextInt(24_000)));
        }
        String busiestAhead = jdbc.queryForObject("select m.code from meeting m join visa_request r on r.meeting_id = m.id"
                + " where m.first_day > current_date group by m.code order by count(*) desc limit 1", String.class);
        // a meeting of the median size (of those with requests), beside the largest: a meeting's reads grow with it
        String typicalMeeting = jdbc.queryForObject("select code from (select m.code, count(*) n, row_number() over"
                + " (order by count(*), m.code) k, count(*) over () total from meeting m join visa_request r on"
                + " r.meeting_id = m.id group by m.code) t where k = (total + 1) / 2", String.class);
        String largestMeeting = jdbc.queryForObject("select m.code from meeting m join visa_request r on r.meeting_id = m.id"
                + " group by m.code order by count(*) desc limit 1", String.class);
        Long busiestEntity = jdbc.queryForObject("select organization_id from visa_request group by organization_id"
                + " order by count(*) desc limit 1", Long.class);
        String applicantName = "scale-applicant-" + busiestEntity;
        app.getBean(Users.class).ensure(applicantName, "benchmark-password", Role.APPLICANT, busiestEntity);
        HttpClient applicant = Benchmark.signedIn(port, new CookieManager(), applicantName);

        Map<String, IntFunction<String>> reads = new LinkedHashMap<>();
        reads.put("inbox_first_page", i -> "/api/review/inbox?size=20");
        reads.put("inbox_by_meeting", i -> "/api/requests?meeting=" + busiestAhead + "&size=50");
        reads.put("inbox_by_status", i -> "/api/requests?status=UNDER_REVIEW&size=50");
        reads.put("inbox_by_deadline", i -> "/api/requests?status=UNDER_REVIEW&sort=deadline&size=50");
        reads.put("search_family_name", i -> "/api/requests?size=50&q=" + enc(names.get(i % names.size())));
        reads.put("search_name_part", i -> "/api/requests?size=50&q=" + enc(names.get(i % names.size()).substring(0, 4)));
        reads.put("request_page", i -> "/api/requests/" + requests.get(i % requests.size()));
        reads.put("request_history", i -> "/api/requests/" + requests.get(i % requests.size()) + "/history");
        reads.put("process_diagram_data", i -> "/api/requests/" + liveRequests.get(i % liveRequests.size()) + "/progress");
        reads.put("meeting_statistics_largest", i -> "/api/meetings/" + largestMeeting + "/statistics");
        reads.put("meeting_statistics_median", i -> "/api/meetings/" + typicalMeeting + "/statistics");
        reads.put("verify", i -> "/verify/" + tokens.get(i % tokens.size()));
        reads.put("applicant_own_list", i -> "/api/requests?size=50");
        for (Map.Entry<String, IntFunction<String>> read : reads.entrySet()) {
            HttpClient client = read.getKey().equals("applicant_own_list") ? applicant : staff;
            double[] p = time(client, read.getValue(), CALLS, null);
            figures.computeIfAbsent(read.getKey(), k -> new LinkedHashMap<>()).put(size, p);
            lines.add(String.format("scale_%s_%d_p50_p95_ms: %.1f / %.1f", read.getKey(), size, p[0], p[1]));
        }
        // the exports and the chain's verification, with the heap after a GC sampled while they run
        Map<String, String> long_ = new LinkedHashMap<>();
        long_.put("meeting_csv_export_largest", "/api/meetings/" + largestMeeting + "/report.csv");
        long_.put("history_csv_export", "/api/requests/" + liveRequests.get(0) + "/history.csv");
        long_.put("audit_chain_verification", "/api/audit/verify");
        for (Map.Entry<String, String> read : long_.entrySet()) {
            HttpClient client = read.getKey().startsWith("audit") ? auditor : staff;
            double[] heap = {0};
            int calls = read.getKey().startsWith("audit") ? 5 : CALLS / 3;
            double[] p = time(client, i -> read.getValue(), calls, null);
            // the heap apart: a collection every 50 ms slows what it watches
            time(client, i -> read.getValue(), Math.min(calls, 5), heap);
            figures.computeIfAbsent(read.getKey(), k -> new LinkedHashMap<>()).put(size, p);
            lines.add(String.format("scale_%s_%d_p50_p95_ms: %.1f / %.1f", read.getKey(), size, p[0], p[1]));
            lines.add(String.format("scale_%s_%d_heap_after_gc_max_mb: %.0f", read.getKey(), size, heap[0]));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * p50 and p95 of {@code calls} GETs, after {@link #WARM} untimed; with {@code heap}, a thread meanwhile
     * collects the garbage every 50 ms and keeps the largest heap left after it.
     */
    private double[] time(HttpClient client, IntFunction<String> path, int calls, double[] heap) throws Exception {
        Thread sampler = null;
        boolean[] running = {true};
        if (heap != null) {
            sampler = new Thread(() -> {
                while (running[0]) {
                    System.gc();
                    heap[0] = Math.max(heap[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < calls + WARM; i++) {
            if (i == WARM && sampler != null) {
                sampler.start();
            }
            String p = path.apply(i);
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + p))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + p + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            if (i >= WARM) {
                took.add(t);
            }
        }
        running[0] = false;
        if (sampler != null) {
            sampler.join();
        }
        Collections.sort(took);
        return new double[] {Benchmark.percentile(took, 0.50), Benchmark.percentile(took, 0.95)};
    }

    /**
     * A night's work at the largest size: the retention run when a meeting of the last 90 days falls due (the
     * one with the most requests), and the engine's history cleanup of the instances of the largest meeting
     * once their time to live is over.
     */
    private void nightly(ScaleData data, List<String> lines) {
        Meeting due = data.pastMeetings().stream()
                .filter(m -> !m.getLastDay().isBefore(data.today().minusDays(90)))
                .max(java.util.Comparator.comparingLong(m -> jdbc.queryForObject(
                        "select count(*) from visa_request where meeting_id = ?", Long.class, m.getId())))
                .orElseThrow();
        jdbc.update("update meeting set last_day = ? where id = ?", data.today().minusDays(91), due.getId());
        long t0 = System.nanoTime();
        PersonalDataRetention.Result result = app.getBean(PersonalDataRetention.class).purgeDue("benchmark");
        lines.add(String.format("scale_retention_run_of_a_day_s: %.2f (%d requests and %d registrations of %s)",
                (System.nanoTime() - t0) / 1e9, result.requests(), result.registrations(), due.getCode()));

        ProcessEngine engine = app.getBean(ProcessEngine.class);
        HistoryService history = engine.getHistoryService();
        ManagementService management = engine.getManagementService();
        String largest = jdbc.queryForObject("select m.code from meeting m join visa_request r on r.meeting_id = m.id"
                + " where m.last_day < current_date group by m.code order by count(*) desc limit 1", String.class);
        java.sql.Timestamp yesterday = java.sql.Timestamp.from(Instant.now().minusSeconds(86_400));
        String instances = "select p.id_ from act_hi_procinst p join visa_request r on p.business_key_ = r.id::text"
                + " join meeting m on m.id = r.meeting_id where m.code = ?";
        List<String> ids = jdbc.queryForList(instances, String.class, largest);
        int rows = 0;
        for (String table : jdbc.queryForList("select table_name from information_schema.columns where table_schema ="
                + " 'public' and table_name like 'act_hi_%' and column_name = 'root_proc_inst_id_'", String.class)) {
            if (jdbc.queryForObject("select count(*) from information_schema.columns where table_name = ? and column_name"
                    + " = 'removal_time_'", Integer.class, table) > 0) {
                rows += jdbc.update("update " + table + " set removal_time_ = ? where root_proc_inst_id_ in (" + instances
                        + ")", yesterday, largest);
            }
        }
        long before = jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class);
        t0 = System.nanoTime();
        Job job = history.cleanUpHistoryAsync(true);
        int runs = 0;
        while (job != null && runs < 1000 && jdbc.queryForObject("select (select count(*) from act_hi_procinst where"
                + " removal_time_ <= ?) + (select count(*) from act_hi_actinst where removal_time_ <= ?)", Long.class,
                yesterday, yesterday) > 0) {
            management.executeJob(job.getId());
            runs++;
            job = management.createJobQuery().jobId(job.getId()).singleResult();
        }
        long after = jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class);
        lines.add(String.format("scale_history_cleanup_of_a_day_s: %.2f (%d instances of %s, %d rows due, %d activity"
                + " rows removed, %d runs of the cleanup job)", (System.nanoTime() - t0) / 1e9, ids.size(), largest, rows,
                before - after, runs));
    }
}
