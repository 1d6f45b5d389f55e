package dev.papergraph.extract;

/** A statement between two mentions of one sentence, with the sentence as its evidence. */
public record RelationMention(
        RelationType type, Mention subject, Mention object, String component, double confidence) implements java.io.Serializable {}
