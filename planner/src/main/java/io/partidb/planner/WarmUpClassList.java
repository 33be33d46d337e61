package io.partidb.planner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.calcite.rel.RelNode;

/**
 * The classes the planner's warm-up loads, in the order it loads them ({@value #RESOURCE} next
 * to this class, kept in step by {@code WarmUpClassListTest}), for a thread that would
 * otherwise sit waiting for the warm-up: it loads the classes ahead of the warm-up, so that the
 * warm-up finds them read and defined and only has to link and initialise them. Loading does
 * not initialise, and class loading cannot deadlock (unlike two threads initialising classes
 * whose static initialisers refer to each other), so this is safe beside the warm-up. On a
 * two-core machine it takes about a twentieth off the shell's cold start.
 *
 * <p>The names are as the planner's own class path has them; in the shaded driver jar the
 * third-party classes live under a prefix, which is derived from where {@link RelNode} is.
 */
final class WarmUpClassList {
    static final String RESOURCE = "warm-up-classes.txt";

    private static final String OWN_PACKAGE = "io.partidb.";

    private final List<String> names;
    private final AtomicInteger next = new AtomicInteger();

    private WarmUpClassList(List<String> names) {
        this.names = names;
    }

    /** The list, read from the resource (empty when the resource is missing or unreadable). */
    static WarmUpClassList load() {
        List<String> names = new ArrayList<>();
        try (InputStream in = WarmUpClassList.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8));
                String prefix = relocationPrefix();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name.startsWith(OWN_PACKAGE) ? name : prefix + name);
                    }
                }
            }
        } catch (IOException e) {
            // without the list, waiting threads just wait
        }
        return new WarmUpClassList(List.copyOf(names));
    }

    /**
     * The package prefix the shaded jar puts before third-party classes ({@code ""} outside it).
     * The unrelocated name is put together at run time: the shade plugin rewrites string
     * constants that look like the class names it relocates.
     */
    static String relocationPrefix() {
        String actual = RelNode.class.getName();
        String unrelocated = String.join(".", "org", "apache", "calcite", "rel", "RelNode");
        return actual.endsWith(unrelocated)
                ? actual.substring(0, actual.length() - unrelocated.length()) : "";
    }

    /** The names, as the running class loader knows the classes. */
    List<String> names() {
        return names;
    }

    /**
     * Loads, without initialising, the listed classes not yet taken by another thread, in
     * order, while {@code warmUpRunning} holds.
     */
    void loadAhead(BooleanSupplier warmUpRunning) {
        ClassLoader loader = WarmUpClassList.class.getClassLoader();
        for (int i = next.getAndIncrement(); i < names.size() && warmUpRunning.getAsBoolean();
                i = next.getAndIncrement()) {
            try {
                Class.forName(names.get(i), false, loader);
            } catch (ClassNotFoundException | LinkageError stale) {
                // a class this version no longer has, or that fails to load: the warm-up
                // itself meets whatever matters
            }
        }
    }
}
