package io.github.odooconnector.examples.internal;

/** An example could not reach the state it promised; the message says which and why. */
public final class ExampleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExampleFailure(String message) {
    super(message);
  }

  /** Throws unless {@code condition} holds. */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new ExampleFailure(String.format(format, args));
    }
  }
}
