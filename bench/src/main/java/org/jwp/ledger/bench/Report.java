package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/** Writes a run as bench/results/<date>.json and appends its table to BENCHMARKS.md (full runs only). */
final class Report {

    private Report() {
    }

    static Path write(Path root, String stamp, boolean quick, Map<String, String> machine, List<Figure> figures,
                      List<String> notes) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode doc = json.createObjectNode().put("run", stamp).put("quick", quick);
        doc.set("machine", json.valueToTree(machine));
        ArrayNode list = doc.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = list.addObject().put("id", f.id()).put("what", f.what()).put("unit", f.unit())
                    .put("median", f.median()).put("ratio", f.ratio()).put("goal", f.goal());
            n.set("runs", json.valueToTree(f.runs()));
            if (f.goalMet() != null) {
                n.put("goalMet", f.goalMet());
            }
        }
        doc.set("notes", json.valueToTree(notes));
        Path dir = root.resolve("bench/results");
        Files.createDirectories(dir);
        Path file = dir.resolve((quick ? "quick-" : "") + stamp + ".json");
        json.writeValue(file.toFile(), doc);
        if (!quick) { // a quick run's figures say nothing about speed; only full runs join the table
            Files.writeString(root.resolve("BENCHMARKS.md"), markdown(stamp, false, machine, figures, notes),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return file;
    }

    static String markdown(String stamp, boolean quick, Map<String, String> machine, List<Figure> figures,
                           List<String> notes) {
        StringBuilder md = new StringBuilder("\n## Run " + stamp + (quick ? " (quick: sizes for CI, figures only "
                + "show the harness works)" : "") + "\n\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| id | figure | median | spread | ratio (same run) | goal | met |\n|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.id()).append(" | ").append(f.what()).append(" | ").append(Figure.num(f.median()))
                    .append(' ').append(f.unit()).append(" | ").append(f.spread()).append(" | ")
                    .append(f.ratio() == null ? "" : f.ratio()).append(" | ").append(f.goal() == null ? "" : f.goal())
                    .append(" | ").append(f.goalMet() == null ? "" : f.goalMet() ? "yes" : "**no**").append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }
}
