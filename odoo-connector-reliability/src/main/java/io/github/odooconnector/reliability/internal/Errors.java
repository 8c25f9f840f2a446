package io.github.odooconnector.reliability.internal;

/** Formats failures for storage in a bounded column. */
public final class Errors {

  /** Maximum stored length of an error description. */
  public static final int MAX_LENGTH = 4000;

  private Errors() {}

  /**
   * {@code ClassName: message} of a throwable and its causes, bounded to {@link #MAX_LENGTH}
   * characters.
   */
  public static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    Throwable cur = t;
    int depth = 0;
    while (cur != null && depth < 5) {
      if (depth > 0) {
        sb.append(" <- caused by ");
      }
      sb.append(cur.getClass().getName());
      if (cur.getMessage() != null) {
        sb.append(": ").append(cur.getMessage());
      }
      cur = cur.getCause() == cur ? null : cur.getCause();
      depth++;
    }
    return truncate(sb.toString());
  }

  /** Bounds a string to {@link #MAX_LENGTH} characters. */
  public static String truncate(String s) {
    return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 1) + "…";
  }
}
