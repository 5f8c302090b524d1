package org.jwp.ledger.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON each contract is stored and replicated as, frozen in golden files. A renamed, retyped or dropped field
 * changes the bytes and fails here; changing a contract then means a new revision and a new golden file.
 */
class GoldenJsonTest {

    private final ObjectMapper json = EventJson.mapper();

    static List<Class<? extends Record>> contracts() {
        return EventContracts.ALL;
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyContractReadsItsGoldenFileAndWritesTheSameBytes(Class<? extends Record> contract) throws IOException {
        String golden = golden(contract);

        Object event = json.readValue(golden, contract);

        assertThat(json.writeValueAsString(event)).isEqualTo(golden);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyFieldOfEveryContractAppearsInItsGoldenFile(Class<? extends Record> contract) throws IOException {
        String golden = golden(contract);

        for (RecordComponent component : contract.getRecordComponents()) {
            assertThat(golden).as(contract.getSimpleName()).contains("\"" + component.getName() + "\":");
        }
    }

    @Test
    void contractsAreListedOnceEachWithARevision() {
        assertThat(EventContracts.ALL).doesNotHaveDuplicates();
        EventContracts.ALL.forEach(c -> assertThat(EventContracts.revisionOf(c)).isNotBlank());
    }

    @Test
    void typeNamesResolveBackToTheirContracts() {
        for (Class<? extends Record> c : EventContracts.ALL) {
            assertThat(EventContracts.byTypeName(EventContracts.typeName(c))).contains(c);
            assertThat(EventContracts.isKnown(EventContracts.typeName(c), EventContracts.revisionOf(c))).isTrue();
            assertThat(EventContracts.isKnown(EventContracts.typeName(c), "999")).isFalse();
        }
    }

    private static String golden(Class<?> contract) throws IOException {
        String file = "/golden/" + contract.getSimpleName() + ".v" + EventContracts.revisionOf(contract) + ".json";
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream(file)) {
            assertThat(in).as("golden file " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
