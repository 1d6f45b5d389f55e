package dev.papergraph.extract;

import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.ingest.SourceRef;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The extraction file: one JSON line per paper with everything NLP found in it, so that resolution
 * can run again (a build, a rebuild after new resolution rules, another machine) without NLP.
 *
 * <pre>{@code
 * {"id": "...", "paper": {"title": ..., "abstract": ..., "authors": [...], "authorCount": 3,
 *   "date": [2024, 5, null], "doi": ..., "url": ..., "categories": [...], "sources": [["file", 12]]},
 *  "mentions": [{"field": "abstract", "type": "Method", "text": ..., "start": 10, "end": 14,
 *   "sentence": ..., "component": "crf", "confidence": 0.9}],
 *  "acronyms": [{"short": ..., "long": ..., "type": "Method"}],
 *  "introduced": [...],
 *  "relations": [{"type": "BASED_ON", "subject": {mention}, "object": {mention}, "component": ..., "confidence": 0.7}]}
 * }</pre>
 *
 * Mentions carry the fields of {@code papergraph extract}'s records (but no concept: resolution comes
 * later). A later line for the same id replaces an earlier one.
 */
public final class ExtractionFile {
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    /** A paper and what was extracted from it. */
    public record Entry(Paper paper, PaperExtraction extraction) {}

    private ExtractionFile() {}

    /** One paper with its extraction as one line of JSON (no line break). */
    public static String line(Paper p, PaperExtraction e) {
        JsonObjectBuilder paper = Json.createObjectBuilder();
        putIfSet(paper, "title", p.title());
        paper.add("abstract", p.abstractText());
        paper.add("authors", strings(p.authors()));
        if (p.authorCount() != null) {
            paper.add("authorCount", p.authorCount());
        }
        if (p.date() != null) {
            paper.add("date", Json.createArrayBuilder().add(p.date().year() == null ? JsonValue.NULL : Json.createValue(p.date().year()))
                    .add(p.date().month() == null ? JsonValue.NULL : Json.createValue(p.date().month()))
                    .add(p.date().day() == null ? JsonValue.NULL : Json.createValue(p.date().day())));
        }
        putIfSet(paper, "doi", p.doi());
        putIfSet(paper, "url", p.url());
        paper.add("categories", strings(p.categories()));
        JsonArrayBuilder sources = Json.createArrayBuilder();
        p.sources().forEach(s -> sources.add(Json.createArrayBuilder().add(s.file()).add(s.line())));
        paper.add("sources", sources);

        JsonArrayBuilder mentions = Json.createArrayBuilder();
        e.mentions().forEach(m -> mentions.add(mention(m)));
        JsonArrayBuilder acronyms = Json.createArrayBuilder();
        e.acronyms().forEach(a -> acronyms.add(Json.createObjectBuilder()
                .add("short", a.shortForm()).add("long", a.longForm()).add("type", a.type().name())));
        JsonArrayBuilder relations = Json.createArrayBuilder();
        e.relations().forEach(r -> relations.add(Json.createObjectBuilder()
                .add("type", r.type().name())
                .add("subject", mention(r.subject()))
                .add("object", mention(r.object()))
                .add("component", r.component())
                .add("confidence", r.confidence())));
        JsonObject record = Json.createObjectBuilder()
                .add("id", p.id())
                .add("paper", paper)
                .add("mentions", mentions)
                .add("acronyms", acronyms)
                .add("introduced", strings(new TreeSet<>(e.introduced())))
                .add("relations", relations)
                .build();
        StringWriter out = new StringWriter();
        WRITERS.createWriter(out).write(record);
        return out.toString();
    }

    /** The paper and extraction of one line; an {@link IllegalArgumentException} says what is wrong. */
    public static Entry parse(String line) {
        try {
            JsonObject record = READERS.createReader(new StringReader(line)).readObject();
            JsonObject p = record.getJsonObject("paper");
            PaperDate date = null;
            if (p.containsKey("date")) {
                JsonArray d = p.getJsonArray("date");
                date = new PaperDate(integer(d.get(0)), integer(d.get(1)), integer(d.get(2)));
            }
            List<SourceRef> sources = new ArrayList<>();
            for (JsonValue s : p.getJsonArray("sources")) {
                JsonArray pair = s.asJsonArray();
                sources.add(new SourceRef(pair.getString(0), pair.getJsonNumber(1).longValue()));
            }
            Paper paper = new Paper(record.getString("id"), p.getString("title", null), p.getString("abstract"),
                    strings(p.getJsonArray("authors")), p.containsKey("authorCount") ? p.getInt("authorCount") : null, date,
                    p.getString("doi", null), p.getString("url", null), strings(p.getJsonArray("categories")), sources);
            List<Mention> mentions = new ArrayList<>();
            record.getJsonArray("mentions").forEach(m -> mentions.add(mention(m.asJsonObject())));
            List<AcronymPair> acronyms = new ArrayList<>();
            record.getJsonArray("acronyms").forEach(a -> acronyms.add(new AcronymPair(a.asJsonObject().getString("short"),
                    a.asJsonObject().getString("long"), MentionType.valueOf(a.asJsonObject().getString("type")))));
            List<RelationMention> relations = new ArrayList<>();
            for (JsonValue value : record.getJsonArray("relations")) {
                JsonObject r = value.asJsonObject();
                relations.add(new RelationMention(RelationType.valueOf(r.getString("type")), mention(r.getJsonObject("subject")),
                        mention(r.getJsonObject("object")), r.getString("component"), r.getJsonNumber("confidence").doubleValue()));
            }
            return new Entry(paper, new PaperExtraction(paper.id(), mentions, acronyms,
                    new TreeSet<>(strings(record.getJsonArray("introduced"))), relations));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an extraction record: " + e.getMessage(), e);
        }
    }

    private static JsonObjectBuilder mention(Mention m) {
        return Json.createObjectBuilder()
                .add("field", m.field().label())
                .add("type", m.type().name())
                .add("text", m.text())
                .add("start", m.start())
                .add("end", m.end())
                .add("sentence", m.sentence() == null ? JsonValue.NULL : Json.createValue(m.sentence()))
                .add("component", m.component())
                .add("confidence", m.confidence());
    }

    private static Mention mention(JsonObject m) {
        return new Mention(Field.parse(m.getString("field")), MentionType.valueOf(m.getString("type")), m.getString("text"),
                m.getInt("start"), m.getInt("end"), m.getString("sentence", null), m.getString("component"),
                m.getJsonNumber("confidence").doubleValue());
    }

    private static void putIfSet(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(Iterable<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Integer integer(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) value).intValue();
    }
}
