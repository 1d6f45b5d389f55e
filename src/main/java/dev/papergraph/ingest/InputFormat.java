package dev.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The input formats papergraph reads, each with the name the command line uses for it. */
public enum InputFormat {
    /** {@code Abstract:} lines, one abstract per line. */
    ABSTRACT_LINES("abstracts", AbstractLinesReader::new),
    /** The text of a paper-listing web page: title line, abstract line, optional authors and date. */
    LISTING_PAGE("listing", ListingPageReader::new),
    /** JSON Lines, one paper object per line (the arXiv metadata snapshot among them). */
    JSONL("jsonl", JsonlPaperReader::new);

    /** How much of an input {@link #detect} looks at. */
    public static final int HEAD_BYTES = 8192;

    private final String cliName;
    private final IntFunction<PaperReader> readerFactory;

    InputFormat(String cliName, IntFunction<PaperReader> readerFactory) {
        this.cliName = cliName;
        this.readerFactory = readerFactory;
    }

    public String cliName() {
        return cliName;
    }

    /** A reader for one input of this format. */
    public PaperReader newReader(int maxAbstractChars) {
        return readerFactory.apply(maxAbstractChars);
    }

    public static Optional<InputFormat> fromCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    /** "abstracts, listing, jsonl", for usage and error messages. */
    public static String cliNames() {
        return Arrays.stream(values()).map(InputFormat::cliName).collect(Collectors.joining(", "));
    }

    /**
     * The format of an input judged by its first non-blank line within {@code head} (the first
     * {@link #HEAD_BYTES} or fewer, after unpacking a gzip or bzip2 input): a JSON object is {@link #JSONL},
     * an {@code Abstract:} line is {@link #ABSTRACT_LINES}, anything else a {@link #LISTING_PAGE}.
     */
    public static InputFormat detect(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (first.startsWith("{")) {
            return JSONL;
        }
        return first.startsWith(AbstractLinesReader.PREFIX) ? ABSTRACT_LINES : LISTING_PAGE;
    }
}
