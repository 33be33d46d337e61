/** The engine's error catalogue ({@link io.partidb.engine.error.ErrorCode}) and its exception. */
package io.partidb.engine.error;
