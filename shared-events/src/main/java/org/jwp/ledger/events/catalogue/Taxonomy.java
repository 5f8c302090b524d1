package org.jwp.ledger.events.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The higher taxa of the genera the secretariats meet, and the common names people search the shared-species groups
 * by (taxonomy.json beside this class): so "Sphyrna lewini" falls in "Sharks and rays (Chondrichthyes)" and "sharks"
 * finds it. Both nodes read the same file.
 */
public final class Taxonomy {

    private static final Taxonomy STANDARD = load();

    private record Document(Map<String, List<String>> genera, Map<String, List<String>> commonNames) {
    }

    private final Document document;

    private Taxonomy(Document document) {
        this.document = document;
    }

    public static Taxonomy standard() {
        return STANDARD;
    }

    /**
     * A taxon as written ("Sphyrna lewini", "Saiga spp.") with its species (for a subspecies), its genus and the
     * genus's higher taxa, in order.
     */
    public List<String> lineage(String taxon) {
        String written = taxon.replace(" spp.", "").trim();
        List<String> lineage = new ArrayList<>(List.of(written));
        String[] words = written.split("\\s+");
        if (words.length > 2) {
            lineage.add(words[0] + " " + words[1]); // a subspecies belongs where its species does
        }
        String genus = words[0];
        if (!genus.equals(written)) {
            lineage.add(genus);
        }
        lineage.addAll(document.genera().getOrDefault(genus, List.of()));
        return lineage;
    }

    /** The common names of a shared-species group ("sharks", "rays"...), lower case; none if it has none. */
    public List<String> commonNames(String group) {
        return document.commonNames().getOrDefault(group, List.of()).stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static Taxonomy load() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.json")) {
            return new Taxonomy(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Document.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the taxonomy shipped with the catalogue is unreadable", e);
        }
    }
}
