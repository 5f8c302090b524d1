package org.jwp.ledger.events.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * A group of shared species of particular attention: a short name for the interface, the line the programme
 * document writes for it (with its taxa, in the catalogue's markup; none where the document has no such list) and
 * the taxon names that belong to it.
 */
public record SpeciesGroup(String name, String line, List<String> taxa) {

    public SpeciesGroup {
        taxa = List.copyOf(taxa);
    }

    /** Whether a taxon as written in an item (e.g. "Gyps africanus", "Saiga spp.") falls in this group. */
    public boolean includes(String taxon) {
        String t = taxon.toLowerCase(Locale.ROOT).replace(" spp.", "").trim();
        return taxa.stream()
                .map(x -> x.toLowerCase(Locale.ROOT))
                .anyMatch(x -> t.equals(x) || t.startsWith(x + " "));
    }
}
