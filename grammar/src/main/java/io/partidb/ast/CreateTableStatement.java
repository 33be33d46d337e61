package io.partidb.ast;

import java.util.List;

/** CREATE TABLE: declared attributes, the primary key (1 or 2 names), indexes and options. */
public record CreateTableStatement(
        boolean ifNotExists,
        Name table,
        List<AttributeDecl> attributes,
        List<Name> primaryKey,
        List<IndexDecl> indexes,
        List<TableOption> options,
        SourcePosition position) implements Statement {
    public CreateTableStatement {
        attributes = List.copyOf(attributes);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        options = List.copyOf(options);
    }
}
