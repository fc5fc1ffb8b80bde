package itu.tsb.visa.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import itu.tsb.visa.support.EmbeddedPostgresSupport;

/**
 * Two application nodes on loopback ports share one PostgreSQL. Both start at once on a new database: each
 * waits for the start lock before it touches a table (the test holds the lock until both wait, and finds
 * no table then), so that only one creates the schemas. Requests are submitted and approved
 * through both, by several clients at once; halfway, one node is killed with SIGKILL (no shutdown, its
 * jobs left locked). Each node runs in a JVM of its own: a node in the test's JVM would share the engine's
 * clock with the test contexts there, which is static and set by their test clock to 2010 (tried: the
 * other node took that node's jobs as expired as soon as they were locked, and the killed node's locks
 * never expired for it, so their letters were never issued). Clients that lose their node go on with the other one, sending the same submission
 * again under its Idempotency-Key. In the end the database shows, for every request that was answered as
 * approved, exactly one valid letter per person, one "letters issued" notification and its decisions:
 * nothing answered is lost and nothing is done twice.
 *
 * <p>Run at the size of a real meeting: {@code mvn verify -Dit.test=TwoNodesIT -Dtwo-nodes.requests=500}
 * (40 in the normal test run). Each node's log is in {@code target/two-nodes/}.
 */
class TwoNodesIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ADMIN = "operator-chosen-password";
    private static final String PASSWORD = "two-nodes-password";
    /** The start lock's key, as {@code shared.FirstStartLock} takes it. */
    private static final long START_LOCK = 0x56495341L;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts a node's JVM; {@link #awaitReady} waits until its sign-in page answers. */
    private Process launchNode(String name, int port, String dbUrl) throws Exception {
        Path logs = Path.of("target", "two-nodes");
        Files.createDirectories(logs);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the demo run's options: two nodes, the test and a database share two cores
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath(), "itu.tsb.visa.VisaApplication")
                .directory(logs.toFile()).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("VISA_DB_URL", dbUrl.substring(0, dbUrl.indexOf('?')));
        env.put("VISA_DB_USER", "postgres");
        env.put("VISA_DB_PASSWORD", "postgres");
        env.put("VISA_DATA_KEY", "dHdvLW5vZGVzLXRlc3Qta2V5LW9mLTMyLWJ5dGVzISE=");
        env.put("VISA_ADMIN_PASSWORD", ADMIN);
        env.put("VISA_JOB_EXECUTION", "true");
        env.put("VISA_JOB_LOCK_MILLIS", "10000");
        Process p = pb.start();
        nodes.add(p);
        return p;
    }

    /** Until both nodes wait for the start lock, which the test holds. */
    private static void awaitBothWaitingForTheStartLock(JdbcTemplate db, Process... nodes) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            for (int i = 0; i < nodes.length; i++) {
                if (!nodes[i].isAlive()) {
                    String name = "node-" + (char) ('a' + i);
                    throw new IllegalStateException(name + " stopped; see target/two-nodes/" + name + ".log");
                }
            }
            if (db.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                    + " and classid = 0 and objid = ?", Integer.class, START_LOCK) == nodes.length) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the nodes did not wait for the start lock the test holds");
    }

    /**
     * Until the admin can call the node: its sign-in page answers a moment sooner, before the ready event
     * has made the admin account on a new database.
     */
    private Process awaitReady(String name, int port, Process p) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new IllegalStateException(name + " stopped; see target/two-nodes/" + name + ".log");
            }
            try {
                if (call("GET", port, "/api/entities", "admin", null, null).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start in time");
    }

    /**
     * The test's class path, spelled out: the test runner may hand it over as one jar whose manifest lists
     * the rest, and the application would then find its process definitions twice.
     */
    private static String classpath() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
            // an empty entry would stand for the working directory, and with it the sources' bpmn/ folder
            return java.util.Arrays.stream(cp.split(File.pathSeparator)).filter(e -> !e.isBlank())
                    .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(
                            File.pathSeparator));
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
            String listed = jar.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : listed.trim().split("\\s+")) {
                entries.add(Path.of(URI.create(url.startsWith("file:") ? url
                        : new File(cp).getParentFile().toURI().resolve(url).toString())).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
    }

    /**
     * A call as {@code who}: "admin" signs in with the operator's password (HTTP Basic), anyone else calls
     * with the API token issued to them, as the systems that feed a node do: a password costs a bcrypt
     * check at each call, and 80 of those in a row would be most of what the nodes do here.
     */
    private HttpResponse<String> call(String method, int port, String path, String who, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if ("admin".equals(who)) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN)
                    .getBytes(StandardCharsets.UTF_8)));
        } else if (who != null) {
            b.header("Authorization", "Bearer " + who);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates the account (as admin) and has a token issued to it; returns the token. */
    private String tokenFor(int port, String account) throws IOException, InterruptedException {
        HttpResponse<String> created = call("POST", port, "/api/users", "admin", account, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> issued = call("POST", port, "/api/users/" + id(created) + "/tokens", "admin", null, null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher m = TOKEN.matcher(issued.body());
        assertThat(m.find()).as(issued.body()).isTrue();
        return m.group(1);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The requests of the meeting that are not issued, with what the engine holds for each: to tell why. */
    private static String unfinished(JdbcTemplate db, String meeting) {
        return db.queryForList("select r.id, r.status from visa_request r join meeting m on m.id = r.meeting_id"
                + " where m.code = ? and r.status <> 'LETTER_ISSUED'", meeting).stream()
                .map(r -> r + " jobs " + db.queryForList("select j.handler_type_, j.lock_owner_, j.lock_exp_time_,"
                        + " j.retries_, j.duedate_, j.exception_msg_ from act_ru_job j join act_ru_execution e"
                        + " on e.id_ = j.process_instance_id_ where e.business_key_ = ?", r.get("id").toString())
                        + " incidents " + db.queryForList("select i.incident_msg_ from act_ru_incident i join"
                                + " act_ru_execution e on e.id_ = i.proc_inst_id_ where e.business_key_ = ?",
                                r.get("id").toString()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void aNodeKilledMidLoadLosesNothingAndNothingIsDoneTwice() throws Exception {
        int size = Integer.getInteger("two-nodes.requests", 40);
        String dbUrl = EmbeddedPostgresSupport.jdbcUrl("two_nodes");
        int[] ports = {freePort(), freePort()};
        // both start at once on the new database, as a deployment of two replicas does; each waits for the start
        // lock (held here until both wait) before it touches a table, then they start one after the other
        JdbcTemplate db = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), dbUrl));
        Process nodeA;
        Process nodeB;
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection(dbUrl);
                java.sql.Statement lock = holder.createStatement()) {
            lock.execute("select pg_advisory_lock(" + START_LOCK + ")");
            nodeA = launchNode("node-a", ports[0], dbUrl);
            nodeB = launchNode("node-b", ports[1], dbUrl);
            awaitBothWaitingForTheStartLock(db, nodeA, nodeB);
            assertThat(db.queryForObject("select count(*) from pg_tables where schemaname = 'public'", Integer.class))
                    .as("tables made before the start lock was taken").isZero();
        }
        awaitReady("node-a", ports[0], nodeA);
        awaitReady("node-b", ports[1], nodeB);
        int a = ports[0];

        long entity = id(call("POST", a, "/api/entities", "admin", "{\"name\":\"Administration\",\"country\":\"KE\","
                + "\"category\":\"MEMBER_STATE\",\"memberFrom\":\"1960-01-01\"}", null));
        LocalDate first = LocalDate.now().plusMonths(3);
        String meeting = "TWO-NODES-" + System.nanoTime();
        assertThat(call("POST", a, "/api/meetings", "admin", "{\"code\":\"" + meeting + "\",\"title\":\"Meeting\","
                + "\"venue\":\"Geneva\",\"firstDay\":\"" + first + "\",\"lastDay\":\"" + first.plusDays(2) + "\"}", null)
                .statusCode()).isEqualTo(201);
        String focal = tokenFor(a, "{\"username\":\"focal\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"APPLICANT\",\"entityId\":" + entity + ",\"email\":\"focal@example.test\"}");
        String reviewer = tokenFor(a, "{\"username\":\"reviewer\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"TSB_STAFF\"}");
        for (int i = 0; i < size; i++) {
            assertThat(call("POST", a, "/api/meetings/" + meeting + "/registrations", reviewer, "{\"familyName\":\"Person"
                    + i + "\",\"givenNames\":\"Given\",\"entityId\":" + entity + ",\"confirmationNumber\":\"R-" + i
                    + "\",\"status\":\"APPROVED\"}", null).statusCode()).isEqualTo(201);
        }

        Map<Integer, Long> approved = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int n = i;
            work.add(clients.submit(() -> {
                String submission = "{\"meeting\":\"" + meeting + "\",\"language\":\"fr\",\"signatory\":{\"name\":\"Jane"
                        + " Njeri\",\"title\":\"Permanent Secretary\"},\"participants\":[{\"familyName\":\"Person" + n
                        + "\",\"givenNames\":\"Given\",\"function\":\"Engineer\",\"dateOfBirth\":\"1980-01-31\","
                        + "\"placeOfBirth\":\"Nairobi\",\"nationality\":\"KE\",\"registrationNumber\":\"R-" + n + "\","
                        + "\"passport\":{\"number\":\"TN" + (1000000 + n) + "\",\"issuingAuthority\":\"Immigration\","
                        + "\"issueDate\":\"" + LocalDate.now().minusYears(1) + "\",\"expiryDate\":\""
                        + LocalDate.now().plusYears(5) + "\"},\"swissRepresentation\":{\"kind\":\"EMBASSY\","
                        + "\"city\":\"Nairobi\",\"country\":\"KE\"}}]}";
                long request = -1;
                for (int attempt = 0; request < 0; attempt++) {
                    int port = ports[(n + attempt) % 2];
                    try {
                        HttpResponse<String> r = call("POST", port, "/api/requests", focal, submission, "submit-" + n);
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                        request = id(r);
                    } catch (IOException nodeGone) {
                        assertThat(attempt).as("request %s found no node", n).isLessThan(4);
                    }
                }
                for (int attempt = 0; ; attempt++) {
                    int port = ports[(n + attempt) % 2];
                    try {
                        HttpResponse<String> r = call("POST", port, "/api/requests/" + request + "/review", reviewer,
                                "{\"decision\":\"APPROVE\"}", null);
                        // 409 after a retry: the first approval did commit before its node went away
                        assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
                        approved.put(n, request);
                        break;
                    } catch (IOException nodeGone) {
                        assertThat(attempt).as("approval %s found no node", n).isLessThan(4);
                    }
                }
                done.incrementAndGet();
                return null;
            }));
        }
        while (done.get() < size / 2) {
            Thread.sleep(50);
        }
        nodeA.destroyForcibly(); // SIGKILL, mid-load
        for (Future<?> f : work) {
            f.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();

        // the letters first, then the step that tells the focal points (a job of its own: one that the killed
        // node held waits for its lock to expire before the other node runs it)
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int issued = 0;
        int told = 0;
        while (System.nanoTime() < until) {
            issued = db.queryForObject("select count(*) from visa_request r join meeting m on m.id = r.meeting_id"
                    + " where m.code = ? and r.status = 'LETTER_ISSUED'", Integer.class, meeting);
            told = db.queryForObject("select count(distinct n.request_id) from notification n join visa_request r on"
                    + " r.id = n.request_id join meeting m on m.id = r.meeting_id where m.code = ? and n.subject like"
                    + " '%Letters issued'", Integer.class, meeting);
            if (issued == size && told == size) {
                break;
            }
            Thread.sleep(200);
        }

        assertThat(approved).hasSize(size);
        assertThat(db.queryForObject("select count(*) from visa_request r join meeting m on m.id = r.meeting_id"
                + " where m.code = ?", Integer.class, meeting)).as("one request per submission").isEqualTo(size);
        assertThat(issued).as(() -> "every approved request has its letters; the others and their jobs:\n"
                + unfinished(db, meeting)).isEqualTo(size);
        for (long request : approved.values()) {
            assertThat(db.queryForObject("select count(*) from letter where request_id = ? and status = 'ISSUED'",
                    Integer.class, request)).as("valid letters of request %s", request).isEqualTo(1);
            assertThat(db.queryForObject("select count(*) from notification where request_id = ? and subject like"
                    + " '%Letters issued'", Integer.class, request)).as("notifications of %s", request).isEqualTo(1);
            assertThat(db.queryForList("select rule || ':' || outcome from decision where request_id = ?", String.class,
                    request)).as("decisions of %s", request).contains("MEETING_AHEAD:PASSED", "ELIGIBILITY:PASSED",
                            "SUBMISSION_WINDOW:PASSED", "REGISTRATION:PASSED", "TRAVEL_DOCUMENT:PASSED",
                            "REVIEW:APPROVED", "LETTER:ISSUED");
        }
        assertThat(new File("target/two-nodes/node-b.log")).exists();
    }
}
