package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which names the paper introduces by where it puts them rather than by a cue in a sentence: a coined
 * name opening the title, a run of capitalised words closing it ("… via Multistage Data Filtering"), a name
 * both the title opens with and the abstract introduces, a short form the title defines, and a coined name
 * the paper's code or data repository is named after. A title and a repository name what the paper is about
 * or ships, so a name placed there is the paper's own unless it is well known or the paper is a survey.
 */
final class TitleNameFinder {
    /** The plural of a coined name ("ResNets", "GFlowNets") speaks of a family the paper uses. */
    private static final Pattern NAME_PLURAL = Pattern.compile("\\S*\\p{Lu}\\S*\\p{Ll}s");

    private final List<FieldReading> fields;
    private final Gazetteer gazetteer;
    private final IntroducedNames names;

    TitleNameFinder(List<FieldReading> fields, Gazetteer gazetteer, IntroducedNames names) {
        this.fields = fields;
        this.gazetteer = gazetteer;
        this.names = names;
    }

    private Optional<FieldReading> title() {
        return FieldReading.title(fields);
    }

    /** A coined name in the title ("TimelyGPT", "PreDiff") is the paper's own. */
    void introduceOpeningName() {
        title().ifPresent(title -> {
            for (Candidate a : title.accepted()) {
                String text = title.spanText(a);
                List<CoreLabel> sentence = title.text().sentences().get(a.sentence());
                // Only a name opening the title: later ones ("Training LayoutLM from Scratch") are used.
                boolean opening = a.sentence() == 0 && (a.from() == 0 || a.from() == 1 && sentence.get(0).word().equalsIgnoreCase("the"));
                if (opening && !NAME_PLURAL.matcher(text).matches()
                        && a.type() != MentionType.Task && gazetteer.typeOf(text).isEmpty() && !text.contains(" ")
                        && CuePatterns.hasInnerCapitalOrDigit(sentence, a.from(), a.to()) && !Reconciler.FAMILY_PLURAL.matcher(text).matches()) {
                    names.introduce(text, a, sentence, null);
                }
            }
        });
    }

    /** Words after which a title says how its goal is reached: "… via Multistage Data Filtering", "… with Celeb Basis". */
    private static final Set<String> MEANS = Set.of("via", "with");
    /** Last words of a title that name a kind of paper, not a contribution: "Nemotron-4 340B Technical Report". */
    private static final Set<String> GENRES = Set.of("report", "survey", "review", "study", "overview", "tutorial", "perspective");

