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

    /**
     * Whether a taxon as written in an item (e.g. "Gyps africanus", "Saiga spp.", "Sphyrna lewini") falls in this
     * group: the taxon itself, its genus or one of the genus's higher taxa ({@link Taxonomy}) is among the group's.
     */
    public boolean includes(String taxon) {
        List<String> lineage = Taxonomy.standard().lineage(taxon).stream()
                .map(x -> x.toLowerCase(Locale.ROOT)).toList();
        return taxa.stream().map(x -> x.toLowerCase(Locale.ROOT)).anyMatch(lineage::contains);
    }

    /** Whether a word typed in a search or a filter ("sharks", "Sharks and rays") names this group. */
    public boolean isNamedBy(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        return name.toLowerCase(Locale.ROOT).equals(w) || Taxonomy.standard().commonNames(name).contains(w);
    }
}
