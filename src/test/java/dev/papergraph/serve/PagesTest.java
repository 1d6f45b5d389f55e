package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papergraph.graph.PG;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PagesTest {
    private final Pages pages = new Pages(new Site(DatasetGraphFactory.createTxnMem(), Fixture.BASE));

    private static Binding mention(String field, int begin, int end, Node type, String conceptKey) {
        return Binding.builder()
                .add(Var.alloc("field"), NodeFactory.createLiteralString(field))
                .add(Var.alloc("begin"), NodeFactory.createLiteralByValue(begin))
                .add(Var.alloc("end"), NodeFactory.createLiteralByValue(end))
                .add(Var.alloc("type"), type)
                .add(Var.alloc("concept"), NodeFactory.createURI(Fixture.BASE + "concept/" + conceptKey))
                .build();
    }

    @Test
    void offsets_count_code_points_not_utf16_units() {
        // U+1D53C takes two UTF-16 units but one code point: "BERT" starts at code point 7.
        String text = "\uD835\uDD3C uses BERT <here>";
        String html = pages.highlight(text, List.of(mention("abstract", 7, 11, PG.Model.asNode(), "bert")), "abstract");
        assertEquals("\uD835\uDD3C uses <mark class=\"m m-Model\" title=\"Model\"><a href=\"/id/concept/bert\">BERT</a></mark> &lt;here&gt;", html);
    }

    @Test
    void overlapping_spans_keep_the_first_and_longest_and_other_fields_are_ignored() {
        String text = "Vision Transformer models";
        String html = pages.highlight(text, List.of(
                mention("abstract", 7, 18, PG.Method.asNode(), "transformer"),
                mention("abstract", 0, 18, PG.Model.asNode(), "vit"),
                mention("title", 0, 6, PG.Task.asNode(), "vision"),
                mention("abstract", 20, 99, PG.Task.asNode(), "out-of-range")), "abstract");
        assertEquals("<mark class=\"m m-Model\" title=\"Model\"><a href=\"/id/concept/vit\">Vision Transformer</a></mark> models", html);
    }

    @Test
    void the_year_chart_draws_the_kept_counts_with_empty_years_between() {
        Binding y2019 = Binding.builder().add(Var.alloc("year"), NodeFactory.createLiteralString("2019"))
                .add(Var.alloc("papers"), NodeFactory.createLiteralString("3")).build();
        Binding y2021 = Binding.builder().add(Var.alloc("year"), NodeFactory.createLiteralString("2021"))
                .add(Var.alloc("papers"), NodeFactory.createLiteralString("2")).build();
        String svg = Pages.yearChart(List.of(y2019, y2021));
        assertEquals(3, svg.split("<rect").length - 1);
        assertEquals(true, svg.contains("<title>2019: 3</title>") && svg.contains("<title>2020: 0</title>") && svg.contains("<title>2021: 2</title>"));
        assertEquals("<p class=\"muted\">No dated paper.</p>\n", Pages.yearChart(List.of()));
    }

    @Test
    void a_paper_without_a_title_is_named_by_the_opening_of_its_abstract() {
        Binding row = Binding.builder()
                .add(Var.alloc("paper"), NodeFactory.createURI(Fixture.BASE + "paper/x"))
                .add(Var.alloc("abstract"), NodeFactory.createLiteralString("We study " + "very ".repeat(30) + "long text."))
                .build();
        String name = Pages.titleOf(row);
        assertEquals(91, name.codePointCount(0, name.length()));
        assertEquals(true, name.startsWith("We study very") && name.endsWith("…"));
    }

    @Test
    void ids_elsewhere_link_to_their_pages() {
        assertEquals("<a href=\"https://paperswithcode.com/dataset/imagenet\" rel=\"external\">paperswithcode:imagenet</a>",
                Pages.externalLink("paperswithcode:imagenet", "Dataset"));
        assertEquals("<a href=\"https://paperswithcode.com/method/dropout\" rel=\"external\">paperswithcode:dropout</a>",
                Pages.externalLink("paperswithcode:dropout", "Method"));
        assertEquals("<a href=\"https://huggingface.co/datasets/ILSVRC/imagenet-1k\" rel=\"external\">huggingface:ILSVRC/imagenet-1k</a>",
                Pages.externalLink("huggingface:ILSVRC/imagenet-1k", "Dataset"));
        assertEquals("<a href=\"http://www.wikidata.org/entity/Q24901201\" rel=\"external\">http://www.wikidata.org/entity/Q24901201</a>",
                Pages.externalLink("http://www.wikidata.org/entity/Q24901201", "Dataset"));
    }
}
