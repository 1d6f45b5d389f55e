package dev.papergraph.eval;

/**
 * Deterministic cross-validation folds over record ids, so that training (which leaves a fold out)
 * and evaluation (which scores each record with the model that did not see it) agree.
 */
public final class Folds {
    private Folds() {}

    /** The fold (0-based) a record id falls in, out of {@code count}. */
    public static int of(String id, int count) {
        return Math.floorMod(id.hashCode(), count);
    }

    /** One fold out of several: "2/5" is the third of five. */
    public record Fold(int index, int count) {
        public Fold {
            if (count < 2 || index < 0 || index >= count) {
                throw new IllegalArgumentException("bad fold " + index + "/" + count);
            }
        }

        public static Fold parse(String text) {
            String[] parts = text.split("/");
            try {
                return new Fold(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("a fold is written INDEX/COUNT, e.g. 0/5; got '" + text + "'");
            }
        }

        public boolean contains(String id) {
            return of(id, count) == index;
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }
}
