package dev.papergraph.ingest;

/** Where a record was read: an input's name (file name, or "-" for standard input) and its 1-based line. */
public record SourceRef(String file, long line) implements java.io.Serializable, Comparable<SourceRef> {
    @Override
    public int compareTo(SourceRef other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
