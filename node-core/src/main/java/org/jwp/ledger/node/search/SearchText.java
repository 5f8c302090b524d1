package org.jwp.ledger.node.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.catalogue.SpeciesGroup;
import org.jwp.ledger.events.catalogue.Taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What of an event a person may search by, as words; and the shared-species groups a taxon falls in. Pure. */
final class SearchText {

    /** Never searchable: sealed personal data (docs/personal-data.md), and the fields that only link streams. */
    private static final Set<String> LEFT_OUT = Set.of("staffMember", "sealed", "subjectId", "replyId", "responseId",
            "stepEventId", "stepType");

    private SearchText() {
    }

    /** Every text and date of an event's payload, and the words inside its lists, space-separated. */
    static String of(JsonNode payload) {
        List<String> words = new ArrayList<>();
        collect(payload, words);
        return String.join(" ", words);
    }

    private static void collect(JsonNode node, List<String> words) {
        if (node.isTextual()) {
            words.add(node.asText().replace("*", ""));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, words));
        } else if (node.isObject()) {
            node.properties().forEach(f -> {
                if (!LEFT_OUT.contains(f.getKey())) {
                    collect(f.getValue(), words);
                }
            });
        }
    }

    /** The shared-species groups of any programme the taxa fall in, by name. */
    static List<String> groups(Collection<String> taxa) {
        Set<String> groups = new LinkedHashSet<>();
        for (var programme : ProgrammeCatalogue.standard().programmes()) {
            for (SpeciesGroup g : programme.sharedSpecies()) {
                if (taxa.stream().anyMatch(g::includes)) {
                    groups.add(g.name());
                }
            }
        }
        return List.copyOf(groups);
    }

    /** The groups' names, their common names and the taxa's higher taxa: found by "sharks" or "Accipitridae". */
    static String groupWords(Collection<String> taxa, Collection<String> groups) {
        Set<String> words = new LinkedHashSet<>(groups);
        groups.forEach(g -> words.addAll(Taxonomy.standard().commonNames(g)));
        taxa.forEach(t -> words.addAll(Taxonomy.standard().lineage(t)));
        return String.join(" ", words);
    }
}
