package dev.papergraph.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The learned component: a CRF that labels each token with a mention type or O (IO encoding). */
final class CrfTagger {
    static final String OUTSIDE = "O";
    /**
     * A term of none of the mention types (a phrase model learns it from SciERC's other terms): tagged
     * like a mention so that the tagger learns a term's extent, and never proposed.
     */
    static final String OTHER_TERM = "Other";
    private static final String NAME_MODEL = "/dev/papergraph/extract/ner-model.ser.gz";
    private static final String PHRASE_MODEL = "/dev/papergraph/extract/phrase-model.ser.gz";
    static final String COMPONENT = "crf";

    private final CRFClassifier<CoreLabel> crf;
    private final String name;

    private CrfTagger(CRFClassifier<CoreLabel> crf, String name) {
        this.crf = crf;
        this.name = name;
    }

    /** The classpath resource of the shipped model that tags spans the way {@code convention} says. */
    static String modelResource(SpanConvention convention) {
        return convention == SpanConvention.PHRASE ? PHRASE_MODEL : NAME_MODEL;
    }

    /** The model shipped on the classpath for {@code convention}. */
    static CrfTagger shipped(SpanConvention convention) {
        String resource = modelResource(convention);
        try (InputStream in = CrfTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the tagger model " + resource + " is missing from the classpath");
            }
            return new CrfTagger(read(in), resource.substring(resource.lastIndexOf('/') + 1).replace(".ser.gz", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    static CrfTagger fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new CrfTagger(read(in), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static CRFClassifier<CoreLabel> read(InputStream in) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
            return CRFClassifier.getClassifier(objects);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a CRF model: " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    static String label(MentionType type) {
        // Model is folded into Method: the training corpora do not separate them.
        return type == MentionType.Model ? MentionType.Method.name() : type.name();
    }

    /**
     * Tags one sentence by posterior decoding (each token takes its most probable label, which needs
     * one forward-backward pass and gives the marginals used as confidence) and returns its maximal
     * same-label token runs, other terms left out, with their mean marginal probability.
     */
    List<Candidate> tag(List<CoreLabel> sentence, int sentenceIndex) {
        CRFCliqueTree<String> marginals = crf.getCliqueTree(sentence);
        Index<String> labels = marginals.classIndex();
        String[] best = new String[sentence.size()];
        double[] bestProb = new double[sentence.size()];
        for (int i = 0; i < best.length; i++) {
            double[] probs = marginals.probsToDoubleArr(i);
            int arg = 0;
            for (int k = 1; k < probs.length; k++) {
                if (probs[k] > probs[arg]) {
                    arg = k;
                }
            }
            best[i] = labels.get(arg);
            bestProb[i] = probs[arg];
        }
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < best.length) {
            if (OUTSIDE.equals(best[i])) {
                i++;
                continue;
            }
            int j = i;
            double sum = 0;
            while (j < best.length && best[i].equals(best[j])) {
                sum += bestProb[j];
                j++;
            }
            if (!OTHER_TERM.equals(best[i])) {
                found.add(new Candidate(sentenceIndex, i, j, MentionType.parse(best[i]), COMPONENT, sum / (j - i)));
            }
            i = j;
        }
        return found;
    }
}
