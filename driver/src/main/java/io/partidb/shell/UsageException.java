package io.partidb.shell;

/** A command line the shell cannot make sense of; its message says why, for the user. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
