/**
 * Expression trees with DynamoDB's semantics: {@link io.partidb.engine.expr.DocumentPath}s,
 * {@link io.partidb.engine.expr.Condition}s (write conditions and filters),
 * {@link io.partidb.engine.expr.UpdateExpression}s made of
 * {@link io.partidb.engine.expr.UpdateAction}s, and
 * {@link io.partidb.engine.expr.Projection}s. Trees are immutable values built in code by a
 * front end (the planner); nothing here parses text. Mistakes DynamoDB reports before reading
 * the item (an unorderable constant, overlapping update paths) fail when the tree is built;
 * everything else is decided against the item.
 */
package io.partidb.engine.expr;
