package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cue patterns written in CoreNLP TokensRegex: a name before a head noun ("the SEVIR dataset", "the
 * GPT-3 model", "the BeamVQ framework"), and the cues of what a paper introduces ("we propose X",
 * "X, a novel …", "called X", a title opening "X: …").
 */
final class CuePatterns {
    static final String COMPONENT = "pattern";
    /** Marks an introduced cue that covers a clause ("we propose …") rather than naming one span. */
    static final String WINDOW = "pattern-window";
    /** The confidence of an introduced cue whose type is a default, not read from a head noun. */
    static final double GUESSED_TYPE = 0.7;
    /** The confidence of a window opened by a verb of use: only names in it are new, not plain phrases. */
    static final double WEAK_WINDOW = 0.6;
    /** How many tokens a "we propose" window reaches at most. */
    private static final int WINDOW_REACH = 12;
    /** Marks an introduced cue followed by a citation: it types the name but does not make it the paper's own. */
    static final String CITED = "pattern-cited";

    /**
     * A TokensRegex pattern with the token that opens each of its matches and tokens that every match holds.
     * TokensRegex tries a match at every token and allocates its matching state for each try, which made
     * the cues cost as much as tagging the text. Trying only at opening tokens, and not at all in a sentence
     * that lacks a needed token, finds the same matches.
     */
    record Cue(TokenSequencePattern pattern, NodePattern<CoreMap> opening, List<NodePattern<CoreMap>> needs) {
        /**
         * @param opening a token expression that the first token of every match meets
         * @param needs token expressions that some token of every match meets ({@code [{word:/(?i)our/}]})
         */
        static Cue of(String pattern, String opening, String... needs) {
            return new Cue(TokenSequencePattern.compile(pattern), token(opening), Arrays.stream(needs).map(Cue::token).toList());
        }

        private static NodePattern<CoreMap> token(String expression) {
            return TokenSequencePattern.compile(expression).findNodePattern(node -> node);
        }

        boolean possibleIn(List<CoreLabel> sentence) {
            return needs.stream().allMatch(need -> sentence.stream().anyMatch(need::match));
        }

        /** Finds what {@code pattern.getMatcher(sentence)} finds, in the same order. */
        TokenSequenceMatcher matcher(List<CoreLabel> sentence) {
            return new OpeningMatcher(this, possibleIn(sentence) ? sentence : List.of());
        }
    }

    /** Tries its pattern's non-overlapping matches from the opening tokens only. */
    private static final class OpeningMatcher extends TokenSequenceMatcher {
        private final NodePattern<CoreMap> opening;
        private final List<CoreLabel> tokens;
        private int next;

        OpeningMatcher(Cue cue, List<CoreLabel> tokens) {
            super(cue.pattern(), tokens);
            this.opening = cue.opening();
            this.tokens = tokens;
        }

        @Override
        public boolean find() {
            for (int start = next; start < tokens.size(); start++) {
                // find(start, true) tries a match at start only; TokensRegex's find() goes on through every later token.
                if (opening.match(tokens.get(start)) && find(start, true)) {
                    next = end();
                    return true;
                }
            }
            next = tokens.size();
            return false;
        }
    }

    /** A token expression met where any of {@code expressions} is: "[{word:/a/}]", "[{lemma:/b/}]" make "[{word:/a/} | {lemma:/b/}]". */
    private static String anyOf(String... expressions) {
        return Arrays.stream(expressions).map(e -> e.substring(1, e.length() - 1)).collect(Collectors.joining(" | ", "[", "]"));
    }

    /** A first name token: holds a capital or a digit, and is no determiner, pronoun or number. */
    private static final String FIRST = "[{word:/[\\p{L}\\d][\\p{L}\\d.'^]*/} & {word:/.*\\p{Lu}.*/} & !{tag:/DT|PRP\\$?|IN|CC|CD|WDT|RB/}]";
    /** A later name token: any word after a hyphen ("N-body"), else a capitalised or numeric word. */
    private static final String NEXT = "(([{word:/-/}] [{word:/[\\p{L}\\d][\\p{L}\\d.'^]*/}]) | "
            + "[{word:/[\\p{L}\\d][\\p{L}\\d.'^]*/} & {word:/.*[\\p{Lu}\\d].*/} & !{tag:/DT|PRP\\$?|IN|CC/}])";
    private static final String NAME = "(?$name " + FIRST + " " + NEXT + "{0,3})";
    /** The first token of the name of what a paper introduces, which may be one hyphenated token. */
    private static final String OWN_FIRST = "[{word:/[\\p{L}\\d][\\p{L}\\d.'^-]*/} & {word:/.*\\p{Lu}.*/} & !{tag:/DT|PRP\\$?|IN|CC|CD|WDT/}]";
    /**
     * The name of what a paper introduces may also be one hyphenated token ("Multi-Granularity Contrastive
     * Learning", "Single-Scale RMSNorm") or go on with a token glued by a hyphen ("Llama -3-Physician") or with
     * plus signs, which the tokenizer splits off ("RETRO++").
     */
    private static final String OWN_NAME = "(?$name " + OWN_FIRST + " "
            + "(" + NEXT + " | [{word:/\\+/}] | [{word:/-[\\p{L}\\d][\\p{L}\\d.'^-]*/}] | [{word:/[\\p{L}\\d][\\p{L}\\d.'^]*-[\\p{L}\\d.'^-]+/} & {word:/.*[\\p{Lu}\\d].*/}]){0,3})";

    /**
     * A citation written between a name and its head noun: "PoseTrack [2] dataset", "COCO (Lin et al., 2014)
     * benchmark". Square brackets hold reference numbers; round ones an author ("et al.") or a year.
     */
    private static final String CITATION = "( [{word:/\\[|-LSB-/}] [{word:/[\\d,\u2013-]+/}]{1,8} [{word:/\\]|-RSB-/}] "
            + "| [{word:/\\(|-LRB-/}] [!{word:/[()\\[\\];.]|-LRB-|-RRB-/}]{0,6} [{word:/al\\.?|(19|20)\\d\\d[a-z]?/}] "
            + "[!{word:/[()\\[\\];.]|-LRB-|-RRB-/}]{0,4} [{word:/\\)|-RRB-/}] )";

