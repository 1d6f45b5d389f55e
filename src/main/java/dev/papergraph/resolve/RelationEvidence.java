package dev.papergraph.resolve;

import dev.papergraph.extract.RelationMention;

/** One reading of a concept relation: the paper and the relation mention (with its sentence). */
public record RelationEvidence(String paperId, RelationMention mention) {}
