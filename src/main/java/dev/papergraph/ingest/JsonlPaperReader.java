package dev.papergraph.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines, one paper per line: {@code abstract} (or {@code text}) is required; {@code id},
 * {@code title}, {@code authors} (an array, or one string "A, B and C"), {@code date} (ISO: year,
 * year-month or full date; a time part is ignored) or {@code year}, {@code doi}, {@code url} and
 * {@code categories} (an array, or a space-separated string) are optional. The arXiv metadata snapshot
 * ({@code id, title, abstract, authors, categories, doi, update_date}) reads as it is. Line breaks inside
 * titles and abstracts (the arXiv snapshot wraps them) become single spaces. Other fields are ignored.
 */
public final class JsonlPaperReader implements PaperReader {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Made once: {@code Json.createReader} looks the JSON provider up on the classpath at every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private final int maxAbstractChars;

    public JsonlPaperReader(int maxAbstractChars) {
        this.maxAbstractChars = maxAbstractChars;
    }

    @Override
    public void readLine(SourceLines.Line line, SourceRef at, PaperSink sink) {
        if (!line.ok()) {
            sink.skip(at, line.problem());
        } else if (!line.text().isBlank()) {
            try {
                sink.paper(toPaper(parse(line.text()), at));
            } catch (BadRecord e) {
                sink.skip(at, e.getMessage());
            }
        }
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRecord("not a JSON object but " + value.getValueType().toString().toLowerCase());
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            long column = e.getLocation().getColumnNumber();
            String where = column > 0 && column <= text.length() ? "at column " + column : "at the end of the line";
            throw new BadRecord("malformed JSON " + where + ": "
                    + e.getMessage().replaceFirst("\\s*at \\(line no=.*?\\)\\.?", ";"));
        } catch (JsonException e) {
            throw new BadRecord("malformed JSON: " + e.getMessage());
        }
    }

    private Paper toPaper(JsonObject json, SourceRef at) {
        String rawAbstract = string(json, "abstract");
        if (rawAbstract == null) {
            rawAbstract = string(json, "text");
        }
        if (rawAbstract == null) {
            throw new BadRecord("no 'abstract' or 'text' field");
        }
        String problem = AbstractLimits.problem(rawAbstract, maxAbstractChars);
        if (problem != null) {
            throw new BadRecord(problem);
        }
        String id = string(json, "id");
        String title = string(json, "title");
        List<String> authors = authors(json);
        return new Paper(
                id == null || id.isBlank() ? PaperIds.fromAbstract(rawAbstract) : id.strip(),
                title == null || title.isBlank() ? null : oneLine(title),
                oneLine(rawAbstract),
                authors,
                authors.isEmpty() ? null : authors.size(),
                date(json),
                blankToNull(string(json, "doi")),
                blankToNull(string(json, "url")),
                categories(json),
                List.of(at));
    }

    private static String oneLine(String text) {
        String stripped = text.strip();
        // most fields have no line break: skip the regex, which tries a match at every space
        return stripped.chars().anyMatch(JsonlPaperReader::isLineBreak) ? LINE_BREAK.matcher(stripped).replaceAll(" ") : stripped;
    }

    /** The characters {@code \R} matches on its own. */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> authors(JsonObject json) {
        JsonValue value = json.get("authors");
        if (value instanceof JsonString text) {
            return Arrays.stream(AUTHOR_SEPARATOR.split(oneLine(text.getString())))
                    .filter(name -> !name.isBlank())
                    .toList();
        }
        return strings(value, "authors");
    }

    private static List<String> categories(JsonObject json) {
        JsonValue value = json.get("categories");
        if (value instanceof JsonString text) {
            return Arrays.stream(SPACES.split(text.getString().strip()))
                    .filter(category -> !category.isEmpty())
                    .toList();
        }
        return strings(value, "categories");
    }

    private static List<String> strings(JsonValue value, String field) {
        List<String> strings = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return strings;
        }
        if (!(value instanceof JsonArray array)) {
            throw new BadRecord("field '" + field + "' must be an array of strings or a string");
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new BadRecord("field '" + field + "' must hold only strings");
            }
            if (!text.getString().isBlank()) {
                strings.add(oneLine(text.getString()));
            }
        }
        return strings;
    }

    private static PaperDate date(JsonObject json) {
        for (String field : List.of("date", "update_date")) {
            String text = string(json, field);
            if (text != null && !text.isBlank()) {
                return isoDate(text.strip(), field);
            }
        }
        String year = string(json, "year");
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new BadRecord("field 'year' is not a four-digit year: " + year);
        }
        return PaperDate.ofYear(Integer.parseInt(year.strip()));
    }

    private static PaperDate isoDate(String text, String field) {
        Matcher m = ISO_DATE.matcher(text);
        try {
            if (!m.matches()) {
                throw new DateTimeException(text);
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new PaperDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            }
            return new PaperDate(year, m.group(2) == null ? null : Integer.valueOf(m.group(2)), null);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new BadRecord("field '" + field + "' is not an ISO date (2023-05-24, 2023-05 or 2023): " + text);
        }
    }

    /** A string field's value; numbers are taken as their text (ids and years are sometimes numbers). */
    private static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        throw new BadRecord("field '" + field + "' must be a string");
    }

    /** Why a line is not a paper; caught in the read loop and reported, never thrown out of it. */
    private static final class BadRecord extends RuntimeException {
        BadRecord(String reason) {
            super(reason, null, false, false);
        }
    }
}
