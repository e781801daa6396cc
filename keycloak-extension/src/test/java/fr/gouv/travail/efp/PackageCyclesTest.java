package fr.gouv.travail.efp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend on each other one way: a capability reaches another through its public
 * classes or a Keycloak event, never both ways. Read from the sources' imports (the code names
 * the extension's classes by import only), each group of packages that reach one another is a
 * cycle.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/gouv/travail/efp");
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?fr\\.gouv\\.travail\\.efp\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]",
            Pattern.MULTILINE);

    /** Cycles accepted, each as its sorted packages: none. */
    private static final Set<String> KNOWN = Set.of();

    @Test
    void noCycleBetweenPackages() throws IOException {
        assertEquals(new TreeSet<>(KNOWN), cycles(dependencies()));
    }

    @Test
    void findsEveryGroupThatReachesItself() {
        Map<String, Set<String>> uses = Map.of(
                "a",
                Set.of("b"),
                "b",
                Set.of("c", "jpa"),
                "c",
                Set.of("a"),
                "d",
                Set.of("e"),
                "e",
                Set.of("d", "jpa"),
                "jpa",
                Set.of());
        assertEquals(Set.of("[a, b, c]", "[d, e]"), cycles(uses));
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent())
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                Set<String> targets = uses.computeIfAbsent(from, key -> new TreeSet<>());
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    if (!imported.group(1).equals(from)) {
                        targets.add(imported.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** The strongly connected groups of more than one package (Tarjan). */
    static Set<String> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> found = new TreeSet<>();
        for (String start : uses.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, uses, index, low, stack, found);
            }
        }
        return found;
    }

    private static void visit(
            String node,
            Map<String, Set<String>> uses,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next, uses, index, low, stack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                found.add(List.copyOf(group).toString());
            }
        }
    }
}
