package io.github.odooconnector.core.spi;

import java.util.Objects;

/**
 * The persisted position of a change feed: an opaque token the feed writes and reads back (the
 * {@code (write_date, id)} keyset, the newest {@code write_date} seen and the changes delivered
 * inside the overlap window, so duplicates stay removed after a restart). A {@link
 * ChangeCursorStore} stores the token verbatim; it is ASCII text, a few bytes plus about 40 bytes
 * per change inside the overlap window. Immutable and thread-safe.
 *
 * @param token the encoded position, not blank
 */
public record ChangeCursor(String token) {

  /**
   * Validates the token.
   *
   * @param token the encoded position, not blank
   */
  public ChangeCursor {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
  }

  /**
   * Wraps a token read back from storage.
   *
   * @param token the stored token
   * @return the cursor
   */
  public static ChangeCursor of(String token) {
    return new ChangeCursor(token);
  }

  @Override
  public String toString() {
    return "ChangeCursor[" + token.length() + " chars]";
  }
}
