package io.partidb.tck.conformance;

import java.sql.SQLException;

/** What the robustness sweeps accept as a clear error: a five-character SQLState, not XX000. */
final class ClearErrors {
    private ClearErrors() {
    }

    /** Whether {@code e} says what went wrong with a SQLState, rather than reporting a crash. */
    static boolean isClear(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.length() == 5 && !state.equals("XX000");
    }
}
