package io.github.odooconnector.wms.spi;

import io.github.odooconnector.common.OdooConnectorException;

/**
 * Root of the unchecked exceptions raised by WMS adapters and the WMS workflows.
 *
 * <p>Callers act on the subtype or on {@link #isRetryable()}: a retryable failure ({@link
 * WmsUnavailableException} and its subtypes {@link WmsRateLimitedException} and {@link
 * WmsOutcomeUnknownException}: WMS down, rate limited, answer lost) leaves the work pending and the
 * next run retries it with the same idempotency key; every other subtype is permanent ({@link
 * WmsRejectedException}, {@link WmsAuthenticationException}, {@link InvalidWmsMessageException},
 * {@link UnsupportedWmsOperationException}, and the workflows' own failures) and needs a person or
 * a code change. Retryability is only ever expressed by overriding {@link #isRetryable()}, which is
 * false unless a subtype says otherwise. Messages never contain credentials or webhook secrets.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class WmsException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   * @param cause the underlying error, or null
   */
  protected WmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
