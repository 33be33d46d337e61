package io.partidb.ast;

/** A complete statement: PartiQL DML, our DDL extension, or EXPLAIN of another statement. */
public sealed interface Statement extends Node
        permits SelectStatement, InsertStatement, UpdateStatement, DeleteStatement,
                CreateTableStatement, CreateIndexStatement, DropIndexStatement,
                DropTableStatement, AlterTableStatement, ExplainStatement {
}
