package io.partidb.ast;

import java.util.List;

/** {@code ALTER TABLE name SET (option = literal, ...)}. */
public record AlterTableStatement(Name table, List<TableOption> options, SourcePosition position)
        implements Statement {
    public AlterTableStatement {
        options = List.copyOf(options);
    }
}
