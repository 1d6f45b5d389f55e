package dev.papergraph.extract;

/**
 * Blanks out LaTeX markup before tokenizing ("$12$ datasets", "$\times$", "\emph{BeamVQ}", "3\%"):
 * the tokenizer reads {@code $} as currency and backslash commands as words. Each masked character
 * becomes one space, so offsets into the masked text are offsets into the original.
 */
final class LatexMask {
    private LatexMask() {}

    static String mask(String text) {
        if (text.indexOf('$') < 0 && text.indexOf('\\') < 0 && text.indexOf('{') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '\\' && i + 1 < chars.length) {
                int j = i + 1;
                if (Character.isLetter(chars[j])) {
                    while (j < chars.length && Character.isLetter(chars[j])) {
                        j++;
                    }
                    fill(chars, i, j);
                    i = j;
                    continue;
                }
                // An escaped symbol ("\%", "\&", "\_") stands for the symbol itself.
                chars[i] = ' ';
                i = j + 1;
                if (chars[j] == '{' || chars[j] == '}') {
                    chars[j] = ' ';
                }
                continue;
            }
            if (c == '$' || c == '{' || c == '}') {
                chars[i] = ' ';
            }
            i++;
        }
        return new String(chars);
    }

    private static void fill(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            chars[k] = ' ';
        }
    }
}
