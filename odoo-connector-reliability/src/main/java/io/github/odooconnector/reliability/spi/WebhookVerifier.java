package io.github.odooconnector.reliability.spi;

/**
 * Establishes that a webhook request really comes from the claimed sender (typically by checking an
 * HMAC signature) and extracts the sender's message id.
 *
 * <p>Implementations must be thread-safe, compare signatures in constant time, and never reveal
 * secrets in exceptions, logs or {@code toString()}.
 */
public interface WebhookVerifier {

  /**
   * Verifies a request.
   *
   * @param request the request
   * @return the verified message
   * @throws WebhookVerificationException if verification fails; the exception's reason says which
   *     check failed
   */
  VerifiedWebhook verify(WebhookRequest request);
}
