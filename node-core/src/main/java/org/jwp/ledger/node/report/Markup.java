package org.jwp.ledger.node.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's and the results' small markup, read into blocks every format renders alike: lines of a text are
 * paragraphs, a line starting with {@code "- "} is a list item, and {@code *…*} marks italic (taxon names, titles).
 * An unmatched {@code *} is plain text.
 */
public final class Markup {

    public record Run(String text, boolean italic) {
    }

    public record Block(boolean listItem, List<Run> runs) {

        String plain() {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    private Markup() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean item = l.startsWith("- ");
            blocks.add(new Block(item, runs(item ? l.substring(2).strip() : l)));
        }
        return blocks;
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('*', at);
            int close = open < 0 ? -1 : text.indexOf('*', open + 1);
            if (open < 0 || close < 0 || close == open + 1) {
                runs.add(new Run(text.substring(at), false));
                break;
            }
            if (open > at) {
                runs.add(new Run(text.substring(at, open), false));
            }
            runs.add(new Run(text.substring(open + 1, close), true));
            at = close + 1;
        }
        return runs;
    }

    /** The text without markup, as a reader sees it: list items on their own lines. */
    static String plain(String text) {
        // Most passages are one line without markup: as written (a year's 100,000 were read into blocks).
        if (text.indexOf('\n') < 0 && text.indexOf('*') < 0 && !text.startsWith("- ") && !text.isBlank()
                && text.strip() == text) {
            return text;
        }
        return String.join("\n", blocks(text).stream().map(Block::plain).toList());
    }
}
