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
import itu.tsb.visa.request.Requests;
import itu.tsb.visa.request.SubmitRequest;
import itu.tsb.visa.request.VisaRequest;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.support.EmbeddedPostgresSupport;

/**
 * Prints one {@code name: value} line per figure. Runs with {@code mvn -Pbenchmark verify} on an
 * embedded PostgreSQL with history level full:
 * <ul>
 * <li>requests per second from submission to UNDER_REVIEW (eligibility DMN, window, registrations,
 * passport checks, encryption, audit), beside a baseline process with the same number of service tasks
 * and one transaction per instance, doing nothing;</li>
 * <li>p50/p95 latency of {@code POST /api/requests} at 1, 8 and 32 concurrent clients (session login);</li>
 * <li>milliseconds per letter beside the simplest PDF/A document with the same font.</li>
 * </ul>
 */
public final class Benchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int MEASURED = Integer.getInteger("bench.requests", 500);
    private static final int HTTP_PER_LEVEL = Integer.getInteger("bench.http", 320);

    public static void main(String[] args) throws Exception {
        // letters first, on a quiet JVM: the figure is per letter, single thread, warm
        Map<String, String> letters = LetterBenchmark.run(1000, 2000);
        String url = EmbeddedPostgresSupport.jdbcUrl();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(VisaApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=0",
                "--visa.data-key=YmVuY2htYXJrLWtleS0zMi1ieXRlcy1sb25nLW9rISE=",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
                "--spring.jpa.properties.hibernate.generate_statistics=" + Boolean.getBoolean("bench.sqlstats"),
                "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener="
                        + (Boolean.getBoolean("bench.sqlstats") ? "info" : "warn"));
        try {
            List<String> lines = new ArrayList<>();
            lines.add("history_level: " + app.getBean(ProcessEngine.class).getProcessEngineConfiguration().getHistory());
            lines.add("database: PostgreSQL (embedded)");
            lines.add("cores: " + Runtime.getRuntime().availableProcessors());
            lifecycle(app, lines);
            http(app, lines);
            letters.forEach((k, v) -> {
                if (!k.endsWith("_ignore")) {
                    lines.add(k + ": " + v);
                }
            });
            lines.forEach(System.out::println);
        } finally {
            app.close();
            EmbeddedPostgresSupport.stop();
        }
    }

    private record Fixture(Organization entity, Meeting meeting, String registration) {
    }

    private static Fixture fixture(ConfigurableApplicationContext app, String suffix) {
        ReferenceData reference = app.getBean(ReferenceData.class);
        Organization entity = reference.createOrganization("Benchmark administration " + suffix, "KE",
                MembershipCategory.MEMBER_STATE, LocalDate.of(1960, 1, 1), null);
        LocalDate first = LocalDate.now(app.getBean(java.time.Clock.class)).plusDays(90);
        Meeting meeting = reference.createMeeting("BENCH-" + suffix, "Benchmark meeting", "Geneva", first,
                first.plusDays(4), 28, null);
        reference.register(meeting.getCode(), "Mwangi", "Grace Wanjiru", entity.getId(), "BENCH-" + suffix + "-1",
                RegistrationStatus.APPROVED);
        return new Fixture(entity, meeting, "BENCH-" + suffix + "-1");
    }

    private static SubmitRequest aRequest(Fixture f, LocalDate today) {
        return new SubmitRequest(f.meeting().getCode(), null, null, null, "fr", "Jane Njeri", "Permanent Secretary",
                List.of(new PersonDetails("Mwangi", "Grace Wanjiru", "Engineer", LocalDate.of(1978, 3, 2), "Nairobi",
                        "KE", f.registration(), "AK1234567", "Immigration Nairobi", today.minusYears(1),
                        today.plusYears(9), RepresentationKind.EMBASSY, "Nairobi", "KE")));
    }

    private static void lifecycle(ConfigurableApplicationContext app, List<String> lines) {
        Fixture f = fixture(app, "LIFE");
        Requests requests = app.getBean(Requests.class);
        CurrentUser applicant = new CurrentUser("bench", "n/a", Role.APPLICANT, f.entity().getId());
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        RuntimeService runtime = app.getBean(ProcessEngine.class).getRuntimeService();
        app.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
                .addModelInstance("baseline.bpmn", baselineProcess()).deploy();
        TransactionTemplate tx = new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class));

        for (int i = 0; i < WARMUP; i++) {
            submitChecked(requests, f, applicant, today);
            tx.executeWithoutResult(s -> runtime.startProcessInstanceByKey("Process_Baseline", Map.of("requestId", 1L)));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            submitChecked(requests, f, applicant, today);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long id = i;
            tx.executeWithoutResult(s -> runtime.startProcessInstanceByKey("Process_Baseline", Map.of("requestId", id)));
        }
        long t2 = System.nanoTime();
        double lifecycleRps = MEASURED / ((t1 - t0) / 1e9);
        double baselineRps = MEASURED / ((t2 - t1) / 1e9);
        lines.add("lifecycle_requests: " + MEASURED);
        lines.add("lifecycle_submit_to_under_review_per_s: " + String.format("%.1f", lifecycleRps));
        lines.add("baseline_process_per_s: " + String.format("%.1f", baselineRps));
        lines.add("lifecycle_ratio_baseline_to_lifecycle: " + String.format("%.2f", baselineRps / lifecycleRps));
    }

    private static void submitChecked(Requests requests, Fixture f, CurrentUser applicant, LocalDate today) {
        VisaRequest r = requests.submit(aRequest(f, today), applicant, null);
        if (r.getStatus() != RequestStatus.UNDER_REVIEW) {
            throw new IllegalStateException("benchmark request ended " + r.getStatus());
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
        Fixture f = fixture(app, "HTTP");
        app.getBean(Users.class).ensure("bench-applicant", "benchmark-password", Role.APPLICANT, f.entity().getId());
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        String body = """
                {"meeting":"%s","language":"fr","signatory":{"name":"Jane Njeri","title":"Permanent Secretary"},
                 "participants":[{"familyName":"Mwangi","givenNames":"Grace","function":"Engineer",
                 "dateOfBirth":"1978-03-02","placeOfBirth":"Nairobi","nationality":"KE","registrationNumber":"%s",
                 "passport":{"number":"AK1234567","issuingAuthority":"Immigration","issueDate":"%s","expiryDate":"%s"},
                 "swissRepresentation":{"kind":"EMBASSY","city":"Nairobi","country":"KE"}}]}
                """.formatted(f.meeting().getCode(), f.registration(), today.minusYears(1), today.plusYears(9));
        for (int clients : new int[] {1, 8, 32}) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            int perClient = HTTP_PER_LEVEL / clients;
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    CookieManager cookies = new CookieManager();
                    HttpClient client = signedIn(port, cookies);
                    String xsrf = cookies.getCookieStore().getCookies().stream()
                            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
                    for (int i = 0; i < perClient + 5; i++) {
                        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/requests"))
                                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send(post, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t0;
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
                        }
                        if (i >= 5) {
                            latencies.add(took);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            lines.add("post_requests_c" + clients + "_p50_ms: " + String.format("%.1f", percentile(sorted, 0.50)));
            lines.add("post_requests_c" + clients + "_p95_ms: " + String.format("%.1f", percentile(sorted, 0.95)));
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Signs in once through the login form, as our pages do; later calls carry the session cookie. */
    private static HttpClient signedIn(int port, CookieManager cookies) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csrf")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token: " + page);
        }
        String form = "username=bench-applicant&password=benchmark-password&_csrf="
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