    /** A head noun that types the name before it. */
    private static final String HEAD_NOUN = "[{word:/(?i)datasets?|benchmarks?|corpus|corpora|databases?|suite|models?|frameworks?|"
            + "approach|methods?|algorithms?|architectures?|techniques?|metrics?|score|tasks?|surveys?|catalog(ue)?s?/}]";
    private static final Cue BEFORE_HEAD = Cue.of(NAME + " " + CITATION + "? (?$head " + HEAD_NOUN + ")", FIRST, HEAD_NOUN);
    /** A verb of making, or of using in the authors' own words. */
    private static final String MAKING_VERB = "[{lemma:/propose|introduce|present|develop|design|"
            + "release|build|construct|curate|create|collect|devise|contribute|offer|establish|open-source|unveil|employ|explore|insert/}]";
    private static final String AUTHORS = "[{word:/(?i)we|this|paper|work|study/}]";
    private static final String TO = "[{word:/(?i)to/}]";
    private static final Cue WE_PROPOSE = Cue.of(
            "( " + AUTHORS + " ([{tag:/RB|MD/}] | [{word:/(?i)have|has/}])* ( [{tag:/VB.*/}] [{word:/(?i)and/}] )? "
                    + "| (?$purpose " + TO + ") ) "
                    + "(?$verb " + MAKING_VERB + ")", anyOf(AUTHORS, TO), MAKING_VERB);
    /** Verbs that also say what the authors merely use ("we employ a normalizing flow", "we explore whether"). */
    private static final Pattern USING_VERB = Pattern.compile("employ|explore|insert");
    private static final String CALLING = "[{word:/(?i)called|named|dubbed|termed|coined|namely/}]";
    private static final Cue CALLED = Cue.of(CALLING + " [{word:/(?i)as/}]? " + OWN_NAME, CALLING);
    private static final String NOVEL = "[{word:/(?i)novel|new/}]";
    private static final String FIRST_OF_KIND = "[{word:/(?i)first/}]";
    private static final Cue APPOSITIVE = Cue.of(
            OWN_NAME + " ( [{word:/,|:/}] | [{word:/(?i)is/}] ) ( [{word:/(?i)a|an/}] " + NOVEL + " | [{word:/(?i)the/}] " + FIRST_OF_KIND + " )",
            OWN_FIRST, anyOf(NOVEL, FIRST_OF_KIND));
    /**
     * "a new dataset, X, is introduced", "X is proposed to …", "Prototype Regularization (PR) is devised", "The GPD
     * paradigm is established": a name said to be proposed in the passive.
     */
    private static final String PROPOSED = "[{word:/(?i)proposed|introduced|presented|developed|designed|"
            + "constructed|released|curated|created|devised|established|built/}]";
    private static final Cue PASSIVE = Cue.of(
            OWN_NAME + " ( [{word:/\\(|-LRB-/}] (?$short [!{word:/\\)|-RRB-/}]) [{word:/\\)|-RRB-/}] )? "
                    + "[{word:/(?i)(paradigm|framework|model|method|approach|algorithm|dataset|benchmark|module|loss)s?/}]? "
                    + "[{word:/,|\\)/}]? [{word:/(?i)is|are/}] [{tag:RB}]? " + PROPOSED + " !{word:/(?i)by/}", OWN_FIRST, PROPOSED);

    /** "MiniPile is a 6GB subset of …", "X is a large-scale corpus of …", "the Well: a collection of …": a name said to be data. */
    private static final String DATA_KIND = "[{word:/(?i)datasets?|corpus|corpora|benchmarks?|subset|collection|suite|database/}]";
    private static final Cue IS_DATA = Cue.of(
            NAME + " ( [{word:/(?i)is|are/}] | [{word:/:|,/}] ) [{word:/(?i)a|an|the/}] [!{word:/(?i)of|for|that|which|with|,|\\.|model|method/}]{0,4} "
                    + DATA_KIND, FIRST, DATA_KIND);
    /** Languages name what data is written in, not a data set: "English datasets". */
    static final Set<String> LANGUAGES = Set.of("english", "chinese", "french", "german", "spanish", "japanese",
            "korean", "arabic", "russian", "hindi", "portuguese", "italian", "dutch", "multilingual", "bilingual", "monolingual");

    /**
     * "we present msGFM, a …", "We develop PreDiff (…", "we train and release MedXLNet and …": a name right after the
     * verb, also in a purpose clause of the authors' sentence ("we have utilized this framework to create Prithvi, a …").
     */
    private static final String PROPOSING_VERB = "[{lemma:/propose|introduce|present|develop|design|release|build|construct|"
            + "curate|create|devise|contribute|unveil/}]";
    private static final String WE = "[{word:/(?i)we/}]";
    private static final String THIS_OR_THE = "[{word:/(?i)this|the/}]";
    private static final Cue WE_PROPOSE_NAME = Cue.of(
            "( " + WE + " | " + THIS_OR_THE + " [{word:/(?i)paper|work|study|article/}] | (?$purpose " + TO + ") ) "
                    + "([{tag:/RB|MD/}] | [{word:/(?i)have/}])* "
                    + "( [{tag:/VB.*/}] [{word:/(?i)and/}] )? " + PROPOSING_VERB + " " + OWN_NAME + " [{word:/,|\\(|:|that|which|and/}]",
            anyOf(WE, THIS_OR_THE, TO), PROPOSING_VERB);
    /**
     * "We facilitate evaluation by introducing GEO-bench, a …": a means clause of the authors' sentence names
     * what they make; "we empirically train Mistral-Interact, a powerful model": a trained name described in
     * apposition is the authors' model.
     */
    private static final String PROPOSING_GERUND = "[{tag:VBG} & {lemma:/propose|introduce|present|develop|design|release|build|construct|"
            + "curate|create|devise|contribute/}]";
    private static final String BY = "[{word:/(?i)by|through/}]";
    private static final Cue BY_PROPOSING_NAME = Cue.of(
            "(?$purpose " + BY + ") " + PROPOSING_GERUND + " " + OWN_NAME + " [{word:/,|\\(|:/}]", BY, PROPOSING_GERUND);
    private static final String TRAINING_VERB = "[{lemma:/train|pre-train|pretrain/} & {tag:/VB.*/}]";
    private static final Cue WE_TRAIN_NAME = Cue.of(
            WE + " [{tag:/RB|MD/}]* " + TRAINING_VERB + " " + OWN_NAME + " [{word:/,/}] [{word:/(?i)a|an/}]", WE, TRAINING_VERB);
    /**
     * "Our approach, SteerFair, …", "a training framework, Lumos, and …", "a tuning method (NMTune) to …":
     * a name in apposition to a head noun.
     */
    private static final String APPOSED_HEAD = "[{word:/(?i)(approach|method|model|framework|system|architecture|benchmark|dataset|"
            + "algorithm|pipeline|technique|agent|suite|corpus|metric|variant|module|scheme|strategy|mechanism|paradigm|toolkit|library)s?/}]";
    private static final Cue HEAD_APPOSITIVE = Cue.of(
            "(?$head " + APPOSED_HEAD + ") [{word:/,|:|\\(|-LRB-/}] " + OWN_NAME + " (?$close [{word:/,|\\(|\\.|and|\\)|-RRB-/}])",
            APPOSED_HEAD);
    /**
     * Words before a head noun that mark someone else's work: "the current state-of-the-art scaling method, YaRN"
     * ("art" is the last token of a split "state-of-the-art").
     */
    private static final Pattern PRIOR_WORK = Pattern.compile("(?i)art|sota|existing|current|previous|prior|popular|"
            + "recent|standard|baseline|conventional|traditional|original|widely-used|well-known|competing");
    /** "The resulting model, X, …", "The developed model, X, …": what the authors' own procedure yields is theirs, even without "we". */
    private static final Pattern RESULTING = Pattern.compile("(?i)resulting|proposed|final|developed");
    /** "a method based on Leave-One-Out K-Nearest-Neighbor, or LOOK for short", "…, or GRACE, which": a short name given with "or". */
    private static final String OR = "[{word:/(?i)or/}]";
    private static final String COMMA = "[{word:/,/}]";
    private static final Cue OR_SHORT = Cue.of(
            COMMA + " " + OR + " " + OWN_NAME + " ( [{word:/(?i)for/}] [{word:/(?i)short/}] | [{word:/,|\\.|;/}] )", COMMA, OR);
    private static final String OUR = "[{word:/(?i)our/}]";
    /** "our BLURB benchmark", "our MIMIC-IT dataset": the authors' own name before a head noun. */
    private static final Cue OUR_NAME_HEAD = Cue.of(
            OUR + " [{word:/(?i)proposed|new|novel/}]? " + OWN_NAME + " (?$head [{word:/(?i)(model|method|framework|"
                    + "dataset|benchmark|corpus|system|algorithm|architecture|metric|agent|suite|approach|technique|strategy|module|loss)s?/}])",
            OUR);

