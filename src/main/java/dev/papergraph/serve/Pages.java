package dev.papergraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The HTML of the linked-data pages. Pages are plain server-side HTML that read well without
 * scripts; only the neighbourhood graph needs JavaScript (the explorer's {@code graph.js}).
 */
final class Pages {
    /** How a relation reads from the page's concept: {outgoing, incoming}. */
    private static final Map<String, String[]> PHRASES = Map.of(
            "broader", new String[] {"is a kind of", "is broader than"},
            "related", new String[] {"is related to", "is related to"},
            "variantOf", new String[] {"is a variant of", "has the variant"},
            "basedOn", new String[] {"is based on", "is the basis of"},
            "evaluatedOn", new String[] {"is evaluated on", "evaluates"},
            "trainedOn", new String[] {"is trained on", "is training data for"},
            "appliedTo", new String[] {"is applied to", "is addressed by"},
            "comparedWith", new String[] {"is compared with", "is compared with"},
            "outperforms", new String[] {"outperforms", "is outperformed by"});

    private final Site site;

    Pages(Site site) {
        this.site = site;
    }

    /**
     * @param papers the first papers naming the concept ({@code concept-papers.rq})
     * @param years how many papers naming it each year holds, for the chart ({@code concept-years.rq})
     */
    /** Co-occurring concepts a concept page lists. */
    static final int CO_OCCURRING_SHOWN = 60;

    String concept(ConceptView concept, List<Binding> papers, List<Binding> years, List<Binding> related, List<Binding> cooccurring) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(concept.label())).append(' ').append(badge(concept.type())).append("</h1>\n");
        body.append("<dl class=\"facts\">\n");
        fact(body, "IRI", "<code>" + esc(concept.iri()) + "</code>");
        if (!concept.altLabels().isEmpty()) {
            fact(body, "Also called", String.join(", ", concept.altLabels().stream().map(Pages::esc).toList()));
        }
        if (!concept.links().isEmpty()) {
            fact(body, "Same as", String.join("<br>", concept.links().stream().map(link -> externalLink(link, concept.type())).toList()));
        }
        concept.support().ifPresent(s -> fact(body, "Support", s + (s == 1 ? " paper" : " papers")));
        concept.firstSeen().ifPresent(d -> fact(body, "First seen", esc(d)));
        body.append("</dl>\n");

        body.append("<section class=\"split\">\n<div>\n<h2>Papers per year</h2>\n")
                .append(yearChart(years))
                .append("</div>\n<div>\n<h2>Neighbourhood</h2>\n")
                .append("<div id=\"graph\" class=\"graph small\" data-limit=\"20\" data-concept=\"")
                .append(esc(concept.iri()))
                .append("\"></div>\n</div>\n</section>\n");

        body.append("<h2>Papers</h2>\n");
        if (papers.isEmpty()) {
            body.append("<p class=\"muted\">No paper names this concept.</p>\n");
        } else {
            body.append("<table class=\"rows\"><thead><tr><th>Role</th><th>Date</th><th>Paper</th></tr></thead><tbody>\n");
            for (Binding row : papers) {
                String role = lexical(row.get("role"));
                body.append("<tr><td><span class=\"role role-").append(esc(role)).append("\">").append(esc(role))
                        .append("</span></td><td>").append(esc(lexical(row.get("issued"))))
                        .append("</td><td>").append(link(row.get("paper"), titleOf(row))).append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
            long total = concept.support().orElse((long) papers.size());
            if (total > papers.size()) {
                body.append("<p class=\"muted\">The first ").append(papers.size()).append(" of ").append(total)
                        .append(" papers: those that introduce it, then the newest.</p>\n");
            }
        }

        body.append("<h2>Related concepts</h2>\n");
        if (related.isEmpty() && cooccurring.isEmpty()) {
            body.append("<p class=\"muted\">None recorded.</p>\n");
        }
        if (!related.isEmpty()) {
            body.append("<table class=\"rows\"><thead><tr><th>Relation</th><th>Concept</th><th>Type</th></tr></thead><tbody>\n");
            for (Binding row : related) {
                String phrase = phrase(localName(row.get("relation")), lexical(row.get("direction")).equals("out"));
                body.append("<tr><td>").append(esc(phrase)).append("</td><td>")
                        .append(link(row.get("other"), lexical(row.get("label"))))
                        .append("</td><td>").append(badge(ConceptType.nameOf(row.get("type")))).append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        if (!cooccurring.isEmpty()) {
            body.append("<p class=\"cooc\">Named together with: ");
            List<String> items = new ArrayList<>();
            for (Binding row : cooccurring) {
                items.add(link(row.get("other"), lexical(row.get("label")))
                        + " <span class=\"muted\">(" + esc(lexical(row.get("weight"))) + ")</span>");
            }
            body.append(String.join(", ", items)).append("</p>\n");
        }
        return layout(concept.label(), body.toString(), true);
    }

    String paper(PaperView paper, List<Binding> mentions, List<Binding> concepts) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(highlight(paper.title(), mentions, "title")).append("</h1>\n");
        body.append("<dl class=\"facts\">\n");
        fact(body, "IRI", "<code>" + esc(paper.iri()) + "</code>");
        fact(body, "Id", esc(paper.id()));
        paper.issued().ifPresent(d -> fact(body, "Date", esc(d)));
        paper.authorCount().ifPresent(n -> fact(body, "Authors", Long.toString(n)));
        body.append("</dl>\n");
        body.append("<p class=\"legend\">");
        for (ConceptType type : ConceptType.values()) {
            body.append("<mark class=\"m m-").append(type.name()).append("\">").append(type.name()).append("</mark> ");
        }
        body.append("</p>\n<h2>Abstract</h2>\n<p class=\"abstract\">")
                .append(highlight(paper.abstractText(), mentions, "abstract"))
                .append("</p>\n");
        body.append("<h2>Concepts</h2>\n");
        if (concepts.isEmpty()) {
            body.append("<p class=\"muted\">No concept found in this paper.</p>\n");
        } else {
            body.append("<table class=\"rows\"><thead><tr><th>Role</th><th>Type</th><th>Concept</th><th>Support</th></tr></thead><tbody>\n");
            for (Binding row : concepts) {
                String role = lexical(row.get("role"));
                body.append("<tr><td><span class=\"role role-").append(esc(role)).append("\">").append(esc(role))
                        .append("</span></td><td>").append(badge(ConceptType.nameOf(row.get("type"))))
                        .append("</td><td>").append(link(row.get("concept"), lexical(row.get("label"))))
                        .append("</td><td>").append(esc(lexical(row.get("support")))).append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        return layout(paper.heading(), body.toString(), false);
    }

    /** Any other resource (a mention, a co-occurrence, a source record): its triples as a table. */
    String resource(Model description, String iri) {
        StringBuilder body = new StringBuilder();
        body.append("<h1><code>").append(esc(iri)).append("</code></h1>\n");
        body.append("<table class=\"rows\"><thead><tr><th>Subject</th><th>Property</th><th>Value</th></tr></thead><tbody>\n");
        description.listStatements().toList().stream()
                .map(Statement::asTriple)
                .sorted(Comparator.comparing((Triple t) -> t.getSubject().toString())
                        .thenComparing(t -> t.getPredicate().toString())
                        .thenComparing(t -> t.getObject().toString()))
                .forEach(t -> body.append("<tr><td>").append(term(t.getSubject())).append("</td><td>")
                        .append(term(t.getPredicate())).append("</td><td>").append(term(t.getObject()))
                        .append("</td></tr>\n"));
        body.append("</tbody></table>\n");
        return layout(iri, body.toString(), false);
    }

    private String term(Node node) {
        return node.isURI() ? link(node, node.getURI()) : esc(lexical(node));
    }

    /** The text with each mention of the field wrapped in a link coloured by type; overlaps keep the first. */
    String highlight(String text, List<Binding> mentions, String field) {
        List<Binding> spans = mentions.stream()
                .filter(m -> lexical(m.get("field")).equals(field))
                .sorted(Comparator.comparingInt((Binding m) -> integer(m.get("begin")))
                        .thenComparing(m -> -integer(m.get("end"))))
                .toList();
        int codePoints = text.codePointCount(0, text.length());
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (Binding span : spans) {
            int begin = integer(span.get("begin"));
            int end = integer(span.get("end"));
            if (begin < done || end > codePoints || begin >= end) {
                continue;
            }
            out.append(esc(slice(text, done, begin)));
            String type = ConceptType.nameOf(span.get("type"));
            String inner = esc(slice(text, begin, end));
            Node concept = span.get("concept");
            String content = concept == null ? inner : "<a href=\"" + esc(site.pathOf(concept.getURI())) + "\">" + inner + "</a>";
            out.append("<mark class=\"m m-").append(type).append("\" title=\"").append(type).append("\">")
                    .append(content).append("</mark>");
            done = end;
        }
        out.append(esc(slice(text, done, codePoints)));
        return out.toString();
    }

    /** Bars of papers per year, from the counts kept for the concept ({@code concept-years.rq}); a note when there are none. */
    static String yearChart(List<Binding> counts) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (Binding row : counts) {
            year(lexical(row.get("year"))).ifPresent(y -> perYear.merge(y, Integer.parseInt(lexical(row.get("papers"))), Integer::sum));
        }
        if (perYear.isEmpty()) {
            return "<p class=\"muted\">No dated paper.</p>\n";
        }
        int first = perYear.keySet().iterator().next();
        int last = ((TreeMap<Integer, Integer>) perYear).lastKey();
        int years = last - first + 1;
        int max = perYear.values().stream().max(Integer::compare).orElse(1);
        int barWidth = 36;
        int gap = 8;
        int height = 120;
        int width = years * (barWidth + gap) + gap;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" aria-label=\"Papers per year\" width=\"").append(width)
                .append("\" height=\"").append(height + 40).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height + 40).append("\">\n");
        for (int i = 0; i < years; i++) {
            int year = first + i;
            int count = perYear.getOrDefault(year, 0);
            int barHeight = count * height / max;
            int x = gap + i * (barWidth + gap);
            svg.append("<g><title>").append(year).append(": ").append(count).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(height - barHeight + 16)
                    .append("\" width=\"").append(barWidth).append("\" height=\"").append(barHeight).append("\"/>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height - barHeight + 12)
                    .append("\" class=\"count\">").append(count == 0 ? "" : Integer.toString(count)).append("</text>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height + 32)
                    .append("\">").append(year).append("</text></g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    static Optional<Integer> year(String date) {
        return date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Optional.of(Integer.parseInt(date.substring(0, 4)))
                : Optional.empty();
    }

    static String notFound(String iri) {
        return layout("Not found", "<h1>Not found</h1>\n<p>Nothing in the graph is called <code>" + esc(iri)
                + "</code>.</p>\n<p><a href=\"/\">Search the explorer</a></p>\n", false);
    }

    private static String layout(String title, String body, boolean withGraph) {
        String scripts = withGraph
                ? "<script src=\"/webjars/cytoscape/dist/cytoscape.min.js\"></script>\n"
                        + "<script src=\"/explorer/graph.js\"></script>\n"
                        + "<script>PapergraphGraph.mountAll();</script>\n"
                : "";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · papergraph</title>
                <link rel="stylesheet" href="/explorer/palette.css">
                <link rel="stylesheet" href="/explorer/style.css">
                <link rel="alternate" type="text/turtle" href="?format=ttl">
                <link rel="alternate" type="application/ld+json" href="?format=jsonld">
                <link rel="alternate" type="application/n-triples" href="?format=nt">
                </head>
                <body class="page">
                <header class="bar"><a class="brand" href="/">papergraph</a>
                <nav><a href="/">Explore</a> <a href="/#query">SPARQL</a> <a href="/api/">API</a></nav></header>
                <main>
                %s</main>
                <footer>This page as <a href="?format=ttl">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> ·
                <a href="?format=nt">N-Triples</a></footer>
                %s</body>
                </html>
                """.formatted(esc(title), body, scripts);
    }

    private String link(Node node, String text) {
        String target = node.isURI() ? site.pathOf(node.getURI()) : "#";
        return "<a href=\"" + esc(target) + "\">" + esc(text.isBlank() ? node.toString() : text) + "</a>";
    }

    static String phrase(String relation, boolean outgoing) {
        String[] both = PHRASES.get(relation);
        if (both == null) {
            return outgoing ? relation : relation + " (inverse)";
        }
        return both[outgoing ? 0 : 1];
    }

    /** A link to an IRI, or to the page of a Papers with Code or Hugging Face id of a concept of that type. */
    static String externalLink(String link, String type) {
        String href = link;
        if (link.startsWith(PAPERS_WITH_CODE)) {
            href = "https://paperswithcode.com/" + (type.equals("Dataset") ? "dataset/" : "method/")
                    + link.substring(PAPERS_WITH_CODE.length());
        } else if (link.startsWith(HUGGING_FACE)) {
            href = "https://huggingface.co/" + (type.equals("Dataset") ? "datasets/" : "") + link.substring(HUGGING_FACE.length());
        }
        return href.startsWith("http://") || href.startsWith("https://")
                ? "<a href=\"" + esc(href) + "\" rel=\"external\">" + esc(link) + "</a>"
                : esc(link);
    }

    private static final String PAPERS_WITH_CODE = "paperswithcode:";
    private static final String HUGGING_FACE = "huggingface:";

    /** The title, or for a paper read without one, the opening words of its abstract. */
    static String titleOf(Binding row) {
        String title = lexical(row.get("title"));
        if (!title.isBlank()) {
            return title;
        }
        String text = lexical(row.get("abstract")).strip();
        if (text.isEmpty()) {
            return row.get("paper").getURI();
        }
        int cut = text.offsetByCodePoints(0, Math.min(90, text.codePointCount(0, text.length())));
        return cut == text.length() ? text : text.substring(0, cut).strip() + "…";
    }

    private static void fact(StringBuilder body, String name, String html) {
        body.append("<dt>").append(esc(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String badge(String type) {
        return "<span class=\"badge t-" + esc(type) + "\">" + esc(type) + "</span>";
    }

    private static String slice(String text, int beginCodePoint, int endCodePoint) {
        int begin = text.offsetByCodePoints(0, beginCodePoint);
        int end = text.offsetByCodePoints(begin, endCodePoint - beginCodePoint);
        return text.substring(begin, end);
    }

    static String lexical(Node node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    static String localName(Node node) {
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static int integer(Node node) {
        return node == null ? -1 : Integer.parseInt(node.getLiteralLexicalForm());
    }

    static String esc(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
