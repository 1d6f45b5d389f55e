package dev.papergraph.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Connected components of match forms. A component is known by its smallest member, so the result
 * depends on the set of links only, never on the order they were added in.
 */
final class Clusters {
    private final Map<String, String> parent = new HashMap<>();
    private Map<String, String> roots;

    void add(String form) {
        parent.putIfAbsent(form, form);
        roots = null;
    }

    void link(String a, String b) {
        add(a);
        add(b);
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
        roots = null;
    }

    /** The smallest member of the form's component (the form itself when it was never added). */
    String root(String form) {
        if (roots == null) {
            roots = new HashMap<>();
            Map<String, String> smallest = new HashMap<>();
            for (String member : new TreeSet<>(parent.keySet())) {
                smallest.putIfAbsent(find(member), member);
            }
            parent.keySet().forEach(member -> roots.put(member, smallest.get(find(member))));
        }
        return roots.getOrDefault(form, form);
    }

    /** Members grouped by component root. */
    TreeMap<String, SortedSet<String>> components() {
        TreeMap<String, SortedSet<String>> components = new TreeMap<>();
        parent.keySet().forEach(m -> components.computeIfAbsent(root(m), r -> new TreeSet<>()).add(m));
        return components;
    }

    private String find(String form) {
        String p = parent.get(form);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        String node = form;
        while (!node.equals(p)) {
            String next = parent.get(node);
            parent.put(node, p);
            node = next;
        }
        return p;
    }
}
