package io.partidb.ast;

/** An expression: literal, parameter, path, operator, function call or {@code COUNT(*)}. */
public sealed interface Expr extends Node
        permits Literal, ParameterExpr, PathExpr, ListExpr, MapExpr, SetExpr, ComparisonExpr,
                BetweenExpr, InExpr, IsExpr, AndExpr, OrExpr, NotExpr, ArithmeticExpr,
                NegateExpr, FunctionCall, CountAll {
}
