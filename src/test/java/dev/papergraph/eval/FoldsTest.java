package dev.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FoldsTest {

    @Test
    void every_id_falls_in_exactly_one_fold() {
        for (String id : new String[] {"6b6d2bcbbe", "402667b191", "scier-dev-0001"}) {
            assertEquals(1, IntStream.range(0, 3).filter(i -> new Folds.Fold(i, 3).contains(id)).count());
        }
    }

    @Test
    void a_fold_is_written_index_slash_count() {
        assertEquals(new Folds.Fold(2, 5), Folds.Fold.parse("2/5"));
        assertEquals("2/5", Folds.Fold.parse(" 2 / 5 ").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Folds.Fold.parse("two"));
        assertTrue(e.getMessage().contains("INDEX/COUNT"));
        assertThrows(IllegalArgumentException.class, () -> Folds.Fold.parse("3/3"));
    }
}
