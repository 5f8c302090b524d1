package org.jwp.ledger.node.demo;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The results paragraphs of the 2015-2020 implementation annex (SC73, Annex 1) as the demo records them, in the
 * annex's order: shipped as demo/annex-2015-2020-results.json, text word for word in the catalogue's markup.
 */
final class AnnexPassages {

    record Passage(String by, List<String> activityCodes, int year, String actedOn, boolean joint,
                   List<String> documentRefs, List<String> species, String text) {
    }

    private record File(String about, String programme, List<Passage> passages) {
    }

    private AnnexPassages() {
    }

    static List<Passage> read() {
        try (InputStream in = AnnexPassages.class.getResourceAsStream("/demo/annex-2015-2020-results.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/annex-2015-2020-results.json is missing");
            }
            return new ObjectMapper().readValue(in, File.class).passages();
        } catch (IOException e) {
            throw new UncheckedIOException("demo/annex-2015-2020-results.json cannot be read", e);
        }
    }
}
