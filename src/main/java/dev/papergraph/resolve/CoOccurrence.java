package dev.papergraph.resolve;

/** Two concepts named in the same papers; {@code firstKey < secondKey}. */
public record CoOccurrence(String firstKey, String secondKey, int papers) {}
