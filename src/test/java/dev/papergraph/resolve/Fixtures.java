package dev.papergraph.resolve;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-made papers for resolver tests: each mention is a sentence of its own unless placed in one. */
final class Fixtures {
    private Fixtures() {}

    static PaperBuilder paper(String id) {
        return new PaperBuilder(id);
    }

    static Mention mention(String text, MentionType type, int start, String sentence) {
        return new Mention(Field.abstract_, type, text, start, start + text.codePointCount(0, text.length()), sentence, "test", 1.0);
    }

    static final class PaperBuilder {
        private final String id;
        private PaperDate date;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<AcronymPair> acronyms = new ArrayList<>();
        private final List<String> introduced = new ArrayList<>();
        private final List<RelationMention> relations = new ArrayList<>();
        private int offset;

        private PaperBuilder(String id) {
            this.id = id;
        }

        PaperBuilder year(int year) {
            date = PaperDate.ofYear(year);
            return this;
        }

        /** Mentions in a sentence "We use X." each. */
        PaperBuilder uses(MentionType type, String... texts) {
            for (String text : texts) {
                mentions.add(mention(text, type, offset + 7, "We use " + text + "."));
                offset += text.length() + 10;
            }
            return this;
        }

        Mention add(Mention mention) {
            mentions.add(mention);
            return mention;
        }

        PaperBuilder defines(MentionType type, String shortForm, String longForm) {
            uses(type, longForm, shortForm);
            acronyms.add(new AcronymPair(shortForm, longForm, type));
            return this;
        }

        PaperBuilder introduces(String text) {
            introduced.add(text);
            return this;
        }

        PaperBuilder relation(RelationMention relation) {
            relations.add(relation);
            return this;
        }

        PaperInput build() {
            Paper paper = new Paper(id, null, "Abstract of " + id + ".", null, null, date, null, null, null, null);
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(NormalizingConceptResolver.MENTION_ORDER);
            return new PaperInput(paper, new PaperExtraction(id, sorted, acronyms, Set.copyOf(introduced), relations));
        }
    }
}
