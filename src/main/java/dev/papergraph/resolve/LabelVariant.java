package dev.papergraph.resolve;

/** A surface form merged into a concept, and the rule that merged it (e.g. "case", "plural", "acronym"). */
public record LabelVariant(String label, String rule) implements java.io.Serializable {}
