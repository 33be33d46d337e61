package io.partidb.engine.expr;

import io.partidb.engine.error.EngineException;

import java.util.List;

/**
 * DynamoDB's check that the paths of one update or projection expression are independent: no
 * path may lie on another ({@code a} and {@code a.b}: overlap) and no document may be used both
 * as a map and as a list ({@code a.b} and {@code a[1]}: conflict). Overlaps are reported before
 * conflicts; "path one" is the earlier path (dynalite's rules, which mirror DynamoDB's texts).
 */
final class PathChecks {
    private static final int INDEPENDENT = 0;
    private static final int OVERLAP = 1;
    private static final int CONFLICT = 2;

    private PathChecks() {
    }

    static void requireIndependent(List<DocumentPath> paths, String prefix) {
        EngineException conflict = null;
        for (int later = 1; later < paths.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                DocumentPath one = paths.get(earlier);
                DocumentPath two = paths.get(later);
                int relation = relation(one, two);
                if (relation == OVERLAP) {
                    throw ExpressionErrors.overlap(prefix, one, two);
                }
                if (relation == CONFLICT && conflict == null) {
                    conflict = ExpressionErrors.conflict(prefix, one, two);
                }
            }
        }
        if (conflict != null) {
            throw conflict;
        }
    }

    private static int relation(DocumentPath a, DocumentPath b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            PathElement x = a.element(i);
            PathElement y = b.element(i);
            if (x.getClass() != y.getClass()) {
                return CONFLICT;
            }
            if (!x.equals(y)) {
                return INDEPENDENT;
            }
        }
        return OVERLAP;
    }
}
