package io.partidb.engine.read;

/**
 * What a Query or Scan returns: the items ({@code ALL_ATTRIBUTES}) or only how many matched
 * ({@code COUNT}). Projections are the planner's business; the engine reads whole items.
 */
public enum Select {
    ALL_ATTRIBUTES,
    COUNT
}
