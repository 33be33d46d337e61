package io.partidb.ast;

import java.util.List;

/**
 * An INSERT. {@code INSERT INTO t VALUE {...}} has one row, a map expression (or a parameter),
 * and no column list. The SQL form {@code INSERT INTO t (a, b) VALUES (?, ?), (...)} has the
 * column names and one expression list per row.
 */
public record InsertStatement(TableRef into, Form form, SourcePosition position)
        implements Statement {

    /** The two shapes an INSERT may take. */
    public sealed interface Form permits ValueForm, ValuesForm {
    }

    /** {@code VALUE <expr>}: DynamoDB's form, one item given as a map (or a parameter). */
    public record ValueForm(Expr item) implements Form {
    }

    /** {@code (c1, c2) VALUES (e1, e2), ...}: the SQL form tools generate. */
    public record ValuesForm(List<Name> columns, List<List<Expr>> rows) implements Form {
        public ValuesForm {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
