package dev.papergraph.eval;

import dev.papergraph.eval.GoldRecord.GoldSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads both gold formats; the formats differ only in optional fields, so one reader serves both. */
public final class GoldReader {
    private static final Set<String> SCORED_TYPES = Set.of("Method", "Model", "Dataset", "Task", "Metric");

    private GoldReader() {}

    /** Reads the records with their spans of the scored types (Method, Model, Dataset, Task, Metric). */
    public static List<GoldRecord> read(Path file) {
        return read(file, SCORED_TYPES::contains);
    }

    /**
     * Reads the records with every span, whatever its type: a corpus's other terms ("Other": SciERC's
     * generic and other scientific terms) are kept for training a tagger, never for scoring.
     */
    public static List<GoldRecord> readAllTypes(Path file) {
        return read(file, type -> true);
    }

    private static List<GoldRecord> read(Path file, Predicate<String> keptTypes) {
        List<GoldRecord> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(parse(JSON.parseAny(line).getAsObject(), keptTypes));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": not a gold record: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return records;
    }

    private static GoldRecord parse(JsonObject json, Predicate<String> keptTypes) {
        String title = string(json, "title");
        return new GoldRecord(
                string(json, "id"),
                title,
                string(json, "text"),
                spans(json.get("entities"), keptTypes),
                spans(json.get("title_entities"), keptTypes),
                strings(json.get("introduced")),
                aliases(json.get("aliases")),
                string(json, "source"));
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || value.isNull() ? null : value.getAsString().value();
    }

    private static List<GoldSpan> spans(JsonValue value, Predicate<String> keptTypes) {
        List<GoldSpan> spans = new ArrayList<>();
        if (value == null || value.isNull()) {
            return spans;
        }
        for (JsonValue item : value.getAsArray()) {
            JsonObject span = item.getAsObject();
            String type = span.get("type").getAsString().value();
            if (keptTypes.test(type)) {
                spans.add(new GoldSpan(
                        span.get("start").getAsNumber().value().intValue(),
                        span.get("end").getAsNumber().value().intValue(),
                        type,
                        span.get("text").getAsString().value()));
            }
        }
        return spans;
    }

    private static List<String> strings(JsonValue value) {
        List<String> strings = new ArrayList<>();
        if (value != null && !value.isNull()) {
            value.getAsArray().forEach(v -> strings.add(v.getAsString().value()));
        }
        return strings;
    }

    private static List<List<String>> aliases(JsonValue value) {
        List<List<String>> pairs = new ArrayList<>();
        if (value != null && !value.isNull()) {
            for (JsonValue pair : value.getAsArray()) {
                JsonArray forms = pair.getAsArray();
                pairs.add(List.of(forms.get(0).getAsString().value(), forms.get(1).getAsString().value()));
            }
        }
        return pairs;
    }
}