    /**
     * A title ending in a run of capitalised words after "via" or "with" ("Efficient NLP Model Finetuning via
     * Multistage Data Filtering"), one coined word there ("… with AutoGen"), after a catchphrase and a colon
     * ("Only Pay for What Is Uncertain: Variance-Adaptive Thompson Sampling"), or made of such a run alone
     * ("Marginal Tail-Adaptive Normalizing Flows"), names the paper's own technique, unless the gazetteer knows it
     * ("… via Contrastive Learning"). The run becomes a mention if the components split or missed it.
     */
    void introduceMeans() {
        FieldReading title = title().orElse(null);
        if (title == null) {
            return;
        }
        // A title may ask first: "What's New in My Data? Novelty Exploration via Contrastive Generation".
        int last = title.text().sentences().size() - 1;
        List<CoreLabel> sentence = title.text().sentences().get(last);
        int end = sentence.size();
        while (end > 0 && Reconciler.isPunctuation(sentence.get(end - 1).word())) {
            end--;
        }
        int from = end;
        while (from > 0 && titleNameWord(sentence, from - 1)) {
            from--;
        }
        while (from < end && sentence.get(from).word().equals("-")) {
            from++;
        }
        int words = 0;
        for (int i = from; i < end; i++) {
            words += sentence.get(i).word().equals("-") ? 0 : 1;
        }
        boolean means = from > 0 && MEANS.contains(sentence.get(from - 1).word().toLowerCase(Locale.ROOT));
        // One word after "with" is a name only when coined: "… descriptiveness with AutoGen", not "… via Distillation".
        String only = end - from == 1 ? sentence.get(from).word() : "";
        boolean coinedWord = words == 1 && means && !only.isEmpty() && CuePatterns.hasInnerCapitalOrDigit(sentence, from, end)
                && !NAME_PLURAL.matcher(only).matches() && !Reconciler.FAMILY_PLURAL.matcher(only).matches();
        if (words < 2 && !coinedWord || words > 6 || !(means || from == 0 || afterCatchphrase(sentence, from))
                || GENRES.contains(sentence.get(end - 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        String text = title.text().spanText(sentence, from, end);
        String singular = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        // A run with a finite verb is a sentence, not a name: "Position Interpolation Improves ALiBi Extrapolation".
        // The last word may be a plural noun tagged as a verb ("Normalizing Flows").
        boolean verb = sentence.subList(from, end - 1).stream().anyMatch(t -> t.tag() != null && t.tag().matches("VB[DPZ]|MD"));
        if (verb || gazetteer.typeOf(text).isPresent() || gazetteer.typeOf(singular).isPresent()) {
            return;
        }
        int start = from;
        int stop = end;
        Candidate found = title.acceptedAt(last, start, stop)
                .orElseGet(() -> new Candidate(last, start, stop, MentionType.Method, CuePatterns.COMPONENT, 0.7));
        title.acceptInPlaceOfOverlaps(found);
        names.introduce(text, found, sentence, null);
    }

    /**
     * Whether the run at {@code from} follows a colon after a catchphrase, a clause with small words in lower
     * case, not a name: "Only Pay for What Is Uncertain: Variance-Adaptive Thompson Sampling", not "UL2:
     * Unifying Language Learning Paradigms" (the run there spells the name out, which other rules judge).
     */
    private static boolean afterCatchphrase(List<CoreLabel> sentence, int from) {
        if (from < 3 || !sentence.get(from - 1).word().equals(":")) {
            return false;
        }
        return sentence.subList(0, from - 1).stream().anyMatch(t -> Character.isLowerCase(t.word().codePointAt(0)));
    }

    /**
     * A word of a name in a title: capitalised or numeric and no small word ("for", "of", "with"), a hyphen, or a
     * describing suffix glued after a hyphen ("Uncertainty-aware Reward Modeling"; not "Few-shot", "Text-to-Image").
     */
    private static boolean titleNameWord(List<CoreLabel> sentence, int i) {
        String word = sentence.get(i).word();
        String lower = word.toLowerCase(Locale.ROOT);
        boolean afterHyphen = i > 1 && sentence.get(i - 1).word().equals("-") && AnalyzedText.glued(sentence.get(i - 1), sentence.get(i))
                && Reconciler.ADJECTIVAL.matcher("-" + lower).matches();
        return word.equals("-") || afterHyphen || (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))
                && !Reconciler.LEADING.contains(lower) && !Reconciler.LONG_FORM_ENDS.contains(lower) && !Reconciler.isPunctuation(word);
    }

    /**
     * A name the authors introduce is theirs even where they cite it or the gazetteer knows it, when the title
     * opens with it: "Automatic Backward Filtering Forward Guiding for …" with "we introduce the automatic
     * Backward Filtering Forward Guiding (BFFG) paradigm (Mider et al., 2021)" cites the authors' own earlier
     * work, and "Retrieval-Augmented Generation for …" with "We introduce RAG models" names the paper's
     * subject. The title's form is introduced; the abstract's too when it is the same name or its short form.
     */
    void introduceConfirmed(Map<String, String> partners) {
        List<Candidate> opening = titleOpeningNames();
        if (opening.isEmpty()) {
            return;
        }
        FieldReading title = fields.get(0);
        for (FieldReading field : fields) {
            if (field.field() == Field.title) {
                continue;
            }
            for (Candidate cue : field.introducedCues()) {
                boolean cited = CuePatterns.CITED.equals(cue.component());
                boolean window = CuePatterns.WINDOW.equals(cue.component()) && cue.confidence() > CuePatterns.WEAK_WINDOW;
                if (!cited && !window) {
                    continue;
                }
                // In a clause after "we introduce" only the name right after the verb is the one introduced.
                List<Candidate> inside = field.accepted().stream()
                        .filter(a -> a.sentence() == cue.sentence() && a.from() >= cue.from() && a.from() < (cited ? cue.to() : cue.from() + 3))
                        .sorted(Comparator.comparingInt(Candidate::from)).toList();
                for (Candidate a : inside.isEmpty() || cited ? inside : inside.subList(0, 1)) {
                    String text = field.spanText(a);
                    String partner = partners.getOrDefault(text, "");
                    for (Candidate t : opening) {
                        String name = title.spanText(t).toLowerCase(Locale.ROOT);
                        String lower = text.toLowerCase(Locale.ROOT);
                        // A well-known name counts only as the short form the paper defines ("retrieval-augmented
                        // generation (RAG)" then "We introduce RAG models"): "we propose a deep learning method" in a paper
                        // titled "A Deep Learning Method for …" only uses it.
                        boolean same = (name.equals(lower) || name.equals(partner.toLowerCase(Locale.ROOT)))
                                && (!partner.isEmpty() || gazetteer.typeOf(text).isEmpty());
                        // "automatic Backward Filtering Forward Guiding" in the abstract, the whole name in the title; only
                        // where the authors cite it, else "we propose a new supervised pre-training method" in a paper titled
                        // "Rethinking Supervised Pre-training …" would count.
                        // "… (Gilmer et al., 2017)" after a title's well-known name cites its origin, not the authors' work.
                        boolean ending = cited && lower.contains(" ") && name.endsWith(" " + lower)
                                && gazetteer.typeOf(title.spanText(t)).isEmpty();
                        if (same || ending) {
                            names.introduce(title.spanText(t), t, title.text().sentences().get(t.sentence()), null);
                        }
                        if (same) {
                            names.introduce(text, a, field.text().sentences().get(a.sentence()), null);
                        }
                    }
                }
            }
        }
    }

    /** The mentions opening the title, after "the", "a" or "an" at most: "Retrieval-Augmented Generation for …". */
    private List<Candidate> titleOpeningNames() {
        return title().map(title -> {
            List<CoreLabel> sentence = title.text().sentences().get(0);
            int first = !sentence.isEmpty() && Set.of("the", "a", "an").contains(sentence.get(0).word().toLowerCase(Locale.ROOT)) ? 1 : 0;
            return title.accepted().stream().filter(a -> a.sentence() == 0 && a.from() == first)
                    .sorted(Comparator.comparingInt(Candidate::to)).toList();
        }).orElse(List.of());
    }

    /** Nouns by which a paper says it reviews others' work: "Our survey first proposes …", "In this review, …". */
    private static final Set<String> REVIEW_NOUNS = Set.of("survey", "review", "overview", "tutorial");

    /**
     * A short form the title defines names the paper's contribution, with its long form: "Recommendation as
     * Language Processing (RLP): …", "The DESI PRObabilistic Value-Added Bright Galaxy Survey (PROVABGS) Mock
     * Challenge". Not in a survey ("Retrieval-Augmented Generation with Graphs (GraphRAG)", "our survey …"),
     * which names a field, nor a well-known short form.
     */
    void introduceDefinitions() {
        FieldReading title = title().orElse(null);
        if (title == null || reviewsOthers()) {
            return;
        }
        for (AcronymDetector.Definition d : title.definitions()) {
            List<CoreLabel> sentence = title.text().sentences().get(d.sentence());
            String shortForm = title.text().spanText(sentence, d.shortFrom(), d.shortTo());
            String longForm = title.text().spanText(sentence, d.longFrom(), d.longTo());
            if (gazetteer.typeOf(shortForm).isPresent() || gazetteer.typeOf(longForm).isPresent()) {
                continue;
            }
            title.accepted().stream().filter(a -> a.sentence() == d.sentence()
                            && (a.from() == d.shortFrom() && a.to() == d.shortTo() || a.from() == d.longFrom() && a.to() == d.longTo()))
                    .sorted(Comparator.comparingInt(Candidate::from))
                    .forEach(a -> names.introduce(title.spanText(a), a, sentence, null));
        }
    }

    /** A link to a code or data repository: "https://github.com/owner/Name", "https://huggingface.co/datasets/owner/name". */
    private static final Pattern REPOSITORY_URL = Pattern.compile("(?i)(https?://)?(www\\.)?(github\\.com|gitlab\\.com|huggingface\\.co)/[^#?\\s]*?"
            + "([^/#?\\s]+?)(\\.git)?/?");

    /**
     * A coined one-word name that the paper's code or data repository is named after is the paper's own: "…
     * available at https://github.com/owner/PreSelect" for PreSelect, ".../datasets/owner/minipile" for MiniPile.
     * Not in a survey, whose repository lists others' work, nor a well-known name ("…/pytorch/fairseq").
     */
    void introduceRepositoryNames() {
        if (reviewsOthers()) {
            return;
        }
        Set<String> repositories = new TreeSet<>();
        for (FieldReading field : fields) {
            for (List<CoreLabel> sentence : field.text().sentences()) {
                for (CoreLabel token : sentence) {
                    Matcher m = REPOSITORY_URL.matcher(token.word());
                    if (m.matches()) {
                        repositories.add(repositoryKey(m.group(4)));
                    }
                }
            }
        }
        if (repositories.isEmpty()) {
            return;
        }
        for (FieldReading field : fields) {
            for (Candidate a : field.accepted()) {
                String text = field.spanText(a);
                // Only the name: the words around one of its occurrences say nothing of its type.
                if (!text.contains(" ") && repositories.contains(repositoryKey(text)) && gazetteer.typeOf(text).isEmpty()) {
                    names.add(text);
                }
            }
        }
    }

    /** A name as repositories write it, in any case and with or without hyphens: "Pre-Select", "preselect", "pre_select". */
    private static String repositoryKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
    }

    /** Whether the abstract calls the paper a survey or review: "this survey", "our review", "we survey". */
    private boolean reviewsOthers() {
        for (FieldReading field : fields) {
            for (List<CoreLabel> sentence : field.text().sentences()) {
                for (int i = 1; i < sentence.size(); i++) {
                    String word = sentence.get(i).word().toLowerCase(Locale.ROOT);
                    String before = sentence.get(i - 1).word().toLowerCase(Locale.ROOT);
                    if (REVIEW_NOUNS.contains(word) && (before.equals("this") || before.equals("our") || before.equals("we"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
