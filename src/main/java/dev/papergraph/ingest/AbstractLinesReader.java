package dev.papergraph.ingest;

/** One abstract per line, each line {@code Abstract:} followed by the text; blank lines are ignored. */
public final class AbstractLinesReader implements PaperReader {
    static final String PREFIX = "Abstract:";

    private final int maxAbstractChars;

    public AbstractLinesReader(int maxAbstractChars) {
        this.maxAbstractChars = maxAbstractChars;
    }

    @Override
    public void readLine(SourceLines.Line line, SourceRef at, PaperSink sink) {
        if (!line.ok()) {
            sink.skip(at, line.problem());
            return;
        }
        String text = line.text().strip();
        if (text.isEmpty()) {
            return;
        }
        if (!text.startsWith(PREFIX)) {
            sink.skip(at, "line does not start with '" + PREFIX + "'");
            return;
        }
        String abstractText = text.substring(PREFIX.length()).strip();
        String problem = AbstractLimits.problem(abstractText, maxAbstractChars);
        if (problem != null) {
            sink.skip(at, problem);
            return;
        }
        sink.paper(Paper.ofAbstract(abstractText, at));
    }
}