    private static final String MADE = "[{word:/(?i)introduced|proposed|constructed|curated|collected|created|built|developed|released/}]";
    /** "our newly introduced large-scale data Time-300B": a name after the authors' own participle of making. */
    private static final Cue OUR_MADE_NAME = Cue.of(
            OUR + " [{tag:RB}]? " + MADE + " [{word:/\\p{Ll}[\\p{Ll}-]*|-/}]{0,4} " + OWN_NAME, OUR, MADE);
    /**
     * "a novel Motion Adapter module", "we propose … a BiMamba component": an indefinite article before a name and
     * a head noun of parts brings in a new part of the authors' design.
     */
    private static final String PART = "[{word:/(?i)(component|block|module|layer|adapter|unit|mechanism)s?/}]";
    private static final String A_OR_AN = "[{word:/(?i)a|an/}]";
    private static final Cue A_NAME_PART = Cue.of(A_OR_AN + " (?$novel " + NOVEL + ")? " + OWN_NAME + " " + PART, A_OR_AN, PART);

    private static final String NAMING_VERB = "[{lemma:/name|call|dub|term/}]";
    private static final String CONTRIBUTION = "[{word:/(?i)contribution/}]";
    /** "our model GeoRSCLIP", "Our variant ChartPaLI-5B", "we name X", "our main contribution is X". */
    private static final Cue OUR_NAME = Cue.of(
            "( " + OUR + " [{word:/(?i)proposed|new|main|final/}]? (?$head [{word:/(?i)(model|method|framework|approach|"
                    + "variant|dataset|benchmark|system|algorithm|architecture|metric|corpus|agent|tool)s?/}]) [{word:/,|:/}]? "
                    + "| " + OUR + " [{word:/(?i)proposed/}] "
                    + "| " + WE + " " + NAMING_VERB + " | " + CONTRIBUTION + " [{lemma:/be/}] ) " + OWN_NAME,
            anyOf(OUR, WE, CONTRIBUTION), anyOf(OUR, NAMING_VERB, CONTRIBUTION));

    /** Head nouns of what authors make, after which they may write its name: "our … approach ProtoTransfer". */
    private static final String MADE_HEAD = "[{word:/(?i)(approach|method|model|framework|system|architecture|benchmark|dataset|"
            + "algorithm|pipeline|technique|agent|suite|corpus|metric|variant|module|scheme|strategy|mechanism|paradigm|toolkit|"
            + "library|loss|network|learner)s?/}]";
    /** Words of a describing phrase before a head noun: no punctuation, finite verb, preposition, conjunction or determiner. */
    private static final String DESCRIBING_WORD = "[!{word:/[,.;:()\\[\\]]|-LRB-|-RRB-/} & !{tag:/VB[DZP]|MD|IN|CC|DT|WDT|PRP\\$?/}]";
    /**
     * "our self-supervised prototypical transfer learning approach ProtoTransfer": the authors' name after a
     * describing phrase and a head noun. The phrase is their technique's name too when it is a mention.
     */
    private static final Cue OUR_PHRASE_NAME = Cue.of(
            OUR + " (?$phrase " + DESCRIBING_WORD + "{1,6}) (?$head " + MADE_HEAD + ") " + OWN_NAME, OUR, MADE_HEAD);
    /**
     * "we develop the first learning rate adaptation module Adaptive-eta, which …": a name right after the
     * head noun of what the authors say they make.
     */
    private static final String DESIGNING_VERB = "[{lemma:/propose|introduce|present|develop|design|build|construct|create|devise/}]";
    private static final Cue WE_MAKE_HEAD_NAME = Cue.of(
            WE + " ([{tag:/RB|MD/}] | [{word:/(?i)have|also|further|then|first/}])* ( [{tag:/VB.*/}] [{word:/(?i)and/}] )? "
                    + DESIGNING_VERB + " [{word:/(?i)a|an|the/}]? " + DESCRIBING_WORD + "{0,8} (?$head " + MADE_HEAD + ") " + OWN_NAME
                    + " [{word:/,|\\(|-LRB-|\\.|;|which|that|to|for|and/}]",
            WE, DESIGNING_VERB, MADE_HEAD);

    /**
     * "pre-trained on X", "experiments on the X benchmark", "state-of-the-art results on X", "repairs 82 bugs on X":
     * what a model is trained or evaluated on is data.
     */
    private static final String ON = "[{word:/(?i)on/}]";
    private static final String TESTING_VERB = "[{lemma:/(?i)train|pre-train|pretrain|fine-tune|finetune|evaluate|test|validate|benchmark/} "
            + "& {tag:/VB.*/}]";
    private static final String TESTING_WORD = "[{word:/(?i)trained|pre-trained|pretrained|fine-tuned|finetuned|experiments|evaluations?|"
            + "evaluated|tested|validated|benchmarked|performance|results|accuracy|scores?|improvements?|gains|outperforms?|outperforming|"
            + "repairs|solves|achieves|achieving|%|points/}]";
    private static final Cue TRAINED_ON = Cue.of(
            "( " + TESTING_VERB + " | " + TESTING_WORD + " ) "
                    + "[!{word:/[,.;:()]|-LRB-|-RRB-|(?i)on|by|and|which|that|while|but/}]{0,4} "
                    + ON + " [{tag:DT}]? " + NAME + " !{word:/(?i)models?|GPUs?|TPUs?|hardware|devices?|LLMs?|VLMs?/}", anyOf(TESTING_VERB, TESTING_WORD), ON);

    /** "the piano dataset EMOPIA", "on datasets CIFAR-10 and SVHN": a name right after a data head noun. */
    private static final String DATA_HEAD = "[{word:/(?i)datasets?|benchmarks?|corpus|corpora/}]";
    private static final Cue HEAD_THEN_NAME = Cue.of(
            DATA_HEAD + " " + NAME + " !{word:/(?i)(datasets?|benchmarks?|corpus|corpora|models?|methods?|tasks?|-|of)/}", DATA_HEAD);

