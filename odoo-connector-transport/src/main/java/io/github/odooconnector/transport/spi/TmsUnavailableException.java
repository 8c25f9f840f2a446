package io.github.odooconnector.transport.spi;

/**
 * The TMS could not be reached or answered with a temporary failure (timeout, HTTP 5xx, rate
 * limit); retrying may succeed.
 *
 * <p>Exceptions are not shared between threads by the SDK.
 */
public class TmsUnavailableException extends TmsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public TmsUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong, without secrets
   * @param cause the cause
   */
  public TmsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Always true: a later attempt may reach the TMS.
   *
   * @return true
   */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
