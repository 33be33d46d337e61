package io.partidb.ast;

/** A scalar literal written in the statement. */
public sealed interface Literal extends Expr
        permits Literal.StringLiteral, Literal.NumberLiteral, Literal.BooleanLiteral,
                Literal.NullLiteral, Literal.MissingLiteral {

    /** {@code 'text'} with {@code ''} already unescaped. */
    record StringLiteral(String value, SourcePosition position) implements Literal {
    }

    /** A number exactly as written ({@code 1}, {@code -.73e1}); the planner checks its range. */
    record NumberLiteral(String text, SourcePosition position) implements Literal {
    }

    /** {@code TRUE} or {@code FALSE}. */
    record BooleanLiteral(boolean value, SourcePosition position) implements Literal {
    }

    /** {@code NULL}: DynamoDB's stored NULL value. */
    record NullLiteral(SourcePosition position) implements Literal {
    }

    /** {@code MISSING}: the absence of an attribute. */
    record MissingLiteral(SourcePosition position) implements Literal {
    }
}
