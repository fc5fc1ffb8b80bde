package itu.tsb.visa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages in a real browser (Debian's Chromium, headless), on the demo data: an administration
 * signs in, submits a request with a mistake and then correctly, TSB approves it, the letter appears.
 * Screenshots of each step land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:visa-browser;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256", "VISA_ADMIN_PASSWORD=browser-operator-1",
        "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=500"})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SESSION_COOKIE = "JSESSIONID";
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String requestUrl;

    @LocalServerPort
    private int port;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "Debian's chromium-driver is not installed");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        // a condition is checked every 50 ms, not every 500 ms: each wait that is not met at once would
        // otherwise cost a quarter of a second on average, and this class waits a few hundred times
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
        // every page, before its own scripts: the policy's refusals kept for checkPage to read
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e =>"
                        + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile"
                        + " + ':' + e.lineNumber));"));
    }

    private static String axe;

    /**
     * The page as it stands: no refusal by the content security policy since it loaded, and no violation of
     * any impact found by axe-core (WCAG 2.x A and AA, and axe's best practices).
     */
    @SuppressWarnings("unchecked")
    static void checkPage(String what) throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        List<String> refused = (List<String>) js.executeScript("return window.__cspViolations");
        // null would mean the listener was never installed, and the check proved nothing
        assertThat(refused).as("content security policy violations on " + what).isNotNull().isEmpty();
        if (axe == null) {
            try (java.io.InputStream in = BrowserIT.class.getResourceAsStream("/axe-core/4.14.1/axe.min.js")) {
                axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        js.executeScript(axe);
        String violations = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => v.id + ' ('"
                + " + v.impact + '): ' + v.help + ' -- ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' '"
                + " + n.failureSummary.replace(/\\s+/g, ' ')).join(' | ')).join('\\n')), e => done('axe failed: ' + e));");
        assertThat(violations).as("axe on " + what + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login.html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(user.equals("admin") ? "browser-operator-1" : "demo-password-1");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .brand")));
    }

    /** A label (an option) or a button of the review form that form-js drew, once it can be clicked. */
    private static WebElement reviewForm(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='review-form']//*[self::label or"
                + " self::button][normalize-space()='" + text + "']")));
    }

    private static void type(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private static void typeDate(String name, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('[name=\"' + arguments[0] + '\"]').value = arguments[1];", name, date.toString());
    }

    /**
     * The input form-js drew for a field of a form of forms/: named by the field's id there, a person's index in
     * the list after an underscore (Field_s08_0); form-js puts a number of its own before it.
     */
    private static By fjs(String field) {
        return By.cssSelector("[id$='-" + field + "']");
    }

    private static By fjs(String scope, String field) {
        return By.cssSelector(scope + " [id$='-" + field + "']");
    }

    /** Types into a text field form-js drew, replacing what it held, and leaves it (form-js takes the value then). */
    private static void fill(By field, String value) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value, org.openqa.selenium.Keys.TAB);
    }

    /** Types a day into a date field form-js drew, as a person does: 02/03/1978 on both languages' pages. */
    private static void fillDate(By field, LocalDate date) {
        fill(field, date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** Opens a list form-js drew (its -display box) and clicks the option whose text holds {@code text}. */
    private static void pickOption(String scope, String field, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(scope + " [id$='-" + field + "-display']"))).click();
        clickOption(text);
    }

    /** Types into a searchable list form-js drew and clicks the option whose text holds {@code text}. */
    private static void searchOption(String scope, String field, String typed, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(fjs(scope, field)));
        input.click();
        input.sendKeys(typed);
        clickOption(text);
    }

    private static void clickOption(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
                + "[contains(normalize-space(), '" + text + "')]"))).click();
    }

    /** A person of Kenya as typed on the submission form, and what the form fills in from their choices. */
    private record Delegate(String familyName, String function, LocalDate born, String birthPlace, String registration,
            String givenNames, String passport, LocalDate issued, LocalDate expires, String representation, String kind) {
    }

    /** Types the first person of the submission form form-js drew, as a person does. */
    private static void fillTheFirstPerson(Delegate d) {
        fill(fjs("Field_s08_0"), d.familyName());
        fill(fjs("Field_s10_0"), d.function());
        fillDate(fjs("Field_s11_0-date"), d.born());
        fill(fjs("Field_s12_0"), d.birthPlace());
        searchOption("#submission-form", "Field_s13_0", "Ken", "Kenya");
        // the registration picked names its person: the given names follow from it
        fill(fjs("Field_s14_0"), d.registration());
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s09_0"), "value", d.givenNames()));
        fill(fjs("Field_s15_0"), d.passport());
        fill(fjs("Field_s16_0"), "Department of Immigration, Nairobi");
        fillDate(fjs("Field_s17_0-date"), d.issued());
        fillDate(fjs("Field_s18_0-date"), d.expires());
        // the Swiss representation picked from TSB's list, narrowed to the nationality: the rest follows
        searchOption("#submission-form", "Field_sRepr_0", "Nai", d.representation());
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s21_0"), "value", "Nairobi"));
        assertThat(browser.findElement(By.cssSelector("[id$='-Field_s20_0-display']")).getText()).isEqualTo(d.kind());
    }

    @Test
    @Order(1)
    void wrongPasswordIsSaidPlainly() throws Exception {
        browser.get(url("/login.html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
        browser.findElement(By.name("username")).sendKeys("applicant");
        browser.findElement(By.name("password")).sendKeys("not the password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "not right"));
        checkPage("the sign-in page with its refusal");
    }

    @Test
    @Order(2)
    void administrationSubmitsFixesAMistakeAndFollowsItsRequest() throws Exception {
        signIn("applicant");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "TSB/VISA/FG-SMART-2010-06"));
        assertThat(browser.findElement(By.id("pages")).getText()).contains("1–2 of 2");
        screenshot("1-requests");
        checkPage("the applicant's request list");
        // filtered by a status nothing has: an empty page that says so, and the filter kept in the address
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#filters select[name=status]")))
                .selectByValue("WITHDRAWN");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "No request matches."));
        assertThat(browser.getCurrentUrl()).contains("status=WITHDRAWN");
        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "TSB/VISA/FG-SMART-2010-06"));

        // the demo's first page says what to try
        assertThat(browser.findElement(By.id("try-it")).getText()).startsWith("Try it:");
        browser.get(url("/new.html"));
        // the submission form as form-js draws it from forms/submission.form
        wait.until(ExpectedConditions.presenceOfElementLocated(fjs("Field_s08_0")));
        pickOption("#submission-form", "Field_s02", "ITU-T Study Group 13");
        // the entity's registrations for the meeting are offered: no confirmation number to know by heart
        wait.until(d -> !d.findElements(By.cssSelector("#own-registrations option[value='SG13-0001']")).isEmpty());
        fill(fjs("Field_s04"), "Jane Njeri");
        fill(fjs("Field_s05"), "Permanent Secretary");
        // a day that is not one is said so on its field, with what was read: not rolled into March
        fill(fjs("Field_s11_0-date"), "31/02/1985");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submission-form"),
                "‘31/02/1985’ is not a day: that month has 28 days."));
        assertThat(browser.findElement(fjs("Field_s11_0-date")).getAttribute("value")).doesNotContain("03/1985");
        fillTheFirstPerson(new Delegate("Mwangi", "Senior Engineer", LocalDate.of(1978, 3, 2), "Nairobi", "SG13-0001",
                "Grace Wanjiru", "AK-12", LocalDate.now().minusYears(2), LocalDate.now().plusYears(8),
                "Embassy of Switzerland in Kenya (Nairobi)", "Embassy"));
        // kept on the server as a draft while typed: left, listed on the first page, and back as it was
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Draft saved"));
        browser.get(url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drafts")));
        browser.findElement(By.cssSelector("#drafts-list a")).click();
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s08_0"), "value", "Mwangi"));
        assertThat(browser.findElement(fjs("Field_s15_0")).getAttribute("value")).isEqualTo("AK-12");
        assertThat(browser.findElement(fjs("Field_s13_0")).getAttribute("value")).isEqualTo("Kenya");
        assertThat(browser.findElement(fjs("Field_s11_0-date")).getAttribute("value")).isEqualTo("02/03/1978");
        assertThat(browser.findElement(By.id("submission-form")).getText()).doesNotContain("is not a day");
        WebElement send = browser.findElement(By.cssSelector("#submission-form button[type=submit]"));
        send.click();

        // refused by form-js on the submission form's pattern (forms/submission.form), beside the field, before
        // anything is sent; focus is on the field to correct
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s15_0"), "aria-invalid", "true"));
        assertThat(browser.findElement(By.cssSelector("#submission-form .fjs-form-field-error")).getText())
                .contains("5 to 20 letters or digits");
        wait.until(d -> d.switchTo().activeElement().getAttribute("id").endsWith("-Field_s15_0"));
        screenshot("2-field-error");
        checkPage("the new request form with form-js's refusal");
        // refused by the server (the family name is not the registration's), shown on the field it names
        fill(fjs("Field_s15_0"), "AK1234567");
        fill(fjs("Field_s08_0"), "Mwangu");
        send.click();
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s08_0"), "aria-invalid", "true"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("1 field(s) to correct");
        assertThat(browser.findElement(By.cssSelector("#submission-form .fjs-form-field-error")).getText())
                .contains("does not match the family name on registration SG13-0001");
        wait.until(d -> d.switchTo().activeElement().getAttribute("id").endsWith("-Field_s08_0"));
        // a skip link comes first; the person's buttons name the person
        assertThat(browser.findElement(By.cssSelector("body > *:first-child")).getAttribute("class")).isEqualTo("skip");
        assertThat(browser.findElement(By.cssSelector("#submission-form .fjs-repeat-row-remove")).getAttribute("aria-label"))
                .isEqualTo("Remove person 1");
        assertThat(browser.findElement(By.cssSelector("#submission-form .fjs-repeat-render-add")).getText()).isEqualTo("Add a person");
        checkPage("the new request form with the server's refusal");

        fill(fjs("Field_s08_0"), "Mwangi");
        // the session ends before the request is sent: the person signs in again over the page and it is sent
        browser.manage().deleteCookieNamed(SESSION_COOKIE);
        send.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
        screenshot("2b-session-ended");
        checkPage("the sign-in-again dialog");
        browser.findElement(By.cssSelector("#session-ended [name=username]")).sendKeys("applicant");
        browser.findElement(By.cssSelector("#session-ended [name=password]")).sendKeys("demo-password-1");
        browser.findElement(By.id("sign-in-again")).click();
        wait.until(ExpectedConditions.urlContains("/request.html?id="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "under review"));
        assertThat(browser.findElement(By.id("request")).getText()).contains("******567")
                .doesNotContain("AK1234567");
        requestUrl = browser.getCurrentUrl();
        screenshot("3-under-review");
        checkPage("the applicant's request under review");
    }

    @Test
    @Order(3)
    void tsbApprovesAndTheLetterAppears() throws Exception {
        assumeTrue(requestUrl != null);
        signIn("staff");
        browser.get(requestUrl);
        // taken first, so that no one else reviews it at the same time; the decision ends the taking
        wait.until(ExpectedConditions.elementToBeClickable(By.id("take"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment"), "You took this request"));
        // the review form as form-js draws it from forms/review.form: its own check first (nothing is sent),
        // then the server's, shown on the field it names
        reviewForm("Send the decision").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form"), "is required"));
        checkPage("the review form with form-js's refusal");
        reviewForm("Reject").click();
        reviewForm("Send the decision").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form"),
                "a rejection needs a reason the applicant can act on"));
        wait.until(d -> d.switchTo().activeElement().getTagName().equals("textarea"));
        checkPage("the review form with the server's refusal");
        reviewForm("Approve").click();
        reviewForm("Send the decision").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Approved"));
        // the letters and then the notification run as two jobs of the engine's job executor
        awaitLettersIssued(1);
        WebElement link = browser.findElement(By.partialLinkText("Download letter"));
        assertThat(link.getAttribute("href")).contains("/letters/");
        assertThat(browser.findElement(By.id("request")).getText()).contains("letter issued");
        screenshot("4-letter-issued");
        checkPage("the staff's request page with its letter");

        // what the embassy's clerk sees, reached from the letter's QR code: in the browser's language, the other offered
        String token = jdbc.queryForObject("select verify_token from letter order by id desc limit 1", String.class);
        browser.manage().deleteAllCookies();
        browser.get(url("/verify/" + token));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "This letter is valid"));
        screenshot("4b-verify");
        checkPage("/verify");
        browser.findElement(By.linkText("Cette page en français")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Cette lettre est valide"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        checkPage("/verify in French");
    }

    @Test
    @Order(4)
    void staffAddAMeetingAndAreToldWhatIsWrongFirst() throws Exception {
        signIn("staff");
        browser.get(url("/admin.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "FG-SMART-2010-06"));
        WebElement form = browser.findElement(By.id("new-meeting"));
        form.findElement(By.name("code")).sendKeys("SG17-2011-09");
        form.findElement(By.name("title")).sendKeys("ITU-T Study Group 17 meeting");
        typeDate("firstDay", LocalDate.of(2011, 9, 14));
        typeDate("lastDay", LocalDate.of(2011, 9, 5));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.name("lastDay"), "aria-invalid", "true"));
        assertThat(form.findElement(By.cssSelector(".field-error")).getText()).contains("must not be before firstDay");

        typeDate("lastDay", LocalDate.of(2011, 9, 23));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "SG17-2011-09"));
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("17 August 2011");
        // the new meeting closed to new requests, after a question, and reopened
        browser.findElement(By.cssSelector("button[data-close='SG17-2011-09']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "SG17-2011-09 is closed to new requests"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button[data-close='SG17-2011-09']"), "Reopen"));
        browser.findElement(By.cssSelector("button[data-close='SG17-2011-09']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "SG17-2011-09 takes requests again"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button[data-close='SG17-2011-09']"),
                "Close to new requests"));
        screenshot("5-admin");
        checkPage("the admin page with a field error");
    }

    @Test
    @Order(5)
    void auditorReadsTheHistory() throws Exception {
        assumeTrue(requestUrl != null);
        signIn("auditor");
        browser.get(requestUrl.replace("/request.html", "/history.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Review request"));
        // one story from the request's record and the process: actions, decisions with their inputs, steps
        assertThat(browser.findElement(By.id("history")).getText()).contains("Request submitted",
                "Decision: eligibility, passed", "category=MEMBER_STATE", "Check eligibility", "Approved",
                "completed by", "Letter issued").doesNotContain("Personal data read");
        browser.findElement(By.cssSelector("input[name=kind][value=read]")).click();
        assertThat(browser.findElement(By.id("history")).getText()).contains("Personal data read");
        assertThat(browser.findElements(By.cssSelector("a[href$='/history.csv']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("a[href$='/history.pdf']"))).hasSize(1);
        screenshot("6-history");
        checkPage("the history");
        // printed: the record without navigation or controls
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.findElement(By.tagName("header")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("fieldset.filters")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("table.history")).isDisplayed()).isTrue();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

        // the meeting's figures, with their chart, reached from the navigation
        String meeting = browser.findElement(By.cssSelector("#history h1")).getText().split("/")[2];
        browser.findElement(By.linkText("Statistics")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.chart.outcomes g.bar")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("meeting"))).selectByValue(meeting);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.chart.outcomes g.bar[data-key=LETTER_ISSUED]")));
        assertThat(browser.findElement(By.id("statistics")).getText()).contains("Letters issued",
                "Median time from receipt to decision", "letter issued");
        assertThat(browser.getCurrentUrl()).endsWith("?meeting=" + meeting);
        screenshot("6b-statistics");
        checkPage("the statistics");

        browser.get(requestUrl.replace("/request.html", "/process.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-element.passed")));
        assertThat(browser.findElements(By.cssSelector("[data-element-id='EndEvent_LetterIssued'].passed"))).hasSize(1);
        // a badge beside each step, and the same as a list of words
        assertThat(browser.findElements(By.cssSelector(".djs-overlay .badge-passed"))).isNotEmpty();
        assertThat(browser.findElement(By.id("steps")).getText()).contains("Letter issued: passed", "Review request: passed");
        screenshot("7-process");
        checkPage("the process page");
    }

    @Test
    @Order(6)
    void staffImportTheRegistrationSystemsExportAndSeeWhatToCorrect() throws Exception {
        signIn("staff");
        browser.get(url("/admin.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#registration-entity option")));
        String entity = browser.findElement(By.cssSelector("#registration-entity option")).getAttribute("value");
        Path csv = Files.createTempFile("registrations", ".csv");
        Files.writeString(csv, "confirmationNumber,familyName,givenNames,entityId,status\n"
                + "IMP-1,Wanjiru,Grace Nyambura," + entity + ",APPROVED\n"
                + "IMP-2,Kamau,,"  + entity + ",PENDING\n");
        browser.findElement(By.cssSelector("#import-registrations input[type=file]")).sendKeys(csv.toString());
        browser.findElement(By.cssSelector("#import-registrations button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report"), "1 created"));
        assertThat(browser.findElement(By.id("import-report")).getText()).contains("1 refused", "givenNames: is required");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations"), "IMP-1"));
        screenshot("8-import");
        checkPage("the registration import report");

        By reject = By.xpath("//button[text()='Reject IMP-1']");
        browser.findElement(reject).click();
        String asked = wait.until(ExpectedConditions.alertIsPresent()).getText();
        browser.switchTo().alert().dismiss();
        assertThat(browser.findElement(By.id("registrations")).getText()).doesNotContain("rejected");
        browser.findElement(reject).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "IMP-1 is rejected"));
        assertThat(asked).contains("Reject registration IMP-1", "removed from any request");
    }

    @Test
    @Order(7)
    void anAdminDisablesAnAccountAfterSayingWhatItDoes() throws Exception {
        signIn("admin");
        browser.get(url("/admin.html"));
        By disable = By.xpath("//button[text()='Disable auditor']");
        wait.until(ExpectedConditions.elementToBeClickable(disable)).click();
        String question = wait.until(ExpectedConditions.alertIsPresent()).getText();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "auditor is disabled"));
        screenshot("9-users");
        checkPage("the users page");

        browser.manage().deleteAllCookies();
        browser.get(url("/login.html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
        browser.findElement(By.name("username")).sendKeys("auditor");
        browser.findElement(By.name("password")).sendKeys("demo-password-1");
        browser.findElement(By.id("sign-in")).click();
        // said as for a wrong password: the page tells nobody which accounts exist or are disabled
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "not right"));

        signIn("admin");
        browser.get(url("/admin.html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Enable auditor']"))).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "auditor is enabled again"));
        assertThat(question).contains("will no longer be able to sign in");
    }

    @Test
    @Order(8)
    void staffBrowseTheApiDescription() throws Exception {
        signIn("staff");
        browser.get(url("/swagger-ui/index.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("/api/requests/{id}/review");
        screenshot("10-api");
    }

    /**
     * A French reader: the switch on the sign-in page sticks, every page's texts and the API's answers are in
     * French (the decisions worded when read), dates are written the French way, and no text of any page is
     * left without French words.
     */
    @Test
    @Order(9)
    void aFrenchReaderWorksInFrench() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login.html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in"), "Se connecter"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        try {
            signIn("applicant");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Demandes d\u2019appui"));
            browser.get(requestUrl);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "Décisions"));
            String page = browser.findElement(By.id("request")).getText();
            assertThat(page).contains("Reçue le", "dernier jour pour cette réunion", "lettre émise")
                    .doesNotContain("Received ", "the last day");
            assertThat(page).containsPattern("\\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}");
            screenshot("11-request-fr");
            visitEveryPage("applicant");
            // the words form-js writes itself are French too, and so are its own refusals
            browser.get(url("/new.html"));
            wait.until(ExpectedConditions.presenceOfElementLocated(fjs("Field_s08_0")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#submission-form .fjs-repeat-render-add"),
                    "Ajouter une personne"));
            assertThat(browser.findElement(fjs("Field_s11_0-date")).getAttribute("placeholder")).isEqualTo("jj/mm/aaaa");
            assertThat(browser.findElement(By.cssSelector("[id$='-Field_s02-display']")).getText()).isEqualTo("Choisir…");
            browser.findElement(By.cssSelector("#submission-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#submission-form .fjs-form-field-error"),
                    "est obligatoire"));
            assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("Corrigez les champs signalés ci-dessous.");
            checkPage("the new request form with form-js's refusals in French");
            String frenchRequest = aRequestSentInFrench();
            signIn("staff");
            visitEveryPage("staff");
            approveInFrench(frenchRequest);
            signIn("auditor");
            visitEveryPage("auditor");
            browser.get(requestUrl.replace("/request.html", "/history.html"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Historique de"));
            assertThat(missingWords()).isEmpty();
            // back to English, by the same switch
            browser.findElement(By.id("language")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "History of"));
        } finally {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.removeItem('visa.lang')");
        }
    }

    /**
     * A request carried in French on the form-js form, from a registration of its own: filled, sent, and shown
     * under review in French. Returns the request's page.
     */
    private String aRequestSentInFrench() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long entity = json.readTree(call("GET", "/api/me", null)).path("entityId").asLong();
        String code = json.readTree(call("GET", "/api/meetings?open=true", null)).get(0).path("code").asText();
        signIn("staff");
        assertThat(call("POST", "/api/meetings/" + code + "/registrations", "{\"familyName\":\"Chebet\",\"givenNames\":\"Mercy\","
                + "\"entityId\":" + entity + ",\"confirmationNumber\":\"FR-0001\",\"status\":\"APPROVED\"}")).doesNotStartWith("ERROR");
        signIn("applicant");
        browser.get(url("/new.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(fjs("Field_s08_0")));
        // the meeting's French title holds an apostrophe: picked by a part without one
        pickOption("#submission-form", "Field_s02", "Commission d");
        fill(fjs("Field_s04"), "Jane Njeri");
        fill(fjs("Field_s05"), "Secrétaire permanente");
        fillTheFirstPerson(new Delegate("Chebet", "Ingénieure", LocalDate.of(1985, 11, 23), "Eldoret", "FR-0001", "Mercy",
                "CM7654321", LocalDate.now().minusYears(1), LocalDate.now().plusYears(9),
                "Ambassade de Suisse au Kenya (Nairobi)", "Ambassade"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Brouillon enregistré"));
        checkPage("the new request form filled in French");
        browser.findElement(By.cssSelector("#submission-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/request.html?id="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "en examen"));
        assertThat(browser.findElement(By.id("request")).getText()).contains("Chebet", "******321").doesNotContain("CM7654321");
        checkPage("the applicant's request under review, in French");
        return browser.getCurrentUrl();
    }

    /** Staff take the request sent in French and approve it on the French review form; its letter appears. */
    private void approveInFrench(String request) throws Exception {
        browser.get(request);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("take"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment"), "Vous avez pris cette demande"));
        reviewForm("Envoyer la décision").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form"), "est obligatoire"));
        checkPage("the French review form with form-js's refusal");
        reviewForm("Approuver").click();
        reviewForm("Envoyer la décision").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Approuvée"));
        awaitLettersIssued(1);
        assertThat(browser.findElement(By.id("request")).getText()).contains("lettre émise");
        assertThat(browser.findElement(By.partialLinkText("Télécharger la lettre")).getAttribute("href")).contains("/letters/");
        checkPage("the staff's request page with its letter, in French");
    }

    private void visitEveryPage(String who) throws Exception {
        for (String page : List.of("/", "/new.html", "/admin.html", "/statistics.html?meeting=FG-SMART-2010-06", requestUrl.replace(url(""), ""),
                requestUrl.replace(url(""), "").replace("/request.html", "/process.html"))) {
            browser.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .brand")));
            wait.until(d -> !d.findElement(By.tagName("main")).getText().contains("Chargement…"));
            assertThat(missingWords()).as(who + " on " + page).isEmpty();
            assertThat(browser.findElement(By.tagName("header")).getText()).contains("Se déconnecter");
            if (page.startsWith("/statistics.html") && !who.equals("applicant")) {
                // the demo's 2010 meeting: its one request decided, in the singular; numbers the French way (31,9 heures)
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics"), "(1 décidée)"));
                assertThat(browser.findElement(By.id("statistics")).getText()).doesNotContainPattern("\\d\\.\\d (heures|jours)");
            }
            checkPage(who + " on " + page + " in French");
        }
    }

    /**
     * The main pages on a phone (390 px wide), in English and in French: none wider than the screen (the widest elements named when one
     * is), the header folded into a menu that opens, tables' rows as cards that name each value.
     */
    @Test
    @Order(13)
    void theMainPagesFitAPhone() throws Exception {
        assumeTrue(requestUrl != null);
        String request = requestUrl.replace(url(""), "");
        String token = jdbc.queryForObject("select verify_token from letter order by id desc limit 1", String.class);
        signIn("staff");
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String language : List.of("en", "fr")) {
                if (language.equals("fr")) {
                    // the language switch is in the folded menu on a phone: French words are longer
                    browser.get(url("/"));
                    wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-toggle"))).click();
                    wait.until(ExpectedConditions.elementToBeClickable(By.id("language"))).click();
                    wait.until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                }
                for (String page : List.of("/", request, request.replace("/request.html", "/process.html"),
                        request.replace("/request.html", "/history.html"), "/new.html", "/admin.html", "/statistics.html",
                        "/verify/" + token + "?lang=" + language)) {
                    fitsAPhone(page, language);
                }
            }
        } finally {
            // back to English and the desktop for what follows
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.cookie = 'visa.lang=en; path=/'");
            browser.manage().window().setSize(desktop);
        }
    }

    /** One page at 390 px in one language: no wider than the screen, axe passing; the menu and cards on the first. */
    private void fitsAPhone(String page, String language) throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        browser.get(url(page));
        wait.until(d -> !d.findElement(By.tagName("main")).getText().isBlank()
                && !d.findElement(By.tagName("main")).getText().contains("Loading…")
                && !d.findElement(By.tagName("main")).getText().contains("Chargement…"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(400);
        // the width inside the scroll bar: wider than that, the page scrolls sideways
        String tooWide = (String) js.executeScript("const w = document.documentElement.clientWidth;"
                + " if (document.documentElement.scrollWidth <= w) return '';"
                + " return document.documentElement.scrollWidth + ' px: ' + [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement"
                + ".closest('table:not(.cards)'))).slice(0, 6)"
                + ".map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ')"
                + " + ' (or a text wider than its element, which is not named)'");
        assertThat(tooWide).as(page + " on a 390 px screen in " + language).isEmpty();
        checkPage(page + " on a phone in " + language);
        if (page.equals("/")) {
            screenshot("20-phone-requests-" + language);
            WebElement toggle = browser.findElement(By.id("menu-toggle"));
            assertThat(browser.findElement(By.cssSelector("header nav")).isDisplayed()).isFalse();
            toggle.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header nav")));
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.findElement(By.cssSelector("table.cards tbody td[data-label]")).getAttribute("data-label"))
                    .isEqualTo(language.equals("fr") ? "Référence" : "Reference");
        }
        if (page.startsWith("/request.html")) {
            screenshot("21-phone-request-" + language);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> missingWords() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return [...I18n.missing]");
    }

    /** Calls the API from the page, as the signed-in person (a fixture, not what is tested). */
    private static String call(String method, String path, String json) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "App.call(arguments[0], arguments[1], arguments[2] ? JSON.parse(arguments[2]) : undefined)"
                        + ".then(r => done(JSON.stringify(r)), e => done('ERROR ' + e.message + ' ' + JSON.stringify(e.errors)));",
                method, path, json);
    }

    /**
     * Two persons whose passports expire too soon: the applicant corrects both in one round, answers TSB in
     * words, and the request goes to review once, with the answer for staff to read.
     */
    @Test
    @Order(10)
    void aCorrectionRoundCoversBothFlaggedPersonsAndAnswersTsb() throws Exception {
        signIn("applicant");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long entity = json.readTree(call("GET", "/api/me", null)).path("entityId").asLong();
        com.fasterxml.jackson.databind.JsonNode meeting = json.readTree(call("GET", "/api/meetings?open=true", null)).get(0);
        String code = meeting.path("code").asText();
        signIn("staff");
        List<Long> registrations = new java.util.ArrayList<>();
        for (String[] p : new String[][] {{"Achieng", "ROUND-1"}, {"Baraka", "ROUND-2"}}) {
            String made = call("POST", "/api/meetings/" + code + "/registrations", "{\"familyName\":\"" + p[0]
                    + "\",\"givenNames\":\"Test\",\"entityId\":" + entity + ",\"confirmationNumber\":\"" + p[1]
                    + "\",\"status\":\"PENDING\"}");
            assertThat(made).doesNotStartWith("ERROR");
            registrations.add(json.readTree(made).path("id").asLong());
        }
        signIn("applicant");
        // valid three months after the meeting as it is, which the submission checks; the meeting then ends a
        // week later while the registrations are pending, and the process finds both passports too short
        LocalDate lastDay = LocalDate.parse(meeting.path("lastDay").asText());
        String soon = lastDay.plusMonths(3).plusDays(2).toString();
        String person = "{\"familyName\":\"%s\",\"givenNames\":\"Test\",\"function\":\"Engineer\",\"dateOfBirth\":\"1980-01-31\","
                + "\"placeOfBirth\":\"Kisumu\",\"nationality\":\"KE\",\"registrationNumber\":\"%s\",\"passport\":{\"number\":\"%s\","
                + "\"issuingAuthority\":\"Immigration Nairobi\",\"issueDate\":\"" + LocalDate.now().minusYears(1) + "\",\"expiryDate\":\""
                + soon + "\"},\"swissRepresentation\":{\"kind\":\"EMBASSY\",\"city\":\"Nairobi\",\"country\":\"KE\"}}";
        String created = call("POST", "/api/requests", "{\"meeting\":\"" + code + "\",\"language\":\"en\",\"signatory\":"
                + "{\"name\":\"Jane Njeri\",\"title\":\"Permanent Secretary\"},\"participants\":["
                + String.format(person, "Achieng", "ROUND-1", "RA1234567") + "," + String.format(person, "Baraka", "ROUND-2", "RB1234567") + "]}");
        assertThat(created).doesNotStartWith("ERROR");
        signIn("staff");
        moveLastDay(json, code, lastDay.plusDays(7));
        for (long r : registrations) {
            assertThat(call("PUT", "/api/registrations/" + r + "/status", "{\"status\":\"APPROVED\"}"))
                    .doesNotStartWith("ERROR");
        }
        signIn("applicant");
        browser.get(url("/request.html?id=" + json.readTree(created).path("id").asLong()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correction-round")));
        assertThat(browser.findElements(By.cssSelector("#correction-round details[open]"))).hasSize(2);
        String valid = LocalDate.now().plusYears(8).toString();
        for (int k = 0; k < 2; k++) {
            // each person's details drawn by form-js from forms/correction.form; the passport number typed again
            String section = "#correction-round details:nth-of-type(" + (k + 1) + ")";
            fill(fjs(section, "Field_c09"), k == 0 ? "RA1234567" : "RB1234567");
            fillDate(fjs(section, "Field_c12-date"), LocalDate.parse(valid));
        }
        type("answer", "Both passports were renewed; the new numbers are the same.");
        screenshot("12-correction-round");
        checkPage("the correction round");
        browser.findElement(By.id("send-round")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "under review"));
        assertThat(browser.findElement(By.id("request")).getText())
                .contains("The applicant answered on", "Both passports were renewed");
        assertThat(browser.findElements(By.id("correction-round"))).isEmpty();

        // staff ask for one change of one person, field by field: the applicant finds that person opened and
        // that field marked, changes it alone and sends it, the passport number left as it is on record
        long roundRequest = json.readTree(created).path("id").asLong();
        signIn("staff");
        browser.get(url("/request.html?id=" + roundRequest));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-form input[type=radio]")));
        browser.findElement(By.xpath("//*[@id='review-form']//label[contains(normalize-space(), 'Ask for changes')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#review-form .fjs-repeat-render-add"))).click();
        pickOption("#review-form", "Field_r05_0", "Baraka");
        pickOption("#review-form", "Field_r06_0", "Function");
        fill(fjs("#review-form", "Field_r07_0"), "Write the function as on the nomination: Senior Engineer");
        checkPage("a review asking for a change of one person's field");
        browser.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "changes requested"));
        signIn("applicant");
        browser.get(url("/request.html?id=" + roundRequest));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correction-round")));
        assertThat(browser.findElements(By.cssSelector("#correction-round details[open]"))).hasSize(1);
        String baraka = "#correction-round details[open]";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(baraka),
                "Write the function as on the nomination: Senior Engineer"));
        assertThat(browser.findElement(By.cssSelector(baraka + " summary")).getText()).contains("Baraka");
        assertThat(browser.findElement(fjs(baraka, "Field_c09")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.cssSelector(baraka)).getText()).contains("Leave it empty to keep the number on record");
        fill(fjs(baraka, "Field_c04"), "Senior Engineer");
        screenshot("12b-one-field-flagged");
        checkPage("the correction round of one flagged field");
        browser.findElement(By.id("send-round")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "under review"));
        assertThat(browser.findElement(By.id("request")).getText()).contains("Senior Engineer").contains("***567");

        signIn("staff");
        moveLastDay(json, code, lastDay);
        signIn("applicant");
        browser.get(url("/request.html?id=" + json.readTree(created).path("id").asLong()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#add-document input[type=file]")));

        // the passport data page of the first person, attached as a PNG
        Path page = Files.createTempFile("passport-page", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", page.toFile());
        browser.findElement(By.cssSelector("#add-document input[type=file]")).sendKeys(page.toString());
        browser.findElement(By.cssSelector("#add-document button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "Passport data page — Participant 1"));
        assertThat(browser.findElement(By.id("documents")).getText()).contains("PNG").doesNotContain("Open");

        // the same two persons copied into a new request: all but their passport and registration numbers
        browser.get(url("/new.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(fjs("Field_s08_0")));
        browser.findElement(By.cssSelector("#copy summary")).click();
        String twoPersons = wait.until(d -> (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const o = [...document.querySelectorAll('#copy-from option')].find(o => o.text.includes('(2 person(s))'));"
                        + " return o ? o.value : null;"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("copy-from"))).selectByValue(twoPersons);
        browser.findElement(By.id("copy-read")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("copy-report"), "2 person(s) copied"));
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s08_1"), "value", "Baraka"));
        assertThat(browser.findElement(fjs("Field_s15_1")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(fjs("Field_s13_1")).getAttribute("value")).isEqualTo("Kenya");
    }

    /** Staff move a meeting's last day (its first day kept): a passport valid for the old days may not be for the new. */
    private static void moveLastDay(com.fasterxml.jackson.databind.ObjectMapper json, String code, LocalDate lastDay)
            throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                call("GET", "/api/meetings/" + code, null));
        com.fasterxml.jackson.databind.node.ObjectNode body = json.createObjectNode();
        for (String f : List.of("title", "titleFr", "venue", "venueFr", "firstDay", "requestDaysBefore")) {
            body.set(f, m.get(f));
        }
        body.put("lastDay", lastDay.toString());
        body.set("eligibleCategories", m.get("eligibleCategories"));
        assertThat(call("PUT", "/api/meetings/" + code, json.writeValueAsString(body))).doesNotStartWith("ERROR");
    }

    /**
     * Waits until the request on the page has its letters and is marked as issued, asking the API from the
     * page every 200 ms (reloading a page of 50 persons each time cost more than the letters), and then shows
     * the page again.
     */
    private static void awaitLettersIssued(int letters) throws Exception {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < 300; i++) {
            com.fasterxml.jackson.databind.JsonNode request = json.readTree(call("GET", "/api/requests/" + id, null));
            if (request.path("status").asText().equals("LETTER_ISSUED") && request.path("letters").size() >= letters) {
                break;
            }
            Thread.sleep(200);
        }
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#request h1")));
    }

    /** Sends a CSV text from the page, as the signed-in person (a fixture, not what is tested). */
    private static String upload(String path, String csv) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "App.upload(arguments[0], new Blob([arguments[1]], { type: 'text/csv' }), 'text/csv')"
                        + ".then(r => done(JSON.stringify(r)), e => done('ERROR ' + e.message + ' ' + JSON.stringify(e.errors)));",
                path, csv);
    }

    /** A delegation of 50 from a spreadsheet: read and checked on the page, sent, approved, 50 letters. */
    @Test
    @Order(11)
    void aDelegationOfFiftyGoesFromASpreadsheetToFiftyLetters() throws Exception {
        signIn("applicant");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long entity = json.readTree(call("GET", "/api/me", null)).path("entityId").asLong();
        com.fasterxml.jackson.databind.JsonNode meeting = json.readTree(call("GET", "/api/meetings?open=true", null)).get(0);
        String code = meeting.path("code").asText();
        StringBuilder registrations = new StringBuilder("confirmationNumber,familyName,givenNames,entityId,status\n");
        StringBuilder delegates = new StringBuilder("\uFEFF" + String.join(",", itu.tsb.visa.request.submission.DelegateSheet.COLUMNS) + "\r\n");
        for (int i = 1; i <= 50; i++) {
            String family = "Müller-Ñandú " + (char) ('A' + (i - 1) % 26) + (i > 26 ? "b" : "");
            registrations.append(String.format("BIG-%02d,%s,Łukasz,%d,APPROVED%n", i, family, entity));
            delegates.append(String.format("%s,Łukasz,Delegate,%02d/03/1975,Kraków,Poland,BIG-%02d,PX%07d,\"Voivode, Kraków\",%s,%s,"
                    + "Embassy,Nairobi,Kenya\r\n", family, 1 + i % 28, i, 1000000 + i, LocalDate.now().minusYears(1),
                    LocalDate.now().plusYears(9)));
        }
        signIn("staff");
        assertThat(upload("/api/meetings/" + code + "/registrations/import", registrations.toString())).contains("\"created\":50");

        signIn("applicant");
        browser.get(url("/new.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(fjs("Field_s08_0")));
        pickOption("#submission-form", "Field_s02", meeting.path("title").asText());
        fill(fjs("Field_s04"), "Jane Njeri");
        fill(fjs("Field_s05"), "Permanent Secretary");
        browser.findElement(By.cssSelector("#sheet summary")).click();
        Path file = Files.createTempFile("delegates", ".csv");
        Files.writeString(file, delegates.toString(), java.nio.charset.StandardCharsets.UTF_8);
        browser.findElement(By.id("sheet-file")).sendKeys(file.toString());
        browser.findElement(By.id("sheet-read")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-report"), "50 person(s) read"));
        // nothing refused: the report is its one sentence (no table, and no "null" where the table would be)
        assertThat(browser.findElement(By.id("sheet-report")).getText())
                .isEqualTo("50 person(s) read and added; 0 line(s) to correct.");
        assertThat(browser.findElements(By.cssSelector("#submission-form .fjs-repeat-row-remove"))).hasSize(50);
        assertThat(browser.findElement(fjs("Field_s08_49")).getAttribute("value")).startsWith("Müller-Ñandú");
        screenshot("13-delegation");
        checkPage("the delegation's request");
        browser.findElement(By.cssSelector("#submission-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/request.html?id="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "under review"));
        String request = browser.getCurrentUrl();

        signIn("staff");
        browser.get(request);
        reviewForm("Approve").click();
        reviewForm("Send the decision").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Approved"));
        awaitLettersIssued(50);
        assertThat(browser.findElements(By.partialLinkText("Download letter"))).hasSize(50);
        // and the request is done: the focal points were told (that step once failed for a delegation this large)
        assertThat(browser.findElement(By.id("request")).getText()).contains("letter issued");
    }

    /**
     * TSB staff record a request that came by e-mail: the intake form (forms/intake.form) and the submission
     * form, both drawn by form-js, the delegate pasted from a spreadsheet filling the form's persons.
     */
    @Test
    @Order(12)
    void tsbRecordsAnEmailedRequestWithItsDelegatePasted() throws Exception {
        signIn("applicant");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long entity = json.readTree(call("GET", "/api/me", null)).path("entityId").asLong();
        com.fasterxml.jackson.databind.JsonNode meeting = json.readTree(call("GET", "/api/meetings?open=true", null)).get(0);
        String code = meeting.path("code").asText();
        signIn("staff");
        assertThat(call("POST", "/api/meetings/" + code + "/registrations", "{\"familyName\":\"Wekesa\",\"givenNames\":\"Ruth\","
                + "\"entityId\":" + entity + ",\"confirmationNumber\":\"MAIL-1\",\"status\":\"APPROVED\"}")).doesNotStartWith("ERROR");
        browser.get(url("/new.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(fjs("#intake-form", "Field_i02")));
        pickOption("#intake-form", "Field_i02", "Ministry of Information, Communications and Technology");
        pickOption("#intake-form", "Field_i03", "E-mail");
        // yesterday at 08:30: today's 08:30 is still to come in the small hours, and a request cannot come from the future
        fillDate(fjs("#intake-form", "Field_i04-date"), LocalDate.now(java.time.ZoneId.of("Europe/Zurich")).minusDays(1));
        fill(fjs("#intake-form", "Field_i04-time"), "08:30");
        pickOption("#submission-form", "Field_s02", meeting.path("title").asText());
        fill(fjs("Field_s04"), "Jane Njeri");
        fill(fjs("Field_s05"), "Permanent Secretary");
        browser.findElement(By.cssSelector("#sheet summary")).click();
        String line = String.format("Wekesa,Ruth,Engineer,31/01/1980,Kisumu,Kenya,MAIL-1,RW1234567,Immigration Nairobi,%s,%s,"
                + "Embassy,Nairobi,Kenya", LocalDate.now().minusYears(1), LocalDate.now().plusYears(9));
        browser.findElement(By.id("sheet-text")).sendKeys(String.join(",", itu.tsb.visa.request.submission.DelegateSheet.COLUMNS) + "\n" + line);
        browser.findElement(By.id("sheet-read")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-report"), "1 person(s) read"));
        // the empty first person is replaced by the one read
        wait.until(ExpectedConditions.attributeToBe(fjs("Field_s08_0"), "value", "Wekesa"));
        assertThat(browser.findElements(By.cssSelector("#submission-form .fjs-repeat-row-remove"))).hasSize(1);
        assertThat(browser.findElement(fjs("Field_s11_0-date")).getAttribute("value")).isEqualTo("31/01/1980");
        assertThat(browser.findElement(fjs("Field_s13_0")).getAttribute("value")).isEqualTo("Kenya");
        checkPage("the intake of a request received by e-mail");
        browser.findElement(By.cssSelector("#submission-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/request.html?id="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request"), "received by e-mail"));
        assertThat(browser.findElement(By.id("request")).getText()).contains("Wekesa, Ruth", "08:30");
        // four eyes: who recorded it is told why another member of staff approves it, and is not offered to approve
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("four-eyes"),
                "You recorded this request, received by e-mail"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-form input[type=radio]")));
        assertThat(browser.findElements(By.cssSelector("#review-form input[type=radio]"))).hasSize(2);
        assertThat(browser.findElement(By.id("review-form")).getText()).contains("Ask for changes", "Reject")
                .doesNotContain("Approve");
    }
}
