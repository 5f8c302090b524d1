package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct writer gives the reference implementation's bytes (erdtman's, the RFC author's) on every tree it takes,
 * and declines (so the reference is used) what it does not take.
 */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 500)
    void anyTreeOfStringsIntegersBooleansAndNullsIsWrittenAsTheReferenceWritesIt(@ForAll("trees") JsonNode tree) {
        assertThat(CanonicalJson.of(tree)).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8))
                        .isEqualTo(new String(Envelope.reference(tree), StandardCharsets.UTF_8)));
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAndOnlyControlsQuotesAndBackslashesAreEscaped() throws Exception {
        JsonNode tree = JSON.readTree("{\"é\":1,\"z\":2,\"A\":3,\"\\ud83d\\udc18\":4,\"\\uffff\":5,\"a\":\"\\u0000\\u001f"
                + "\\b\\f\\n\\r\\t\\\"\\\\/\\u007f\\u2028 象 🐘\",\"n\":[-9007199254740992,9007199254740992,0,null,true]}");
        byte[] direct = CanonicalJson.of(tree).orElseThrow();

        assertThat(direct).isEqualTo(Envelope.reference(tree));
        assertThat(new String(direct, StandardCharsets.UTF_8)).startsWith("{\"A\":3,\"a\":\"\\u0000\\u001f\\b\\f\\n"
                + "\\r\\t\\\"\\\\/\u007f\u2028 象 🐘\"");
    }

    @Test
    void fractionsExponentsLargeIntegersAndLoneSurrogatesAreLeftToTheReference() throws Exception {
        for (String json : new String[]{"{\"x\":1.5}", "{\"x\":1e2}", "{\"x\":9007199254740993}",
                "{\"x\":123456789012345678901234567890}", "[\"\\ud83d alone\"]", "{\"\\udc18\":1}"}) {
            JsonNode tree = JSON.readTree(json);
            assertThat(CanonicalJson.of(tree)).as(json).isEmpty();
            assertThat(Envelope.canonical(tree)).as(json).isEqualTo(Envelope.reference(tree));
        }
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        // The reference takes an object or an array at the top, as an envelope is.
        return tree(3).filter(JsonNode::isContainerNode);
    }

    private Arbitrary<JsonNode> tree(int depth) {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12)
                .filter(CanonicalJsonTest::pairedSurrogates);
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(text.map(NODES::textNode),
                Arbitraries.longs().between(-(1L << 53), 1L << 53).map(NODES::numberNode),
                Arbitraries.integers().map(NODES::numberNode), Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> tree(depth - 1));
        Arbitrary<JsonNode> object = Arbitraries.maps(text, inner).ofMaxSize(5).map(m -> {
            ObjectNode o = NODES.objectNode();
            m.forEach(o::set);
            return o;
        });
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(5).map(l -> {
            ArrayNode a = NODES.arrayNode();
            l.forEach(a::add);
            return a;
        });
        return Arbitraries.oneOf(leaf, object, array);
    }

    private static boolean pairedSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
