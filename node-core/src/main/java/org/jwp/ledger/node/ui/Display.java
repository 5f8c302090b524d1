package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.report.Markup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How a page shows what is stored: a passage's small markup as the report prints it (paragraphs, list items,
 * {@code *italic*}), and a recording time to the second, in UTC, as the other pages give it.
 */
public final class Display {

    static final Display INSTANCE = new Display();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    public List<Markup.Block> passage(String text) {
        return text == null ? List.of() : Markup.blocks(text);
    }

    /** An ISO-8601 instant ({@code 2026-12-07T16:08:10.504Z}) as {@code 2026-12-07 16:08:10 UTC}. */
    public String time(String instant) {
        return instant == null ? "" : SECONDS.format(Instant.parse(instant));
    }
}
