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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * A new item's entry (none if it has one). Written with the others of the processor's batch in one JDBC batch
     * just before its transaction commits, or before any statement that reads or changes entries ({@link #flush}): a
     * rebuild inserted row by row was the slowest of the projections.
     */
    void item(Entry e, JsonNode payload) {
        entry(false, e, payload);
    }

    private void entry(boolean result, Entry e, JsonNode payload) {
        List<String> groups = SearchText.groups(e.species());
        pending().add(result, e.id(), new Object[]{e.id(), e.kind(), truncate(e.title()), e.programme(),
                SearchProjection.codes(e.codes()).toArray(String[]::new), e.species().toArray(String[]::new),
                groups.toArray(String[]::new), Date.valueOf(e.actedOn()), e.source() == null ? null
                : write(e.source()), String.join(" ", e.id(), e.title(), SearchText.of(payload),
                SearchText.groupWords(e.species(), groups))});
    }

    /** A later step of an item: its words are added to the item's. */
    void more(String id, JsonNode payload) {
        flush();
        int updated = jdbc.update("update search_entry set words = words || ' ' || ? where id = ?",
                SearchText.of(payload), id);
        if (updated != 1) {
            // A step is stored after the item it belongs to on every node: the projection is broken, so retry.
            throw new IllegalStateException("search has no entry for " + id);
        }
    }

    void species(String id, List<String> taxa) {
        flush();
        List<String> groups = SearchText.groups(taxa);
        jdbc.update("update search_entry set species = ?, species_groups = ?, words = words || ' ' || ? where id = ?",
                array(taxa), array(groups), SearchText.groupWords(taxa, groups), id);
    }

    void result(ActivityResultRecorded r) {
        List<String> taxa = r.species().stream().map(Taxon::name).toList();
        JsonNode source = json.valueToTree(r);
        entry(true, new Entry(r.resultId(), "RESULT", excerpt(r.text()), r.programme(), r.activityCodes(), taxa,
                r.actedOn(), source), json.valueToTree(new Object[]{r.text(),
                r.documentRefs().stream().map(DocumentReference::value).toList(), r.year() + ""}));
    }

    /** The result as it reads after the correction replaces its entry. */
    void correctResult(ActivityResultCorrected c) {
        flush();
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
        flush();
        jdbc.update("delete from search_entry where id = ?", id);
    }

    void reset() {
        flush();
        jdbc.update("delete from search_entry");
    }

    private java.sql.Array array(List<String> values) {
        return array(values.toArray(String[]::new));
    }

    private java.sql.Array array(String[] values) {
        return jdbc.execute((Connection c) -> c.createArrayOf("text", values));
    }

    /** Writes the entries waiting in this transaction, before a statement that reads or changes entries. */
    void flush() {
        Pending p = (Pending) TransactionSynchronizationManager.getResource(this);
        if (p != null) {
            p.write();
        }
    }

    private static final String INSERT = """
            insert into search_entry (id, kind, title, programme, activity_codes, species, species_groups, acted_on,
                                      source, words)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""";

    /** An item's entry is made once (its later steps add words); a result's is replaced as it now reads. */
    private static final String ITEM = INSERT + " on conflict (id) do nothing";
    private static final String RESULT = INSERT + """
             on conflict (id) do update set kind = excluded.kind, title = excluded.title,
                programme = excluded.programme, activity_codes = excluded.activity_codes, species = excluded.species,
                species_groups = excluded.species_groups, acted_on = excluded.acted_on, source = excluded.source,
                words = excluded.words""";

    /**
     * The running transaction's entries not yet written, by statement and id (a later one of an id replaces an
     * earlier one, as its statement would). Outside a transaction (a test calling directly) each is written at once.
     */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Pending(false);
        }
        Pending p = (Pending) TransactionSynchronizationManager.getResource(this);
        if (p == null) {
            p = new Pending(true);
            TransactionSynchronizationManager.bindResource(this, p);
            TransactionSynchronizationManager.registerSynchronization(p);
        }
        return p;
    }

    private final class Pending implements TransactionSynchronization {

        private static final int AT_MOST = 1000;

        private final Map<String, Object[]> items = new LinkedHashMap<>();
        private final Map<String, Object[]> results = new LinkedHashMap<>();
        private final boolean bound;

        Pending(boolean bound) {
            this.bound = bound;
        }

        void add(boolean result, String id, Object[] row) {
            Map<String, Object[]> rows = result ? results : items;
            rows.remove(id);
            rows.put(id, row);
            if (!bound || items.size() + results.size() >= AT_MOST) {
                write();
            }
        }

        void write() {
            write(ITEM, items);
            write(RESULT, results);
        }

        private void write(String sql, Map<String, Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            List<Object[]> batch = rows.values().stream().map(row -> {
                Object[] args = row.clone();
                for (int i = 4; i <= 6; i++) {
                    args[i] = array((String[]) row[i]);
                }
                return args;
            }).toList();
            rows.clear();
            jdbc.batchUpdate(sql, batch);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SearchWriter.this);
        }
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
