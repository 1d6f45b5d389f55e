package dev.papergraph.resolve;

import dev.papergraph.extract.MentionType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The shipped table of well-known datasets, models, methods and metrics with their identifiers
 * elsewhere ({@code links.tsv}): names separated by "|", type, Wikidata QID, Papers with Code id,
 * Hugging Face id; an unknown identifier is left empty.
 */
final class LinkTable {
    static final String RESOURCE = "/dev/papergraph/resolve/links.tsv";
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /** One row: the match forms of its names, its type and its identifiers. */
    record Row(Set<String> forms, MentionType type, ConceptLink link) {}

    private final List<Row> rows;

    LinkTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static LinkTable shipped() {
        List<Row> rows = new ArrayList<>();
        for (EquivalenceTable.TsvRow tsv : EquivalenceTable.TsvRow.readResource(RESOURCE)) {
            List<String> cells = tsv.cells();
            if (cells.size() != 5) {
                throw new IllegalStateException(tsv.where() + ": expected 5 tab-separated columns, found " + cells.size());
            }
            String qid = cells.get(2);
            if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
                throw new IllegalStateException(tsv.where() + ": not a Wikidata QID: '" + qid + "'");
            }
            if (qid.isEmpty() && cells.get(3).isEmpty() && cells.get(4).isEmpty()) {
                throw new IllegalStateException(tsv.where() + ": a row needs at least one identifier");
            }
            Set<String> forms = new TreeSet<>();
            for (String name : cells.get(0).split("\\|")) {
                forms.add(LabelNormalizer.matchForm(name));
            }
            rows.add(new Row(
                    forms,
                    MentionType.parse(cells.get(1)),
                    new ConceptLink(
                            qid.isEmpty() ? null : WIKIDATA_ENTITY + qid, emptyToNull(cells.get(3)), emptyToNull(cells.get(4)))));
        }
        return new LinkTable(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The identifiers of the first row (in file order) that names one of the concept's forms with a
     * compatible type (Model and Method count as compatible: annotators and extractors disagree on them).
     */
    ConceptLink link(Collection<String> forms, MentionType type) {
        for (Row row : rows) {
            if (compatible(row.type(), type) && forms.stream().anyMatch(row.forms()::contains)) {
                return row.link();
            }
        }
        return null;
    }

    private static boolean compatible(MentionType a, MentionType b) {
        Set<MentionType> modelLike = Set.of(MentionType.Model, MentionType.Method);
        return a == b || (modelLike.contains(a) && modelLike.contains(b));
    }

    private static String emptyToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}
