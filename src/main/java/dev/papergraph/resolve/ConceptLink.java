package dev.papergraph.resolve;

/** Identifiers of a well-known concept elsewhere; any part may be null. */
public record ConceptLink(String wikidataIri, String paperswithcodeId, String huggingfaceId) implements java.io.Serializable {}
