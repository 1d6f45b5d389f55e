package dev.papergraph.ingest;

/**
 * A publication date as precise as the input gives it: a year, a year and month, a full date, or a
 * month and day without a year (listing pages show recent dates that way). Absent parts are null.
 */
public record PaperDate(Integer year, Integer month, Integer day) implements java.io.Serializable {
    public PaperDate {
        if (year == null && (month == null || day == null)) {
            throw new IllegalArgumentException("a date needs a year, or a month and a day");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31 || month == null)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static PaperDate ofYear(int year) {
        return new PaperDate(year, null, null);
    }

    /** The XML Schema lexical form: {@code 2023-05-24}, {@code 2023-05}, {@code 2023} or {@code --11-05}. */
    public String lexicalForm() {
        if (year == null) {
            return String.format("--%02d-%02d", month, day);
        }
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The XML Schema datatype local name matching {@link #lexicalForm()}: date, gYearMonth, gYear or gMonthDay. */
    public String xsdType() {
        if (year == null) {
            return "gMonthDay";
        }
        if (month == null) {
            return "gYear";
        }
        return day == null ? "gYearMonth" : "date";
    }
}
