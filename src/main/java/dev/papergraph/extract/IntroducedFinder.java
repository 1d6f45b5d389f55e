package dev.papergraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what one paper introduces, as opposed to what it uses. It stands apart from {@link Reconciler},
 * which picks and types the mentions, because introduced-versus-used is a question of its own with its own
 * vocabulary of cues; the reconciler reads the answer (the names, and the types their cues give them) to type
 * declared data and to decide Model versus Method. It runs on mentions already made consistent.
 *
 * <p>This class only fixes the order of the rules, since later rules read what earlier ones introduced and
 * some reshape the mentions others read: {@link MakingCueFinder} reads the authors' cues of making,
 * {@link IntroducedPartFinder} the parts and list items of introduced names, {@link IntroducedPhraseFinder}
 * the introduced phrases no component found whole, {@link TitleNameFinder} the names the title and the
 * repository give, and {@link IntroducedNames} holds the result and adds each name's other forms.
 */
final class IntroducedFinder {
    private final IntroducedNames names = new IntroducedNames();

    IntroducedFinder(List<FieldReading> fields, Gazetteer gazetteer, Map<String, String> partners) {
        IntroducedPartFinder parts = new IntroducedPartFinder(gazetteer, names);
        MakingCueFinder cues = new MakingCueFinder(fields, gazetteer, partners, names, parts);
        IntroducedPhraseFinder phrases = new IntroducedPhraseFinder(fields, gazetteer, names);
        TitleNameFinder titles = new TitleNameFinder(fields, gazetteer, names);
        // The parts listed after a "we propose" clause become whole mentions first, so that the clause reads them whole.
        fields.forEach(parts::introduceListedParts);
        fields.forEach(cues::introduceCued);
        fields.forEach(cues::introduceDefinedShortForms);
        titles.introduceOpeningName();
        for (FieldReading field : fields) {
            cues.trimPlainWordsBeforeNames(field);
            parts.introduceParts(field);
        }
        for (FieldReading field : fields) {
            phrases.introduceProposedPhrases(field);
            phrases.introduceOrLongForms(field);
        }
        titles.introduceMeans();
        fields.forEach(cues::introduceNamedObjects);
        titles.introduceConfirmed(partners);
        titles.introduceDefinitions();
        titles.introduceRepositoryNames();
        names.addPartners(partners);
        fields.forEach(field -> names.addSpelledAppositives(field, gazetteer));
        names.addVariants(fields);
    }

    /** The forms of the names the paper introduces, sorted. */
    Set<String> introduced() {
        return names.forms();
    }

    /** The type a cue or the words after an introduced name give it, or null when nothing does. */
    MentionType introducedType(String text) {
        return names.type(text);
    }

    /** The types the cues' own head nouns declare for {@code text}; empty when none does. */
    Set<MentionType> declaredTypes(String text) {
        return names.declaredTypes(text);
    }
}
