package io.github.odooconnector.edi.api;

/**
 * A document cannot be written for a partner: a value the standard cannot carry (a separator in a
 * text without a release character, a unit without a code, mixed currencies), a transaction the
 * standard has no message for, or a control number sequence that is exhausted. Nothing was written.
 *
 * <p>Exceptions are effectively immutable once thrown.
 */
public final class EdiWriteException extends EdiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be written, naming the document field and value
   */
  public EdiWriteException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what cannot be written
   * @param cause the underlying error
   */
  public EdiWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
