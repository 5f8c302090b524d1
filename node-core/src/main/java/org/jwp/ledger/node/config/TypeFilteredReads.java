package org.jwp.ledger.node.config;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithoutGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tracking processor's reads of the store that carry the payload and metadata of the event types it handles only.
 * Every row still comes back (its global index, time, identifiers), so the processor's position and Axon's gap
 * detection are exactly as before; a row of another type comes as a small stand-in of a type no class has, which no
 * handler matches and the processor passes over without reading, converting or upcasting anything of it. The
 * commitments processor then no longer pulls a million activity results' bytes across to skip them.
 */
final class TypeFilteredReads implements ReadEventDataWithGapsStatementBuilder,
        ReadEventDataWithoutGapsStatementBuilder {

    /** The type of a row whose content this processor did not read. */
    static final String NOT_READ = "org.jwp.ledger.node.config.TypeFilteredReads.NotRead";
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z0-9_.$]+");

    private final String select;

    TypeFilteredReads(EventSchema schema, Set<String> types) {
        if (types.isEmpty() || !types.stream().allMatch(t -> TYPE_NAME.matcher(t).matches())) {
            throw new IllegalArgumentException("not a set of class names: " + types);
        }
        // Class names checked above, so they can stand in the statement as literals: one plan per processor.
        String handled = schema.payloadTypeColumn() + " in (" + types.stream().map(t -> "'" + t + "'")
                .collect(Collectors.joining(", ")) + ")";
        select = "SELECT " + String.join(", ",
                schema.globalIndexColumn(), schema.timestampColumn(), schema.eventIdentifierColumn(),
                "CASE WHEN " + handled + " THEN " + schema.payloadTypeColumn() + " ELSE '" + NOT_READ + "' END AS "
                        + schema.payloadTypeColumn(),
                "CASE WHEN " + handled + " THEN " + schema.payloadRevisionColumn() + " END AS "
                        + schema.payloadRevisionColumn(),
                "CASE WHEN " + handled + " THEN " + schema.payloadColumn() + " ELSE '\\x7b7d'::bytea END AS "
                        + schema.payloadColumn(),
                "CASE WHEN " + handled + " THEN " + schema.metaDataColumn() + " ELSE '\\x7b7d'::bytea END AS "
                        + schema.metaDataColumn(),
                schema.typeColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn())
                + " FROM " + schema.domainEventTable() + " WHERE (" + schema.globalIndexColumn() + " > ? AND "
                + schema.globalIndexColumn() + " <= ?)";
    }

    /** The statement's text, for tests and for reading in pg_stat_statements. */
    String select() {
        return select;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select + " ORDER BY "
                + schema.globalIndexColumn() + " ASC");
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        return statement;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select + " OR " + schema.globalIndexColumn()
                + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ") ORDER BY "
                + schema.globalIndexColumn() + " ASC");
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}
