package dev.papergraph.extract;

/** TEMPORARY: turns new rules on and off for measuring each alone; removed before the branch is done. */
final class RuleSwitch {
    private RuleSwitch() {}

    static boolean on(String rule) {
        String rules = System.getProperty("pg.rules");
        return rules == null || rules.contains(rule);
    }
}
