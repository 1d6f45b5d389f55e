package dev.papergraph.extract;

import java.util.Locale;

/** The five kinds of research concept papergraph extracts (see ontology/papergraph.ttl). */
public enum MentionType {
    Method,
    Model,
    Dataset,
    Task,
    Metric;

    /** Parses a type name case-insensitively ("dataset", "DATASET", "Dataset"). */
    public static MentionType parse(String name) {
        for (MentionType type : values()) {
            if (type.name().equalsIgnoreCase(name.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown mention type '" + name + "' (one of Method, Model, Dataset, Task, Metric)");
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
