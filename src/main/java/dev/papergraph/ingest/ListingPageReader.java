package dev.papergraph.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a paper-listing web page: each paper is a title line and an abstract line, optionally
 * followed by an author count ({@code "  • 5 authors"}), a {@code "·"} line and a date line
 * ({@code "May 24, 2023"}, or {@code "Jun 24 5"}: month and day without a year, then an upvote count).
 * Blank lines may separate the lines or not. The page's chrome (e-mail banner, "Subscribe", "Daily
 * Papers", a bare date at the top, upvote counts) is skipped; the first title may be glued to
 * "Subscribe".
 */
public final class ListingPageReader implements PaperReader {
    private static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern DATE = Pattern.compile(MONTHS + "\\.? (\\d{1,2})(?:, (\\d{4}))?(?: \\d+)?");
    private static final Pattern AUTHORS = Pattern.compile("• ?(\\d+) authors?");
    private static final Pattern UPVOTES = Pattern.compile("\\d+");
    private static final String BANNER = "Get trending papers in your email inbox";
    private static final String SUBSCRIBE = "Subscribe";
    private static final Set<String> CHROME = Set.of(SUBSCRIBE, "Daily Papers", "byAK and the research community", "new", "·");

    private enum Expect {
        TITLE,
        ABSTRACT,
        /** the title line could not be read, so its abstract line is passed over too */
        SKIPPED_ABSTRACT
    }

    private final int maxAbstractChars;
    private Expect expect = Expect.TITLE;
    private Entry open;
    private boolean seenTitle;

    public ListingPageReader(int maxAbstractChars) {
        this.maxAbstractChars = maxAbstractChars;
    }

    @Override
    public void readLine(SourceLines.Line line, SourceRef at, PaperSink sink) {
        if (!line.ok()) {
            if (expect != Expect.ABSTRACT) {
                emit(open, sink);
            }
            // an unreadable abstract line loses its paper: the line's problem is the one report
            open = null;
            sink.skip(at, line.problem());
            expect = expect == Expect.TITLE ? Expect.SKIPPED_ABSTRACT : Expect.TITLE;
            return;
        }
        String text = line.text().strip();
        if (text.isEmpty() || text.startsWith(BANNER)) {
            return;
        }
        switch (expect) {
            case ABSTRACT -> {
                open.abstractText = text;
                expect = Expect.TITLE;
            }
            case SKIPPED_ABSTRACT -> expect = Expect.TITLE;
            case TITLE -> {
                if (readMetadata(text, open) || CHROME.contains(text) || UPVOTES.matcher(text).matches()) {
                    return;
                }
                emit(open, sink);
                if (!seenTitle && text.startsWith(SUBSCRIBE)) {
                    text = text.substring(SUBSCRIBE.length()).strip();
                }
                seenTitle = true;
                open = new Entry(at, text);
                expect = Expect.ABSTRACT;
            }
        }
    }

    @Override
    public void endOfInput(PaperSink sink) {
        emit(open, sink);
        open = null;
    }

    /** True when the line is an author count or a date; they belong to the open entry, if any. */
    private static boolean readMetadata(String text, Entry open) {
        Matcher authors = AUTHORS.matcher(text);
        if (authors.matches()) {
            if (open != null) {
                open.authorCount = Integer.valueOf(authors.group(1));
            }
            return true;
        }
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            if (open != null) {
                open.date = toDate(date);
            }
            return true;
        }
        return false;
    }

    private static PaperDate toDate(Matcher date) {
        int month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(date.group(1).substring(0, 3)) / 3 + 1;
        Integer year = date.group(3) == null ? null : Integer.valueOf(date.group(3));
        return new PaperDate(year, month, Integer.valueOf(date.group(2)));
    }

    private void emit(Entry entry, PaperSink sink) {
        if (entry == null) {
            return;
        }
        if (entry.abstractText == null) {
            sink.skip(entry.at, "title without an abstract line");
            return;
        }
        String problem = AbstractLimits.problem(entry.abstractText, maxAbstractChars);
        if (problem != null) {
            sink.skip(entry.at, problem);
            return;
        }
        sink.paper(new Paper(
                PaperIds.fromAbstract(entry.abstractText),
                entry.title,
                entry.abstractText,
                null,
                entry.authorCount,
                entry.date,
                null,
                null,
                null,
                List.of(entry.at)));
    }

    /** A paper being read: its title, then its abstract, then any metadata lines that follow. */
    private static final class Entry {
        final SourceRef at;
        final String title;
        String abstractText;
        Integer authorCount;
        PaperDate date;

        Entry(SourceRef at, String title) {
            this.at = at;
            this.title = title;
        }
    }
}
