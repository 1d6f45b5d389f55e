package dev.papergraph.extract;

/** TEMPORARY measuring switch; removed before the final commit. */
final class RuleToggle {
    private RuleToggle() {}

    static boolean on(String rule) {
        String rules = System.getenv("PG_RULES");
        return rules == null || rules.equals("all") || (',' + rules + ',').contains(',' + rule + ',');
    }
}
