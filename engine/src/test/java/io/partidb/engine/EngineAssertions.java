package io.partidb.engine;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on the engine's errors: the code and DynamoDB's exact message. */
public final class EngineAssertions {
    private EngineAssertions() {
    }

    /** Asserts that {@code call} fails with an {@link EngineException} of that code and text. */
    public static void assertEngineError(ThrowingCallable call, ErrorCode code, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(EngineException.class)
                .hasMessage(message)
                .satisfies(e -> org.assertj.core.api.Assertions
                        .assertThat(((EngineException) e).code()).isEqualTo(code));
    }

    /** Asserts that {@code call} fails with an {@link EngineException} of that code. */
    public static void assertEngineError(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOf(EngineException.class)
                .satisfies(e -> org.assertj.core.api.Assertions
                        .assertThat(((EngineException) e).code()).isEqualTo(code));
    }
}
