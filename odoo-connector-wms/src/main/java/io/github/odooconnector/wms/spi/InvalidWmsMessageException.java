package io.github.odooconnector.wms.spi;

/**
 * An inbound WMS message (webhook payload or polled record) could not be understood: bad JSON,
 * unknown event type, missing or malformed field. Permanent: the message is parked, never silently
 * dropped.
 *
 * <p>Immutable and thread-safe.
 */
public class InvalidWmsMessageException extends WmsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   */
  public InvalidWmsMessageException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  public InvalidWmsMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
