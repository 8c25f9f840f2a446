package io.github.odooconnector.core.api;

/**
 * The TLS handshake with Odoo failed: the server's certificate is not trusted, its host name does
 * not match, or no common protocol or cipher suite exists. Certificate verification is always on;
 * trust a private CA with {@link OdooClientBuilder#sslContext}. Not retryable: the handshake fails
 * the same way until the configuration changes. Immutable once thrown; safe to share between
 * threads.
 */
public class OdooTlsException extends OdooTransportException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human readable message; never contains credentials
   * @param model the model (or RPC service) called; empty if none
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param cause the underlying handshake failure, or {@code null}
   */
  public OdooTlsException(
      String message, String model, String method, ServerVersion serverVersion, Throwable cause) {
    super(message, model, method, serverVersion, 0, null, cause);
  }

  /**
   * A failed handshake repeats identically until the trust configuration changes.
   *
   * @return {@code false}
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
