package dev.papergraph;

/**
 * What one ingest changed.
 *
 * @param papersAdded papers that were not in the store before
 * @param papersUpdated stored papers read again with something new (a source, metadata, a changed text)
 * @param papersExtracted papers that went through NLP in this run
 * @param concepts concepts in the store after the run
 * @param triples quads in the store after the run
 */
public record IngestOutcome(
        int papersAdded, int papersUpdated, int papersExtracted, int concepts, long triples, StageTimes times) {}
