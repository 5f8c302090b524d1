package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as each role sees it, against WCAG 2.1 AA with axe-core: no violation. In plain words: no page shows a
 * contract's class name or a constant. And the whole consultation workflow done with the keyboard alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    /** Contract class names and constants: what a person must never have to read on a page. */
    private static final Pattern INTERNAL = Pattern.compile("\\b(Consultation|StaffLoan|Representation|ActivityResult"
            + "|Step|Report|PersonalData|UnprovenEvents)[A-Z][a-z]+[A-Za-z]*\\b|\\b(REQUESTED|COMMENTED|DECLINED|"
            + "WITHDRAWN|PROPOSED|AGREED|STARTED|COMPLETED|CANCELLED|ACCEPTED|ATTENDED|ACKNOWLEDGED|NO_COMMENT|"
            + "SUPPORT|OPPOSE|NEUTRAL|STAFF_LOAN|CONSULTATION|REPRESENTATION|EMG_IMG|GBF_OEWG)\\b");

    private static NodePair pair;
    private static String consultation;
    private static String open;
    private static String result;
    private static String commentEvent;

    @BeforeAll
    static void itemsOfEveryKind() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http cites = pair.cites().http("recorder");
        consultation = request(cites, "Sphyrna lewini", "2025-06-30");
        open = request(cites, "Gyps africanus", LocalDate.now().plusDays(20).toString());
        pair.awaitConverged();
        assertThat(pair.cms().http("recorder").post("/api/consultations/" + consultation + "/comment",
                "{\"position\":\"SUPPORT\",\"text\":\"CMS supports the listing.\",\"actedOn\":\"2025-06-12\"}")
                .status()).isEqualTo(200);
        result = cites.post("/api/results", "{\"programme\":\"2021-2025\",\"activityCodes\":[\"D1\"],\"year\":2025,"
                + "\"text\":\"Annual coordination meeting held.\",\"joint\":true,\"actedOn\":\"2025-10-15\"}")
                .json().get("id").asText();
        assertThat(cites.post("/api/staff-loans", "{\"host\":\"CMS\",\"role\":\"Programme Officer\",\"purpose\":"
                + "\"CoP support\",\"startDate\":\"2025-02-01\",\"endDate\":\"2025-03-01\",\"programme\":"
                + "\"2021-2025\",\"activityCodes\":[\"D3\"],\"actedOn\":\"2025-01-10\"}").status()).isEqualTo(201);
        assertThat(cites.post("/api/representations", "{\"representative\":\"CMS\",\"body\":\"EMG_IMG\","
                + "\"meeting\":\"EMG Senior Officials\",\"startDate\":\"2025-09-01\",\"endDate\":\"2025-09-02\","
                + "\"programme\":\"2021-2025\",\"activityCodes\":[\"D4\"],\"actedOn\":\"2025-08-01\"}").status())
                .isEqualTo(201);
        pair.awaitConverged();
        for (var h : pair.cms().http("auditor").get("/api/commitments/" + consultation).json().get("history")) {
            if (h.get("type").asText().equals("ConsultationCommentSubmitted")) {
                commentEvent = h.get("eventId").asText();
            }
        }
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    @Order(1)
    void everyPageAsEachRoleSeesItHasNoViolationAndNoInternalName() {
        Map<String, String> problems = new LinkedHashMap<>();
        try (Browser b = new Browser(pair.cites().baseUrl())) {
            check(b, "/login", problems);
            b.signIn("recorder", "recorder");
            for (String page : List.of("/", "/ledger", "/ledger?species=sharks", "/reports", "/search?q=sharks",
                    "/items/" + consultation, "/items/" + open, "/results/" + result, "/steps/request-consultation",
                    "/steps/propose-loan", "/steps/request-representation", "/steps/record-result",
                    "/steps/extend-consultation?item=" + open, "/results/" + result + "/correction",
                    "/results/" + result + "/withdrawal", "/items/CITES-CONS-2025-9999", "/admin",
                    "/reports/view?report=annual/2025", "/reports/view?report=programme/2021-2025")) {
                check(b, page, problems);
            }
            b.open("/steps/request-consultation").click(By.id("submit"));
            check(b, "(the request form with errors)", problems);
            b.signOut();
            b.signIn("auditor", "auditor");
            check(b, "/audit", problems);
            b.click(By.cssSelector("form[action$='/audit/verification'] button"));
            check(b, "(the audit page with a verification)", problems);
            b.signOut();
            b.signIn("admin", "admin");
            check(b, "/admin", problems);
            b.signOut();
            b.signIn("approver", "approver");
            check(b, "/reports/approval?report=annual/2025", problems);
        }
        try (Browser b = new Browser(pair.cms().baseUrl())) {
            b.signIn("recorder", "recorder");
            check(b, "/steps/comment?item=" + open, problems);
            check(b, "/items/" + consultation + "/steps/" + commentEvent + "/correction", problems);
        }
        assertThat(problems).as("pages with accessibility violations or internal names").isEmpty();
    }

    @Test
    @Order(0)
    void axeFindsWhatItLooksFor() {
        try (Browser b = new Browser(pair.cites().baseUrl())) {
            b.open("/login").script("document.querySelector('main').insertAdjacentHTML('beforeend', "
                    + "'<img src=\"/favicon.ico\"><input id=\"unlabelled\">')");
            assertThat(Axe.violations(b)).as("an image without text, an input without a label")
                    .anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("label"));
        }
    }

    @Test
    @Order(2)
    void theConsultationWorkflowIsDoneWithTheKeyboardAlone() {
        String id;
        try (Browser b = new Browser(pair.cites().baseUrl())) {
            b.open("/login").tabTo("username").keys("recorder").tabTo("password").keys("recorder")
                    .awaitPageAfter(() -> b.keys(Keys.ENTER));
            b.tabTo("new-request-consultation").awaitPageAfter(() -> b.keys(Keys.ENTER));
            b.tabTo("f-meeting").keys("CITES CoP20").tabTo("f-proposal").keys("Prop. 41")
                    .tabTo("f-taxon").keys("Torgos tracheliotos")
                    .tabTo("f-proposedChange").keys("Include in Appendix I")
                    .tabTo("f-dueDate").keys(keyboardDate(LocalDate.of(LocalDate.now().getYear() + 1, 3, 3)))
                    .tabTo("f-activityCodes-2021-2025-C3").keys(Keys.SPACE)
                    .tabTo("submit").awaitPageAfter(() -> b.keys(Keys.ENTER));
            assertThat(b.has(By.id("item-status"))).as("recorded; the page says: %s", b.text(By.tagName("main")))
                    .isTrue();
            assertThat(b.text(By.id("item-status"))).isEqualTo("Requested");
            id = b.text(By.id("item-id"));
            b.screenshot("30-keyboard-request");
        }
        pair.awaitConverged();
        try (Browser b = new Browser(pair.cms().baseUrl())) {
            b.open("/login").tabTo("username").keys("recorder").tabTo("password").keys("recorder")
                    .awaitPageAfter(() -> b.keys(Keys.ENTER));
            b.tabTo("comment-" + id).awaitPageAfter(() -> b.keys(Keys.ENTER));
            b.tabTo("f-position").keys("Support").tabTo("f-text").keys("CMS supports the listing of this vulture.")
                    .tabTo("submit").awaitPageAfter(() -> b.keys(Keys.ENTER));
            assertThat(b.has(By.id("item-status"))).as("recorded; the page says: %s", b.text(By.tagName("main")))
                    .isTrue();
            assertThat(b.text(By.id("item-status"))).isEqualTo("Commented");
            b.screenshot("31-keyboard-comment");
        }
    }

    private static void check(Browser b, String page, Map<String, String> problems) {
        if (page.startsWith("/")) {
            b.open(page);
        }
        List<String> violations = Axe.violations(b);
        b.screenshot("page" + page.replaceAll("[^A-Za-z0-9]+", "-"));
        String shown = b.text(By.tagName("body"));
        var internal = INTERNAL.matcher(shown);
        String names = internal.find() ? "shows \"" + internal.group() + "\"" : null;
        if (!violations.isEmpty() || names != null) {
            problems.put(page, String.join("; ", violations) + (names == null ? "" : " " + names));
        }
    }

    /** A date as typed into Chromium's date input: day and month alike, so the locale's order cannot matter. */
    private static String keyboardDate(LocalDate d) {
        return String.format("%02d%02d%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String request(Http cites, String taxon, String due) {
        Http.Response r = cites.post("/api/consultations", "{\"requestedFrom\":\"CMS\",\"meeting\":\"CITES CoP20\","
                + "\"proposal\":\"Prop. 12\",\"taxon\":\"" + taxon + "\",\"proposedChange\":\"Include in Appendix II\","
                + "\"dueDate\":\"" + due + "\",\"programme\":\"2021-2025\",\"activityCodes\":[\"C3\"],"
                + "\"actedOn\":\"2025-04-02\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }
}
