package io.github.odooconnector.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by {@link CanonicalJson} when a JSON text cannot be read or written as a canonical
 * document: malformed JSON, a value of the wrong JSON type, an unknown enum or unit code, an empty
 * document. It names where in the input the problem is ({@link #line()}, {@link #column()}) and
 * which property ({@link #path()}).
 *
 * <p>Documents that parse but break constraints raise {@link CanonicalValidationException} instead.
 *
 * <p>Immutable once thrown and safe to share between threads.
 */
public class CanonicalJsonException extends CanonicalModelException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param message what went wrong (without the input document, which may contain personal data)
   * @param path JSON property path such as {@code lines[0].quantity.unit}, empty when unknown or
   *     the root
   * @param line 1-based line in the input, or -1 when unknown
   * @param column 1-based column in the input, or -1 when unknown
   * @param cause the underlying parser error, may be null
   */
  public CanonicalJsonException(
      String message, String path, int line, int column, Throwable cause) {
    super(message, cause);
    this.path = Objects.requireNonNullElse(path, "");
    this.line = line;
    this.column = column;
  }

  /**
   * The JSON property path where reading failed.
   *
   * @return the path, for example {@code parcels[1].weight.value}; empty for the root or when
   *     unknown
   */
  public String path() {
    return path;
  }

  /**
   * The 1-based line of the problem in the input.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column of the problem in the input.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The path as an Optional, empty when the problem is at the root or the path is unknown.
   *
   * @return the path if known
   */
  public Optional<String> propertyPath() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
