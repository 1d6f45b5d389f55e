package dev.papergraph.ingest;

import java.util.List;

/**
 * The sample corpus shipped inside the jar: the seed abstracts, two files of {@code Abstract:} lines and
 * three listing-page dumps (412 records, 395 distinct papers).
 */
public final class SampleCorpus {
    /** Classpath folder of the sample files. */
    public static final String RESOURCE_FOLDER = "/dev/papergraph/sample/";

    /** The sample's file names, in reading order. */
    public static final List<String> FILES = List.of(
            "000_28cdbfc21087dec3.txt",
            "001_f00d21614dbd7c85.txt",
            "002_f3a853a38025ea3e.txt",
            "003_b43f695b1f3eda30.txt",
            "004_a2dcd202e0c0ce11.txt");

    private SampleCorpus() {}
}
