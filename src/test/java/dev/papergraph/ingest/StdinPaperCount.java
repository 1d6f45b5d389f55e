package dev.papergraph.ingest;

/**
 * Reads standard input to its end as a {@link PaperStream} and prints the papers read and the largest
 * heap this JVM may take; {@link BoundedMemoryTest} runs it in a JVM of its own with a small heap.
 */
final class StdinPaperCount {
    private StdinPaperCount() {}

    public static void main(String[] args) {
        long papers;
        try (PaperStream stream = PaperCollector.create().path(PaperCollector.STDIN).stdin(System.in).build().open()) {
            papers = stream.stream().count();
        }
        System.out.println(papers + " " + Runtime.getRuntime().maxMemory());
    }
}
