package dev.papergraph.ingest;

import java.io.IOException;

/** One abstract per line, each line {@code Abstract:} followed by the text; blank lines are ignored. */
public final class AbstractLinesReader implements PaperReader {
    static final String PREFIX = "Abstract:";

    private final int maxAbstractChars;

    public AbstractLinesReader(int maxAbstractChars) {
        this.maxAbstractChars = maxAbstractChars;
    }

    @Override
    public void read(SourceLines lines, PaperSink sink) throws IOException {
        for (SourceLines.Line line = lines.next(); line != null; line = lines.next()) {
            SourceRef at = lines.at(line.number());
            if (!line.ok()) {
                sink.skip(at, line.problem());
                continue;
            }
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!text.startsWith(PREFIX)) {
                sink.skip(at, "line does not start with '" + PREFIX + "'");
                continue;
            }
            String abstractText = text.substring(PREFIX.length()).strip();
            String problem = AbstractLimits.problem(abstractText, maxAbstractChars);
            if (problem != null) {
                sink.skip(at, problem);
                continue;
            }
            sink.paper(Paper.ofAbstract(abstractText, at));
        }
    }
}
