package dev.papergraph.eval;

/** Matched, predicted and gold counts, and the precision, recall and F1 they give. */
public record Counts(int matched, int predicted, int gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(matched + other.matched, predicted + other.predicted, gold + other.gold);
    }

    /** Precision; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    /** Recall; 0 when there is no gold. */
    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
