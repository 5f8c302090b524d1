package org.jwp.ledger.node.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annexes 1 and 2 of SC73 as the seed document writes them (src/test/resources/annex/sc73-annexes.txt), read
 * independently of the catalogue: Annex 1's table rows (description and results paragraphs, a row split by a page
 * break joined again) and Annex 2's theme introductions, shared species lines and activity paragraphs.
 */
final class AnnexFixture {

    record AnnexRow(String theme, List<String> description, List<String> results) {
    }

    record Annex2(List<String> introductions, List<String> speciesLines, List<String> activities) {
    }

    private static final Pattern CELL_PART = Pattern.compile("<p>(.*?)</p>|<ul[^>]*>(.*?)(?=<p>|$)");
    private static final Pattern THEME = Pattern.compile("^([A-E])\\. .*");
    private static final String ANNEX_2 = "DRAFT CMS-CITES JOINT WORK PROGRAMME 2021-2025";

    private AnnexFixture() {
    }

    static List<String> lines() {
        try (InputStream in = AnnexFixture.class.getResourceAsStream("/annex/sc73-annexes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AnnexRow> annex1() {
        List<AnnexRow> rows = new ArrayList<>();
        String theme = null;
        boolean afterRepeatedHeader = false;
        for (String line : lines()) {
            if (line.equals(ANNEX_2)) {
                break;
            }
            Matcher t = THEME.matcher(line);
            if (t.matches()) {
                theme = t.group(1);
            } else if (line.startsWith("Description of")) {
                afterRepeatedHeader = !rows.isEmpty() && rows.get(rows.size() - 1).theme().equals(theme);
            } else if (line.startsWith("<p>")) {
                String[] cells = line.split("\t");
                List<String> description = paragraphs(cells[0]);
                List<String> results = cells.length > 1 ? paragraphs(cells[1]) : List.of();
                if (afterRepeatedHeader && Character.isLowerCase(description.get(0).charAt(0))) {
                    AnnexRow previous = rows.remove(rows.size() - 1);
                    rows.add(new AnnexRow(theme, join(previous.description(), description),
                            join(previous.results(), results)));
                } else {
                    rows.add(new AnnexRow(theme, description, results));
                }
                afterRepeatedHeader = false;
            }
        }
        return rows;
    }

    static Annex2 annex2() {
        List<String> lines = lines();
        List<String> introductions = new ArrayList<>();
        List<String> species = new ArrayList<>();
        List<String> activities = new ArrayList<>();
        boolean in = false;
        for (String line : lines.subList(lines.indexOf(ANNEX_2) + 1, lines.size())) {
            String l = line.strip();
            if (l.isEmpty() || l.equals("Introduction") || THEME.matcher(l).matches()
                    || l.startsWith("Description of")) {
                continue;
            }
            if (l.startsWith("<p>")) {
                activities.addAll(paragraphs(l));
            } else if (l.startsWith("- ") && !l.matches("- [A-E]\\. .*")) {
                species.add(l.substring(2));
            } else if (!l.startsWith("- ")) {
                introductions.add(l);
            }
        }
        return new Annex2(introductions, species, activities);
    }

    /** A cell's paragraphs; each item of a list is a paragraph of its own. */
    static List<String> paragraphs(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CELL_PART.matcher(cell);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1));
            } else {
                for (String item : (" " + m.group(2).strip()).split("(?:^|\\s)[-•]\\s")) {
                    if (!item.isBlank()) {
                        out.add(item.strip());
                    }
                }
            }
        }
        return out;
    }

    /** Text as a reader compares it: markup, tags, list markers and runs of whitespace aside. */
    static String normal(String text) {
        return text.replaceAll("<[^>]+>", "").replace("*", "").replaceAll("(^|\\n)\\s*[-•]\\s", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static List<String> join(List<String> before, List<String> after) {
        List<String> joined = new ArrayList<>(before);
        List<String> rest = new ArrayList<>(after);
        if (!rest.isEmpty() && Character.isLowerCase(rest.get(0).charAt(0)) && !joined.isEmpty()) {
            joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + rest.remove(0));
        }
        joined.addAll(rest);
        return joined;
    }
}
