package io.partidb.planner.physical;

import io.partidb.engine.value.AttributeValue;

/**
 * Something a cached plan builds anew for each execution from the bound parameters (an engine
 * condition or update expression with the parameters' values in it). A statement without
 * parameters is bound once, at plan time.
 */
@FunctionalInterface
public interface Bindable<T> {
    T bind(AttributeValue[] params);

    /** A value that depends on no parameter. */
    static <T> Bindable<T> constant(T value) {
        return params -> value;
    }
}
