package io.partidb.planner.physical;

import java.util.regex.Pattern;

/** Renders names as PartiQL text, for EXPLAIN output and messages. */
public final class PartiQLText {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PartiQLText() {
    }

    /** A name as PartiQL would accept it: bare when simple, double-quoted otherwise. */
    public static String name(String name) {
        return SIMPLE_NAME.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
