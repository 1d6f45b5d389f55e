package dev.papergraph;

/**
 * What one ingest changed.
 *
 * @param papersAdded papers that were not in the store before
 * @param papersUpdated stored papers read again with something new (a source, metadata, a changed text)
 * @param papersExtracted papers that went through NLP in this run
 * @param papersRewritten stored papers not in the input whose graphs were written again, because what
 *     the new papers taught the resolver changed their concepts' keys or readings
 * @param concepts concepts in the store after the run
 * @param triples quads in the store after the run
 */
public record IngestOutcome(
        int papersAdded, int papersUpdated, int papersExtracted, int papersRewritten, int concepts, long triples, StageTimes times) {}
