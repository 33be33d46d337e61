package io.partidb.ast;

/** Any node of the PartiQL syntax tree; every node knows where it came from in the text. */
public interface Node {
    SourcePosition position();
}
