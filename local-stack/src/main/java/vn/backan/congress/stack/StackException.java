package vn.backan.congress.stack;

/** A start or stop that cannot go on; its message is the one line the user sees. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