    /**
     * Nouns naming a kind of problem, which head task names ("scene classification", "cross-modal retrieval", "pose
     * tracking") rather than method names. Words that also head common method names are left out: "generation"
     * (retrieval-augmented generation), "prediction" (next-token prediction), "modeling", "regression" (ridge
     * regression), "search".
     */
    static final Set<String> PROBLEM_HEADS = Set.of("classification", "recognition", "detection", "segmentation", "translation",
            "localization", "summarization", "answering", "parsing", "captioning", "tracking", "completion", "extraction",
            "forecasting", "nowcasting", "imputation", "unlearning", "verification", "retrieval", "generalization");

    /** An amount ("300B", "1.5T", "4x") rather than a name. */
    static final Pattern QUANTITY = Pattern.compile("[\\d.,]+[KMBTkmbx]?|\\d+x\\p{L}*");

    /** What the cues found in one sentence. */
    record Cues(List<Candidate> names, List<Candidate> introduced) {}

    private CuePatterns() {}

    /**
     * @param title whether the sentence is a title: a title opening with a name and a colon names the
     *     paper's own contribution ("PreDiff: Precipitation Nowcasting with Latent Diffusion Models")
     */
    static Cues find(List<CoreLabel> sentence, int sentenceIndex, boolean title) {
        List<Candidate> names = new ArrayList<>();
        List<Candidate> introduced = new ArrayList<>();
        TokenSequenceMatcher m = BEFORE_HEAD.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            Optional<MentionType> type = headType(sentence.get(m.start("$head")).word());
            // Words that are only capitalised ("Latent Diffusion Models", a sentence's first word, a
            // title in title case) are no evidence of a name, except before "dataset" mid-sentence.
            boolean weak = !hasInnerCapitalOrDigit(sentence, from, to);
            // "NLI models", "RS images": a short upper-case acronym before a head noun names a task, a
            // family or a field, not a model or a data set.
            boolean acronym = to - from == 1 && sentence.get(from).word().length() <= 4
                    && sentence.get(from).word().codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            // "a 100B-scale model", "GPT-like models", "HPC-specific datasets": a size, a likeness or a domain, not a name.
            String lastWord = sentence.get(to - 1).word().toLowerCase(Locale.ROOT);
            if (QUANTITY.matcher(sentence.get(from).word()).matches()
                    || lastWord.matches(".*-?(scale|parameters?|like|sized?|specific|based|oriented|related|centric|focused|only)")) {
                continue;
            }
            if (type.isPresent() && acronym && (type.get() == MentionType.Model
                    || (type.get() == MentionType.Dataset && sentence.get(from).word().length() <= 2))) {
                continue;
            }
            // A weak name before "dataset" must be a proper noun: "the Reddit dataset", not "English datasets".
            boolean properNoun = sentence.subList(from, to).stream().allMatch(t -> t.tag() != null && t.tag().startsWith("NNP")
                    && !LANGUAGES.contains(t.word().toLowerCase(Locale.ROOT)));
            // A capitalised "Survey" belongs to the survey's name: "DESI Bright Galaxy Survey".
            String head = sentence.get(m.start("$head")).word();
            if (head.startsWith("Survey")) {
                to = m.end("$head");
            }
            if (type.isPresent() && (!weak || (type.get() == MentionType.Dataset && from > 0 && !title && properNoun))) {
                names.add(new Candidate(sentenceIndex, from, to, type.get(), COMPONENT, 0.85));
            }
        }
        m = TRAINED_ON.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            // "trained on 300B tokens", "pre-trained on 4 x RTX 3090": an amount or hardware, not data.
            boolean quantity = QUANTITY.matcher(sentence.get(from).word()).matches();
            // "on Japanese", "on DNA sequences", "on DNA/protein design": a language, or a name that only qualifies what follows.
            boolean language = LANGUAGES.contains(sentence.get(from).word().toLowerCase(Locale.ROOT));
            boolean modifier = to < sentence.size() && ("NNS".equals(sentence.get(to).tag()) || sentence.get(to).word().equals("/"))
                    && headType(sentence.get(to).word()).filter(t -> t == MentionType.Dataset).isEmpty();
            if (!quantity && !language && !modifier
                    && (hasInnerCapitalOrDigit(sentence, from, to) || to - from == 1 || !title && capitalisedName(sentence, from, to))) {
                addDataWithList(sentence, sentenceIndex, from, to, names);
            }
        }
        m = HEAD_THEN_NAME.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            if (hasInnerCapitalOrDigit(sentence, from, to) && !QUANTITY.matcher(sentence.get(from).word()).matches()) {
                addDataWithList(sentence, sentenceIndex, from, to, names);
            }
        }
        names.addAll(listedData(sentence, sentenceIndex));
        m = IS_DATA.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            if (hasInnerCapitalOrDigit(sentence, from, to) || from > 0) {
                names.add(new Candidate(sentenceIndex, from, to, MentionType.Dataset, COMPONENT, 0.8));
            }
        }
        m = WE_PROPOSE.matcher(sentence);
        while (m.find()) {
            // "we incorporate best practices to develop OLMo 2-Instruct": a purpose clause of the authors' sentence.
            // "we will continue to explore …" looks ahead: a purpose clause counts with a verb of making only.
            int purpose = m.start("$purpose");
            String lemma = sentence.get(m.start("$verb")).lemma();
            if (purpose >= 0 && (sentence.subList(0, purpose).stream().noneMatch(t -> t.word().equalsIgnoreCase("we"))
                    || lemma != null && USING_VERB.matcher(lemma).matches())) {
                continue;
            }
            // The cue covers what follows the verb up to the end of the clause; the mentions that start
            // there are the paper's own.
            int from = m.end("$verb");
            int to = from;
            // "a model-based meta-learning method called DyAd": "based" glued by a hyphen ends no clause, nor does
            // "such as" opening the list of what is introduced ("several novel enhancements such as adaptive patching").
            while (to < sentence.size() && to < from + WINDOW_REACH
                    && (!isClauseEnd(sentence.get(to).word()) || sentence.get(to - 1).word().equals("-")
                            || sentence.get(to).word().equalsIgnoreCase("as") && sentence.get(to - 1).word().equalsIgnoreCase("such"))) {
                to++;
            }
            if (to > from) {
                double confidence = lemma != null && USING_VERB.matcher(lemma).matches() ? WEAK_WINDOW : 0.8;
                introduced.add(new Candidate(sentenceIndex, from, to, MentionType.Method, WINDOW, confidence));
            }
        }
        boolean firstPerson = MakingCueFinder.authorsSpeak(sentence);
        m = HEAD_APPOSITIVE.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            int head = m.start("$head");
            MentionType type = headType(sentence.get(head).word()).orElse(MentionType.Method);
            boolean resulting = head > 0 && RESULTING.matcher(sentence.get(head - 1).word()).matches();
            // "we compare several models, GPT-4, …": a plural head lists others' work unless the authors' procedure
            // yields it ("The resulting models, TagLM, …").
            if (sentence.get(head).word().endsWith("s") && !sentence.get(head).word().equalsIgnoreCase("corpus") && !resulting) {
                continue;
            }
            boolean parenthesised = AnalyzedText.isOpening(sentence.get(head + 1).word());
            if (parenthesised != AnalyzedText.isClosing(sentence.get(m.start("$close")).word())) {
                continue;
            }
            // "a tuning method (NMTune)" names the authors' own method only where they say so, and not when
            // the bracket spells out the phrase ("a pretrained language model (PLM)").
            if (parenthesised && (!proposedBefore(sentence, head) || initialism(sentence, head, sentence.get(from).word()))) {
                // "one microscopy dataset (RxRx1-WILDS)": a name bracketed after a data head is still a data set.
                if (type == MentionType.Dataset && hasInnerCapitalOrDigit(sentence, from, to)
                        && !initialism(sentence, head, sentence.get(from).word())) {
                    names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
                }
                continue;
            }
            if ((firstPerson || resulting) && !describedAsPrior(sentence, head) && hasInnerCapitalOrDigit(sentence, from, to)) {
                names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
            }
        }
        boolean proposing = firstPerson && sentence.stream().anyMatch(t -> t.lemma() != null && PROPOSING.matcher(t.lemma()).matches()
                && t.tag() != null && t.tag().startsWith("VB"));
        m = OR_SHORT.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            // Only a single coined token where the authors say they make something.
            if (proposing && to - from == 1 && hasInnerCapitalOrDigit(sentence, from, to)
                    && sentence.get(from).word().codePoints().filter(Character::isUpperCase).count() >= 2) {
                names.add(new Candidate(sentenceIndex, from, to, MentionType.Method, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, from, to, MentionType.Method, COMPONENT, GUESSED_TYPE));
            }
        }
        m = OUR_NAME_HEAD.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            String last = sentence.get(to - 1).word().toLowerCase(Locale.ROOT);
            // "our BERT-based model", "our 7B model": a base or a size, not the name of the artefact.
            MentionType type = headType(sentence.get(m.start("$head")).word()).orElse(MentionType.Method);
            // "our OSP model", "our I2I model": a short acronym before "model" names the method or task
            // the model is built for, as with BEFORE_HEAD.
            boolean acronym = to - from == 1 && sentence.get(from).word().length() <= 4
                    && sentence.get(from).word().codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            if (hasInnerCapitalOrDigit(sentence, from, to) && !last.matches(".*-(based|like|style|scale|sized?)|.*\\d+[bm]")
                    && !QUANTITY.matcher(sentence.get(from).word()).matches() && !(acronym && type == MentionType.Model)) {
                names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
            }
        }
        m = OUR_MADE_NAME.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            // "our proposed X" is OUR_NAME's.
            boolean ourProposed = from >= 2 && sentence.get(from - 1).word().equalsIgnoreCase("proposed")
                    && sentence.get(from - 2).word().equalsIgnoreCase("our");
            if (!ourProposed && hasInnerCapitalOrDigit(sentence, from, to)) {
                MentionType type = typeAfter(sentence, to).orElse(MentionType.Method);
                names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, GUESSED_TYPE));
            }
        }
        m = A_NAME_PART.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            boolean novel = m.start("$novel") >= 0;
            boolean capitalised = sentence.subList(from, to).stream().allMatch(t -> t.word().equals("-") || Character.isUpperCase(t.word().codePointAt(0)));
            if (novel && capitalised || proposing && hasInnerCapitalOrDigit(sentence, from, to)) {
                names.add(new Candidate(sentenceIndex, from, to, MentionType.Method, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, from, to, MentionType.Method, COMPONENT, GUESSED_TYPE));
            }
        }
        m = OUR_NAME.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            Optional<MentionType> head = m.start("$head") >= 0 ? headType(sentence.get(m.start("$head")).word()) : Optional.empty();
            MentionType type = head.or(() -> headType(sentence.get(to - 1).word())).orElse(MentionType.Method);
            names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
            introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
        }
        nameAfterHead(OUR_PHRASE_NAME, sentence, sentenceIndex, names, introduced);
        nameAfterHead(WE_MAKE_HEAD_NAME, sentence, sentenceIndex, names, introduced);
        if (firstPerson) {
            quotedName(sentence, sentenceIndex, names, introduced);
            gerundName(sentence, sentenceIndex, names, introduced);
        }
        for (Cue pattern : List.of(CALLED, APPOSITIVE, WE_PROPOSE_NAME, PASSIVE, BY_PROPOSING_NAME, WE_TRAIN_NAME)) {
            m = pattern.matcher(sentence);
            while (m.find()) {
                int from = m.start("$name");
                int to = m.end("$name");
                int purpose = pattern == WE_PROPOSE_NAME || pattern == BY_PROPOSING_NAME ? m.start("$purpose") : -1;
                if (purpose >= 0 && sentence.subList(0, purpose).stream().noneMatch(t -> t.word().equalsIgnoreCase("we"))) {
                    continue;
                }
                if (pattern == CALLED && soCalled(sentence, m.start())) {
                    continue;
                }
                if (pattern == PASSIVE) {
                    int shortForm = m.start("$short");
                    boolean named = hasInnerCapitalOrDigit(sentence, from, to)
                            || shortForm >= 0 && hasInnerCapitalOrDigit(sentence, shortForm, shortForm + 1);
                    boolean ofPlural = from > 1 && sentence.get(from - 1).word().equalsIgnoreCase("of")
                            && "NNS".equals(sentence.get(from - 2).tag());
                    // "Experiments are presented": a capitalised first word is no name; in "variants of SDEs are
                    // proposed" what is proposed is the variants.
                    if (!named || ofPlural) {
                        continue;
                    }
                }
                Optional<MentionType> before = pattern == CALLED ? headBefore(sentence, m.start()) : Optional.empty();
                // "Continual Inference Networks (CINs) is proposed": a bracketed short form ends the name, whose last word is no head noun.
                int end = pattern == PASSIVE && m.start("$short") >= 0 ? m.end("$short") : to;
                Optional<MentionType> typed = headType(sentence.get(end - 1).word()).or(() -> typeAfter(sentence, end)).or(() -> before);
                MentionType type = typed.orElse(MentionType.Method);
                names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
                // Without a head noun the type is only a guess, which must not outvote a released-model name
                // ("we train and release MedXLNet"): a lower confidence tells the reconciler so.
                introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, typed.isPresent() ? 0.8 : GUESSED_TYPE));
            }
        }
        if (title && sentence.size() > 2) {
            int colon = 0;
            while (colon < sentence.size() && colon < 5 && !sentence.get(colon).word().equals(":")) {
                colon++;
            }
            if (colon > 0 && colon < 5 && colon < sentence.size() && looksLikeName(sentence, 0, colon)) {
                MentionType type = typeAfter(sentence, colon).orElse(MentionType.Method);
                names.add(new Candidate(sentenceIndex, 0, colon, type, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, 0, colon, type, COMPONENT, 0.8));
            }
        }
        // "we introduce the BFFG paradigm (Mider et al., 2021)", "called EF21 (Richtarik et al., 2021)": what is
        // cited is someone else's.
        // The cue still tells what kind of thing it is, so it is kept, marked as cited.
        List<Candidate> own = introduced.stream()
                .map(c -> citedAfter(sentence, c.from(), c.to()) ? new Candidate(c.sentence(), c.from(), c.to(), c.type(), CITED, c.confidence()) : c)
                .distinct().toList();
        // Two cues may find one name ("results on the X benchmark"): the first, surest, stands.
        Set<List<Integer>> seen = new HashSet<>();
        List<Candidate> distinct = names.stream().filter(c -> seen.add(List.of(c.from(), c.to(), c.type().ordinal()))).toList();
        return new Cues(distinct, own);
    }

    /**
     * Whether "called" at {@code at} is written "so-called", which quotes a term in use ("truncated SVD modules
     * (so-called LoRA blocks)") rather than naming something new.
     */
    private static boolean soCalled(List<CoreLabel> sentence, int at) {
        String word = sentence.get(at).word().toLowerCase(Locale.ROOT);
        return word.startsWith("so-") || at >= 2 && sentence.get(at - 1).word().equals("-") && sentence.get(at - 2).word().equalsIgnoreCase("so");
    }

    /** A quotation mark, as the tokenizer writes it. */
    private static final String QUOTE = "[{word:/``|''|\"|\u201c|\u201d/}]";
    /** A short quoted name holding a capital: "\"Let it Wag!\"", "(\"LinkOrgs\")". */
    private static final String QUOTED = QUOTE + " (?$name [!{word:/``|''|\"|\u201c|\u201d|\\.|,|;/}]{1,5}) " + QUOTE;
    /**
     * "we contribute this test set as the \"Let it Wag!\" benchmark", "open-source software (\"LinkOrgs\")": a
     * quoted name right before or after the head noun of what the authors made, unlike scare quotes ("the
     * commodity \"Gold\"", "\"zero-shot\" evaluation"). Only where the authors speak (the caller checks).
     */
    private static final String DETERMINER_OR_OUR = "[{word:/(?i)the|a|an|our/}]";
    private static final String SOFTWARE = "[{word:/(?i)software|package|tool|toolkit|library/}]";
    private static final Cue QUOTED_NAME = Cue.of(
            "( " + DETERMINER_OR_OUR + " " + QUOTED + " (?$head " + MADE_HEAD + ") "
                    + "| (?$head " + MADE_HEAD + " | " + SOFTWARE + ") [{word:/\\(|-LRB-/}]? " + QUOTED + " )",
            anyOf(DETERMINER_OR_OUR, MADE_HEAD, SOFTWARE), QUOTE);

    private static void quotedName(List<CoreLabel> sentence, int sentenceIndex, List<Candidate> names, List<Candidate> introduced) {
        TokenSequenceMatcher m = QUOTED_NAME.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            if (!hasCapitalOrDigit(sentence.get(from).word())) {
                continue;
            }
            MentionType type = headType(sentence.get(m.start("$head")).word()).orElse(MentionType.Method);
            names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
            introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
        }
    }

    /**
     * "In the process of building BLOOM--the … model--our goal is …", "…, introducing GEO-bench, a large-scale
     * benchmark": a coined name standing alone after a gerund of making.
     */
    private static final String MAKING_GERUND = "[{tag:VBG} & {lemma:/propose|introduce|present|develop|design|build|construct|create|devise|"
            + "release|curate/}]";
    private static final Cue GERUND_NAME = Cue.of(
            MAKING_GERUND + " [{word:/(?i)a|an|the/}]? " + OWN_NAME + " [{word:/,|--|\\(|-LRB-|\\.|;|:/}]", MAKING_GERUND);

    /**
     * Only where the authors speak (the caller checks), and only a coined name ("BLOOM", "GEO-bench"): "building MoE language models"
     * names a family the authors use, and "developing RS foundational models" a kind of model.
     */
    private static void gerundName(List<CoreLabel> sentence, int sentenceIndex, List<Candidate> names, List<Candidate> introduced) {
        TokenSequenceMatcher m = GERUND_NAME.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            String first = sentence.get(from).word();
            boolean capitals = first.length() >= 3 && first.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            if (coinedName(sentence, from, to) || capitals) {
                MentionType type = typeAfter(sentence, to).orElse(MentionType.Method);
                names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
                introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, GUESSED_TYPE));
            }
        }
    }

    /** Adds the coined name a pattern finds after a head noun ("approach ProtoTransfer"), typed by the head. */
    private static void nameAfterHead(Cue pattern, List<CoreLabel> sentence, int sentenceIndex, List<Candidate> names,
            List<Candidate> introduced) {
        TokenSequenceMatcher m = pattern.matcher(sentence);
        while (m.find()) {
            int from = m.start("$name");
            int to = m.end("$name");
            if (!coinedName(sentence, from, to)) {
                continue;
            }
            MentionType type = headType(sentence.get(m.start("$head")).word()).orElse(MentionType.Method);
            names.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
            introduced.add(new Candidate(sentenceIndex, from, to, type, COMPONENT, 0.8));
            // "our self-supervised prototypical transfer learning approach ProtoTransfer": the describing phrase names the
            // technique too, but one word does not ("our new approach X").
            if (pattern == OUR_PHRASE_NAME && m.end("$phrase") - m.start("$phrase") > 1) {
                introduced.add(new Candidate(sentenceIndex, m.start("$phrase"), m.end("$phrase"), type, COMPONENT, GUESSED_TYPE));
            }
        }
    }

    /**
     * A coined name rather than capitalised words: inner capitals or digits ("ProtoTransfer", "UMT-PSR"), or a
     * capitalised word glued by a hyphen to another ("Adaptive-eta"); not an amount ("7B").
     */
    private static boolean coinedName(List<CoreLabel> sentence, int from, int to) {
        boolean glued = to - from > 2 && sentence.get(from + 1).word().equals("-")
                && AnalyzedText.glued(sentence.get(from), sentence.get(from + 1))
                && AnalyzedText.glued(sentence.get(from + 1), sentence.get(from + 2));
        boolean hyphenated = sentence.get(from).word().indexOf('-') > 0;
        return (hasInnerCapitalOrDigit(sentence, from, to) || glued || hyphenated) && !QUANTITY.matcher(sentence.get(from).word()).matches();
    }

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d[a-z]?");

    /** Whether a bracketed citation ("(Smith et al., 2021)", "(2019)") follows a cue within a few tokens of its end. */
    static boolean citedAfter(List<CoreLabel> sentence, int from, int to) {
        boolean open = false;
        for (int i = from; i < sentence.size() && i < to + 8; i++) {
            String word = sentence.get(i).word();
            if (i >= to && (word.equals(";") || word.equals("."))) {
                return false;
            }
            if (AnalyzedText.isOpening(word)) {
                open = true;
            } else if (AnalyzedText.isClosing(word)) {
                open = false;
            } else if (open && (word.equals("al.") || word.equals("al") || YEAR.matcher(word).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the few words before a head noun mark it as someone else's ("the existing method, X"). */
    private static boolean describedAsPrior(List<CoreLabel> sentence, int head) {
        for (int i = head - 1; i >= 0 && i >= head - 8; i--) {
            String word = sentence.get(i).word();
            if (PRIOR_WORK.matcher(word).matches()) {
                return true;
            }
            if (word.equals(",") || word.equals(".") || word.equalsIgnoreCase("our")) {
                return false;
            }
        }
        return false;
    }

    /** Proposing words shortly before a head noun: "we propose a light-weight tuning method (…)", "our new model (…)". */
    private static final Pattern PROPOSING = Pattern.compile("(?i)propose|introduce|present|develop|design|build|construct|"
            + "create|devise|our|new|novel");

    private static boolean proposedBefore(List<CoreLabel> sentence, int head) {
        for (int i = head - 1; i >= 0 && i >= head - 12; i--) {
            CoreLabel token = sentence.get(i);
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            if (PROPOSING.matcher(lemma).matches() || PROPOSING.matcher(token.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bracketed short form spells out the words before it: its first capital opens one of the
     * six words before the head noun and its last capital opens the head ("Masked Language Model (MLM)").
     */
    private static boolean initialism(List<CoreLabel> sentence, int head, String shortForm) {
        String capitals = shortForm.codePoints().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toLowerCase(Locale.ROOT);
        if (capitals.isEmpty() || capitals.charAt(capitals.length() - 1) != Character.toLowerCase(sentence.get(head).word().charAt(0))) {
            return false;
        }
        for (int i = head; i >= 0 && i >= head - 6; i--) {
            for (String part : sentence.get(i).word().split("-")) {
                if (!part.isEmpty() && Character.toLowerCase(part.charAt(0)) == capitals.charAt(0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds a data set's name and the names listed after it: "evaluated on E2E, DART and WebNLG". */
    private static void addDataWithList(List<CoreLabel> sentence, int sentenceIndex, int from, int to, List<Candidate> names) {
        names.add(new Candidate(sentenceIndex, from, to, MentionType.Dataset, COMPONENT, 0.75));
        int next = to;
        while (next < sentence.size() && isListSeparator(sentence.get(next).word())) {
            next++;
        }
        if (next > to) {
            for (int[] item : listItems(sentence, next, 1)) {
                if (hasInnerCapitalOrDigit(sentence, item[0], item[1])) {
                    names.add(new Candidate(sentenceIndex, item[0], item[1], MentionType.Dataset, COMPONENT, 0.75));
                }
            }
        }
    }

    /** Plural head nouns that make every name of a list before or after them a data set. */
    private static final Set<String> DATA_HEADS = Set.of("datasets", "benchmarks", "corpora", "databases");
    /** Words that open a list of examples after a head noun: "datasets such as X and Y", "benchmarks (X, Y)". */
    private static final Set<String> LIST_OPENERS = Set.of("such", "including", "like", "namely", "e.g.", "e.g", "i.e.",
            ":", "(", "-LRB-");

    /**
     * The names of a coordinated list tied to a plural data head noun: "on the CIFAR-10, SVHN and
     * STL-10 datasets", "benchmarks such as MMLU, GSM8K and HumanEval", "two datasets (ERA5 and SEVIR)".
     * The name right before the head is left to {@link #BEFORE_HEAD}; this adds the others.
     */
    static List<Candidate> listedData(List<CoreLabel> sentence, int sentenceIndex) {
        List<Candidate> found = new ArrayList<>();
        for (int h = 0; h < sentence.size(); h++) {
            if (!DATA_HEADS.contains(sentence.get(h).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<int[]> before = listItems(sentence, h, -1);
            if (before.size() > 1) {
                before.forEach(item -> found.add(new Candidate(sentenceIndex, item[0], item[1], MentionType.Dataset, COMPONENT, 0.8)));
            }
            int open = h + 1;
            if (open < sentence.size() && sentence.get(open).word().equals(",")) {
                open++;
            }
            if (open < sentence.size() && LIST_OPENERS.contains(sentence.get(open).word().toLowerCase(Locale.ROOT))) {
                open += sentence.get(open).word().equalsIgnoreCase("such") && open + 1 < sentence.size()
                        && sentence.get(open + 1).word().equalsIgnoreCase("as") ? 2 : 1;
                if (open < sentence.size() && sentence.get(open).word().equals(",")) {
                    open++;
                }
                listItems(sentence, open, 1).forEach(item ->
                        found.add(new Candidate(sentenceIndex, item[0], item[1], MentionType.Dataset, COMPONENT, 0.8)));
            }
        }
        return found;
    }

    /**
     * The other names of a list that holds a listed data set: "tasks (ChemProt, RCT, IMDB)" with IMDB
     * listed, "data sources - YFCC, LAION, WIT": names coordinated with a data set are data sets.
     */
    static List<Candidate> coordinatedData(List<CoreLabel> sentence, int sentenceIndex, List<Candidate> listed) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate known : listed) {
            if (known.type() != MentionType.Dataset || known.sentence() != sentenceIndex) {
                continue;
            }
            boolean before = known.from() > 0 && isListSeparator(sentence.get(known.from() - 1).word());
            boolean after = known.to() < sentence.size() && isListSeparator(sentence.get(known.to()).word());
            List<int[]> items = new ArrayList<>();
            if (before) {
                int i = known.from();
                while (i > 0 && isListSeparator(sentence.get(i - 1).word())) {
                    i--;
                }
                items.addAll(listItems(sentence, i, -1));
            }
            if (after) {
                int i = known.to();
                while (i < sentence.size() && isListSeparator(sentence.get(i).word())) {
                    i++;
                }
                items.addAll(listItems(sentence, i, 1));
            }
            for (int[] item : items) {
                // Title-case phrases in such lists are often tasks ("Referring Expression Comprehension"); a
                // hyphen joining capitalised parts makes a coined name ("Mr-Tydi").
                if ((hasInnerCapitalOrDigit(sentence, item[0], item[1]) || joinedCapitals(sentence, item[0], item[1]))
                        && Character.isLetter(sentence.get(item[0]).word().codePointAt(0))) {
                    found.add(new Candidate(sentenceIndex, item[0], item[1], MentionType.Dataset, COMPONENT, 0.75));
                }
            }
        }
        return found;
    }

    /**
     * The names of a list read from {@code start} (exclusive when reading backwards, inclusive forwards),
     * separated by commas, "and" or "or"; stops at the first item that is not name-shaped.
     */
    private static List<int[]> listItems(List<CoreLabel> sentence, int start, int direction) {
        List<int[]> items = new ArrayList<>();
        int i = direction < 0 ? start - 1 : start;
        while (i >= 0 && i < sentence.size()) {
            int end = i;
            while (end >= 0 && end < sentence.size() && Math.abs(end - i) < 4 && isNameToken(sentence, end)) {
                end += direction;
            }
            if (end == i) {
                break;
            }
            int from = direction < 0 ? end + 1 : i;
            int to = direction < 0 ? i + 1 : end;
            // "data sources - YFCC, LAION, Shutterstock - to investigate": a dash set off by spaces closes the list.
            boolean closingDash = direction > 0 && to - from > 1 && sentence.get(to - 1).word().equals("-")
                    && !AnalyzedText.glued(sentence.get(to - 2), sentence.get(to - 1));
            if (closingDash) {
                to--;
            }
            if (sentence.get(from).word().equals("-") || sentence.get(to - 1).word().equals("-")) {
                break;
            }
            // One plain capitalised word ("English", "Chinese") is a language or an adjective, not a name.
            if (to - from > 1 || hasInnerCapitalOrDigit(sentence, from, to)) {
                items.add(new int[] {from, to});
            }
            if (closingDash) {
                break;
            }
            i = end;
            boolean separated = false;
            while (i >= 0 && i < sentence.size() && isListSeparator(sentence.get(i).word())) {
                i += direction;
                separated = true;
            }
            if (!separated) {
                break;
            }
        }
        return items;
    }

    private static boolean isListSeparator(String word) {
        return word.equals(",") || word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or") || word.equals(";");
    }

    /** A token of a name in a list: holds a capital or a digit and is no determiner, or is a hyphen inside a name. */
    private static boolean isNameToken(List<CoreLabel> sentence, int i) {
        CoreLabel token = sentence.get(i);
        String word = token.word();
        if (word.equals("-")) {
            return true;
        }
        String tag = token.tag() == null ? "" : token.tag();
        // A number counts only as a version glued to a name by a hyphen ("CIFAR - 10"), not "two datasets".
        boolean version = tag.equals("CD") && i > 0 && sentence.get(i - 1).word().equals("-");
        return word.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && word.codePoints().anyMatch(Character::isLetterOrDigit)
                && (version || !tag.matches("DT|PRP\\$?|IN|CC|CD")) && !word.startsWith("-") && !word.equals("(") && !word.equals(")");
    }

    /** Where what a paper proposes stops and what it is for, or built from, begins. */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ".", "which", "that", "to", "for",
            "using", "with", "on", "in", "of", "based", "via", "by", "from", "where", "while", "between", "whether", "how", "as", "into",
            "through", "within");

    private static boolean isClauseEnd(String word) {
        return CLAUSE_ENDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean looksLikeName(List<CoreLabel> sentence, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = sentence.get(i).word();
            if (!word.equals("-") && word.codePoints().noneMatch(Character::isUpperCase) && word.codePoints().noneMatch(Character::isDigit)) {
                return false;
            }
        }
        // Plain capitalised words ("Towards: …", "Beyond Scale: …", "Template Matters: …") are a
        // catchphrase, not a name; a name has inner capitals or digits.
        return hasInnerCapitalOrDigit(sentence, from, to);
    }

    /**
     * Whether [from, to) is a run of capitalised words that ends in no head noun: "Natural Questions",
     * "Penn Treebank", not "Large Language Models" or "Deep Learning".
     */
    private static boolean capitalisedName(List<CoreLabel> sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(sentence.get(i).word().codePointAt(0))) {
                return false;
            }
        }
        String last = sentence.get(to - 1).word();
        return headType(last).isEmpty() && !last.equalsIgnoreCase("learning") && !last.equalsIgnoreCase("networks");
    }

    /** Whether [from, to) joins capitalised parts with a hyphen inside a word: "Mr-Tydi", "Big-Bench". */
    private static boolean joinedCapitals(List<CoreLabel> sentence, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (sentence.get(i).word().equals("-") && AnalyzedText.glued(sentence.get(i - 1), sentence.get(i)) && AnalyzedText.glued(sentence.get(i), sentence.get(i + 1))
                    && Character.isUpperCase(sentence.get(i + 1).word().codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text holds a capital or a digit: a name rather than a plain word. */
    static boolean hasCapitalOrDigit(String text) {
        return text.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Whether some token of [from, to) has a capital after its first character, or a digit: "BeamVQ", "GPT-3". */
    static boolean hasInnerCapitalOrDigit(List<CoreLabel> sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = sentence.get(i).word();
            if (word.codePoints().skip(1).anyMatch(Character::isUpperCase) || word.codePoints().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** The type a head noun gives the name before it. */
    static Optional<MentionType> headType(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        // An observational survey or catalogue ("the DESI survey", "HERMES surveys", "the APOGEE catalog") is data.
        if (h.startsWith("dataset") || h.startsWith("benchmark") || h.startsWith("corp") || h.startsWith("database")
                || h.equals("suite") || h.equals("survey") || h.equals("surveys") || h.startsWith("catalog")) {
            return Optional.of(MentionType.Dataset);
        }
        if (h.startsWith("model") || h.equals("llm") || h.equals("llms") || h.startsWith("network")) {
            return Optional.of(MentionType.Model);
        }
        if (h.startsWith("framework") || h.equals("approach") || h.startsWith("method") || h.startsWith("algorithm")
                || h.startsWith("architecture") || h.startsWith("technique") || h.equals("paradigm") || h.equals("strategy")
                || h.equals("mechanism") || h.equals("pipeline") || h.equals("module") || h.equals("system")) {
            return Optional.of(MentionType.Method);
        }
        if (h.startsWith("metric") || h.equals("score") || h.equals("measure")) {
            return Optional.of(MentionType.Metric);
        }
        if (h.startsWith("task")) {
            return Optional.of(MentionType.Task);
        }
        return Optional.empty();
    }

    /**
     * The type of the nearest head noun before {@code at}: "a dataset (named HPCorpus)", "a new benchmark, dubbed X",
     * "a novel dataset of anonymized financial documents called Payslips".
     */
    static Optional<MentionType> headBefore(List<CoreLabel> sentence, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 10; i--) {
            if (sentence.get(i).word().equals(";") || sentence.get(i).word().equals(".")) {
                break;
            }
            Optional<MentionType> type = headType(sentence.get(i).word());
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /** Whether an adjective opens at {@code i}: tagged JJ, or a hyphenated modifier ("crowd-sourced", "high-resolution"). */
    private static boolean adjectiveAt(List<CoreLabel> sentence, int i) {
        if (i >= sentence.size()) {
            return false;
        }
        String tag = sentence.get(i).tag();
        return tag != null && tag.startsWith("JJ") || i + 2 < sentence.size() && sentence.get(i + 1).word().equals("-");
    }

    /** The type given by the first head noun within a few tokens after {@code from} ("X, a novel diffusion model"). */
    static Optional<MentionType> typeAfter(List<CoreLabel> sentence, int from) {
        int reach = 10;
        for (int i = from; i < sentence.size() && i < from + reach; i++) {
            String word = sentence.get(i).word();
            if (word.equals(",") && i > from + 1) {
                // "X, a large-scale, high-resolution radio map dataset": a comma inside a run of adjectives
                // goes on, and the hyphenated adjectives ("large - scale") take more tokens.
                if (!adjectiveAt(sentence, i + 1)) {
                    break;
                }
                reach += 4;
            }
            if (word.equals(";") || word.equals(".")) {
                break;
            }
            if (word.equalsIgnoreCase("for") || word.equalsIgnoreCase("that") || word.equalsIgnoreCase("which")
                    || word.equalsIgnoreCase("using") || word.equalsIgnoreCase("via")) {
                break;
            }
            Optional<MentionType> type = headType(word);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }
}
