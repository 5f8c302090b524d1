package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against every API write. The step registry lists every one with its fields (StepsTest keeps it
 * complete); each try takes a valid request and puts one hostile value in one field, or sends a body that is no
 * request at all. Every such request is answered 4xx application/problem+json, never 5xx, and the ledger is unchanged.
 */
class HostileApiInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "@@hostile@@";
    private static RunningNode cites;
    private static Http http;
    /** Items of CITES's own that the owner's steps act on; the counterpart's steps name a CMS item this node lacks. */
    private static final Map<String, String> OWN_ITEMS = new LinkedHashMap<>();

    @BeforeContainer
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
        http = cites.http("tester");
        for (Step step : Steps.newItems()) {
            if (step.itemType() != null) {
                Http.Response r = http.post(step.pathFor(null), validBody(step).toString());
                assertThat(r.status()).as(step.key() + ": " + r).isEqualTo(201);
                OWN_ITEMS.put(step.itemType(), r.json().get("id").asText());
            }
        }
    }

    @AfterContainer
    static void stop() {
        if (cites != null) {
            cites.close();
        }
    }

    @Example
    void theValidRequestsTheTriesStartFromAreAccepted() {
        for (Step step : Steps.newItems()) {
            long before = cites.eventCount();
            assertThat(http.post(path(step), validBody(step).toString()).status()).as(step.key()).isEqualTo(201);
            assertThat(cites.eventCount()).isEqualTo(before + 1);
        }
    }

    @Property(tries = 250)
    void aRequestWithOneHostileFieldIsRefusedAndChangesNothing(@ForAll("hostileFields") Tuple.Tuple3<Step, Field,
            String> attempt) {
        refusedUnchanged(attempt.get1(), withValue(attempt.get1(), attempt.get2(), attempt.get3()));
    }

    @Property(tries = 60)
    void aBodyThatIsNoRequestIsRefusedAndChangesNothing(@ForAll("steps") Step step, @ForAll("noRequest") String body) {
        refusedUnchanged(step, body);
    }

    @Property(tries = 120)
    void boundaryValuesAreNeverA5xxAndRecordExactlyOneEventWhenAccepted(@ForAll("boundaryFields") Tuple.Tuple3<Step,
            Field, String> attempt) {
        long before = cites.eventCount();
        Http.Response r = http.post(path(attempt.get1()), withValue(attempt.get1(), attempt.get2(), attempt.get3()));
        assertThat(r.status()).as(r.toString()).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
            assertThat(cites.eventCount()).isEqualTo(before);
        } else {
            assertThat(cites.eventCount()).isEqualTo(before + 1);
        }
    }

    private static void refusedUnchanged(Step step, String body) {
        long before = cites.eventCount();
        Http.Response r = http.post(path(step), body);
        assertThat(r.status()).as(step.key() + " " + abbreviated(body) + " -> " + r).isBetween(400, 499);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Step> steps() {
        return Arbitraries.of(Steps.ALL);
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Step, Field, String>> hostileFields() {
        return fieldsOfSteps().flatMap(sf -> HostileValues.forField(sf.get2())
                .map(v -> Tuple.of(sf.get1(), sf.get2(), v)));
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Step, Field, String>> boundaryFields() {
        return fieldsOfSteps().flatMap(sf -> HostileValues.boundary(sf.get2())
                .map(v -> Tuple.of(sf.get1(), sf.get2(), v)));
    }

    @Provide
    Arbitrary<String> noRequest() {
        return Arbitraries.oneOf(Arbitraries.of("[]", "\"consultation\"", "42", "true", "null", "{", "{\"meeting\":",
                        "{\"a\":1}}", "[{\"requestedFrom\":\"CMS\"}]"),
                Arbitraries.integers().between(1_001, 50_000).map(n -> "{\"x\":" + "[".repeat(n) + "]".repeat(n) + "}"),
                Arbitraries.strings().ofMaxLength(200).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
    }

    private static Arbitrary<Tuple.Tuple2<Step, Field>> fieldsOfSteps() {
        return Arbitraries.of(Steps.ALL).flatMap(step -> Arbitraries.of(step.fields()).map(f -> Tuple.of(step, f)));
    }

    private static String path(Step step) {
        String item = switch (step.actor()) {
            case NEW -> null;
            case OWNER -> OWN_ITEMS.get(step.itemType());
            case COUNTERPART -> OWN_ITEMS.get(step.itemType()).replace("CITES-", "CMS-");
        };
        return step.pathFor(item);
    }

    private static String withValue(Step step, Field field, String rawJson) {
        ObjectNode body = validBody(step);
        body.put(field.name(), HOLE);
        return body.toString().replace("\"" + HOLE + "\"", rawJson);
    }

    /** A request every field of which is valid (so the one hostile value is the only thing wrong). */
    static ObjectNode validBody(Step step) {
        LocalDate today = LocalDate.now();
        ObjectNode body = JSON.createObjectNode();
        for (Field f : step.fields()) {
            switch (f.kind()) {
                case FIXED -> body.put(f.name(), "CMS");
                case TEXT, TEXTAREA -> body.put(f.name(), switch (f.name()) {
                    case "taxon" -> "Carcharhinus longimanus";
                    case "proposal" -> "Prop. 12";
                    case "meeting" -> "CITES CoP20";
                    case "documentRef" -> "SC78 Doc. 12";
                    default -> "Include in Appendix II";
                });
                case DATE -> body.put(f.name(), switch (f.name()) {
                    case "dueDate" -> today.plusDays(30).toString();
                    case "startDate" -> today.plusDays(10).toString();
                    case "endDate" -> today.plusDays(20).toString();
                    default -> today.toString();
                });
                case NUMBER -> body.put(f.name(), today.getYear());
                case SELECT -> body.put(f.name(), f.options().get(0));
                case CHECKBOX -> body.put(f.name(), true);
                case ACTIVITIES -> {
                    // As the form sends it: the programme is the one whose activities were ticked.
                    body.putArray(f.name()).add("A1");
                    body.put("programme", "2021-2025");
                }
                case LINES -> body.putArray(f.name()).add(f.name().equals("species") ? "Saiga tatarica" : "SC78 Doc. 12");
            }
        }
        return body;
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…(" + body.length() + " characters)";
    }
}
