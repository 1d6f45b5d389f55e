package dev.papergraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.MentionType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LinkTableTest {
    private final LinkTable table = LinkTable.shipped();

    @Test
    void the_shipped_table_loads_and_each_name_belongs_to_one_row_per_type() {
        assertTrue(table.rows().size() >= 20);
        Set<String> seen = new HashSet<>();
        for (LinkTable.Row row : table.rows()) {
            for (String form : row.forms()) {
                assertTrue(seen.add(row.type() + " " + form), "named twice: " + form);
            }
            ConceptLink link = row.link();
            assertTrue(link.wikidataIri() == null || link.wikidataIri().matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"));
        }
    }

    @Test
    void links_by_any_form_with_a_compatible_type() {
        ConceptLink imagenet = table.link(List.of(LabelNormalizer.matchForm("ILSVRC 2012")), MentionType.Dataset);
        assertEquals("http://www.wikidata.org/entity/Q24901201", imagenet.wikidataIri());
        assertEquals("imagenet", imagenet.paperswithcodeId());
        assertEquals("Q61726893", table.link(List.of("bert"), MentionType.Method).wikidataIri().replaceAll(".*/", ""));
        assertNull(table.link(List.of("bert"), MentionType.Dataset));
        assertNull(table.link(List.of("bart"), MentionType.Model));
    }

    @Test
    void the_equivalence_table_loads_with_canonical_forms() {
        EquivalenceTable equivalences = EquivalenceTable.shipped();
        assertTrue(equivalences.isCanonical("coco"));
        assertTrue(equivalences.equivalences().contains(new EquivalenceTable.Equivalence("largelanguagemodel", "llm")));
    }
}
