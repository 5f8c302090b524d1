package org.jwp.ledger.node.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The results read model as a report reads it: the rows of some years, and the position of the events they were
 * projected from. Call it inside the reader's transaction (repeatable read), so rows and position are one snapshot:
 * the rows then hold exactly the result events up to that position.
 */
@Component
public class ResultReadModel {

    /**
     * A result as the read model holds it: as it now reads, the last correction ("day: reason", or none), when and
     * where the recording event was stored (its global index), and every day something was done on it.
     */
    public record Row(ActivityResultRecorded result, String lastCorrection, Instant recordedAt, long recordedIndex,
                      List<LocalDate> actedDays, Assumed assumed) {
    }

    /** The events the rows hold: those up to {@code index}, but none of {@code gaps} (not yet seen committed). */
    public record Position(long index, List<Long> gaps) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The lists as text joined by the unit separator, which no code, reference or taxon can hold (contracts refuse
     * control characters): JDBC's array parsing was a quarter of a 100,000-result report.
     */
    private static final String COLUMNS = "select id, recorded_by, programme, array_to_string(activity_codes, chr(31)),"
            + " year, joint, text, array_to_string(document_refs, chr(31)), array_to_string(species, chr(31)), "
            + "acted_on, recorded_nanos, recorded_index, array_to_string(acted_days, chr(31)), last_correction, "
            + "array_to_string(assumed, ',') "
            + "from activity_result ";

    private final NamedParameterJdbcTemplate jdbc;

    ResultReadModel(DataSource data) {
        // In pages from a cursor (the reader's transaction keeps it open): the driver otherwise holds a year's
        // 100,000 raw rows at once beside the results made of them, and the collector copied both.
        JdbcTemplate paged = new JdbcTemplate(data);
        paged.setFetchSize(10_000);
        this.jdbc = new NamedParameterJdbcTemplate(paged);
    }

    /**
     * Where the projection stands: the events its rows hold. During a replay (and after the first build, which Axon
     * runs as one) that is the replay's current token: the reset emptied the table, and the rows since are those
     * events. Empty when that cannot be told: several segments, or no event handled since a reset.
     */
    public Optional<Position> position() {
        List<String[]> tokens = jdbc.query("select token_type, convert_from(token, 'UTF8') from token_entry "
                        + "where processor_name = :name", new MapSqlParameterSource("name",
                        ActivityResultProjection.NAME), (rs, n) -> new String[]{rs.getString(1), rs.getString(2)});
        if (tokens.size() != 1 || tokens.get(0)[1] == null) {
            return Optional.empty();
        }
        try {
            JsonNode token = JSON.readTree(tokens.get(0)[1]);
            if (ReplayToken.class.getName().equals(tokens.get(0)[0])) {
                token = token.path("currentToken");
                if (!GapAwareTrackingToken.class.getName().equals(token.path("@class").asText())) {
                    return Optional.empty();
                }
            } else if (!GapAwareTrackingToken.class.getName().equals(tokens.get(0)[0])) {
                return Optional.empty();
            }
            List<Long> gaps = new ArrayList<>();
            token.path("gaps").forEach(g -> gaps.add(g.asLong()));
            return Optional.of(new Position(token.get("index").asLong(), List.copyOf(gaps)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The results of a programme for the years given, whatever their days. */
    public List<Row> ofYears(String programme, int firstYear, int lastYear) {
        return jdbc.query(COLUMNS + "where programme = :programme and year between :first and :last",
                new MapSqlParameterSource("programme", programme).addValue("first", firstYear)
                        .addValue("last", lastYear), (rs, n) -> row(rs));
    }

    /** The results of these ids that the read model holds. */
    public List<Row> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : jdbc.query(COLUMNS + "where id = any(:ids)",
                new MapSqlParameterSource("ids", ids.toArray(String[]::new)), (rs, n) -> row(rs));
    }

    private static Row row(ResultSet rs) throws SQLException {
        long nanos = rs.getLong(11);
        ActivityResultRecorded result = new ActivityResultRecorded(rs.getString(1),
                Secretariat.valueOf(rs.getString(2)), rs.getString(3), list(rs.getString(4), ActivityCode::of),
                rs.getInt(5), rs.getString(7), list(rs.getString(8), DocumentReference::of),
                list(rs.getString(9), Taxon::of), rs.getBoolean(6), day(rs.getString(10)));
        return new Row(result, rs.getString(14),
                Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)),
                rs.getLong(12), List.copyOf(list(rs.getString(13), ResultReadModel::day)),
                Assumed.parse(rs.getString(15)));
    }

    /** An ISO day as PostgreSQL writes it to JDBC (DateStyle ISO): read directly, the formatter was slow here. */
    private static LocalDate day(String iso) {
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return LocalDate.parse(iso);
        }
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                Integer.parseInt(iso, 8, 10, 10));
    }

    private static <T> List<T> list(String joined, Function<String, T> of) {
        if (joined.isEmpty()) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        int start = 0;
        for (int end = joined.indexOf(SEPARATOR); end >= 0; start = end + 1, end = joined.indexOf(SEPARATOR, start)) {
            values.add(of.apply(joined.substring(start, end)));
        }
        values.add(of.apply(joined.substring(start)));
        return values;
    }

    private static final char SEPARATOR = 31;
}
