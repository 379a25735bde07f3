package dev.napihost;

/**
 * A JavaScript exception that reached Java: thrown by a call made through {@link NodeRuntime} or
 * {@link JsValue}, or the reason a promise bridged to a {@link java.util.concurrent.CompletableFuture}
 * was rejected with. It carries what JS knew about the error: its name ({@code TypeError}), message
 * and JS stack ({@code error.stack}), and the thrown value itself.
 *
 * <p>{@link #getMessage()} reads as Node prints an error's first line: {@code "TypeError: boom"}.
 */
public final class JsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String jsName;
    private final String jsMessage;
    private final String jsStack;
    private final transient JsValue thrown;

    JsException(String jsName, String jsMessage, String jsStack, JsValue thrown) {
        super(jsName.isEmpty() ? jsMessage : jsMessage.isEmpty() ? jsName : jsName + ": " + jsMessage);
        this.jsName = jsName;
        this.jsMessage = jsMessage;
        this.jsStack = jsStack;
        this.thrown = thrown;
    }

    /** The error's {@code name} ({@code "Error"}, {@code "TypeError"}...); empty when a non-error was thrown. */
    public String getJsName() {
        return jsName;
    }

    /** The error's {@code message}, or {@code String(value)} when a non-error value was thrown. */
    public String getJsMessage() {
        return jsMessage;
    }

    /** The JS stack ({@code error.stack}: the message line, then one "    at ..." line per frame); empty if none. */
    public String getJsStack() {
        return jsStack;
    }

    /** The value JS threw (an Error object, or whatever was thrown). */
    public JsValue getThrown() {
        return thrown;
    }

    @Override
    public String toString() {
        return jsStack.isEmpty() ? super.toString() : getClass().getName() + ": " + jsStack;
    }
}
