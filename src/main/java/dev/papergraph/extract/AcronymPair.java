package dev.papergraph.extract;

/** A short form defined in the text by its long form: "Beam search by Vector Quantization (BeamVQ)". */
public record AcronymPair(String shortForm, String longForm, MentionType type) implements java.io.Serializable {}
