package org.jwp.ledger.node.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The SQL behind the search projection. */
@Component
class SearchWriter {

    record Entry(String id, String kind, String title, String programme, List<ActivityCode> codes,
                 List<String> species, LocalDate actedOn, JsonNode source) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.mapper();

    SearchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void item(Entry e, JsonNode payload) {
        List<String> groups = SearchText.groups(e.species());
        jdbc.update("""
                        insert into search_entry (id, kind, title, programme, activity_codes, species, species_groups,
                                                  acted_on, source, words)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        on conflict (id) do nothing""",
                e.id(), e.kind(), truncate(e.title()), e.programme(), array(SearchProjection.codes(e.codes())),
                array(e.species()), array(groups), Date.valueOf(e.actedOn()),
                e.source() == null ? null : write(e.source()),
                String.join(" ", e.id(), e.title(), SearchText.of(payload), SearchText.groupWords(e.species(), groups)));
    }

    /** A later step of an item: its words are added to the item's. */
    void more(String id, JsonNode payload) {
        int updated = jdbc.update("update search_entry set words = words || ' ' || ? where id = ?",
                SearchText.of(payload), id);
        if (updated != 1) {
            // A step is stored after the item it belongs to on every node: the projection is broken, so retry.
            throw new IllegalStateException("search has no entry for " + id);
        }
    }

    void species(String id, List<String> taxa) {
        List<String> groups = SearchText.groups(taxa);
        jdbc.update("update search_entry set species = ?, species_groups = ?, words = words || ' ' || ? where id = ?",
                array(taxa), array(groups), SearchText.groupWords(taxa, groups), id);
    }

    void result(ActivityResultRecorded r) {
        remove(r.resultId());
        List<String> taxa = r.species().stream().map(Taxon::name).toList();
        JsonNode source = json.valueToTree(r);
        item(new Entry(r.resultId(), "RESULT", excerpt(r.text()), r.programme(), r.activityCodes(), taxa,
                r.actedOn(), source), json.valueToTree(new Object[]{r.text(),
                r.documentRefs().stream().map(DocumentReference::value).toList(), r.year() + ""}));
    }

    /** The result as it reads after the correction replaces its entry. */
    void correctResult(ActivityResultCorrected c) {
        List<String> sources = jdbc.queryForList("select source::text from search_entry where id = ?", String.class,
                c.resultId());
        if (sources.isEmpty()) {
            throw new IllegalStateException("search has no entry for " + c.resultId());
        }
        try {
            result(c.applyTo(json.readValue(sources.get(0), ActivityResultRecorded.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable result in the search read model", e);
        }
    }

    void remove(String id) {
        jdbc.update("delete from search_entry where id = ?", id);
    }

    void reset() {
        jdbc.update("delete from search_entry");
    }

    private java.sql.Array array(List<String> values) {
        return jdbc.execute((Connection c) -> c.createArrayOf("text", values.toArray()));
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A result's title: its first words, without markup. */
    static String excerpt(String text) {
        String plain = text.replace("*", "").replaceAll("\\s+", " ").strip();
        if (plain.length() <= 140) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', 139);
        return plain.substring(0, cut < 40 ? 139 : cut) + " …";
    }

    private static String truncate(String s) {
        return s.length() <= 512 ? s : s.substring(0, 509) + "...";
    }
}
