package io.github.odooconnector.reliability.spi;

import java.util.Objects;

/**
 * A webhook request failed verification. {@link #reason()} says which check failed so the HTTP
 * layer can answer (typically 400 for malformed input, 401 for a bad signature or stale timestamp).
 * The message names the header or check, never a secret or an expected signature.
 *
 * <p>Standard {@link Throwable} thread-safety.
 */
public class WebhookVerificationException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  /** Which verification check failed. */
  public enum Reason {
    /** A required header is absent. */
    MISSING_HEADER,
    /** A header is present but cannot be parsed. */
    MALFORMED_HEADER,
    /** The signed timestamp is older than the tolerance allows (possible replay). */
    TIMESTAMP_TOO_OLD,
    /** The signed timestamp is further in the future than the tolerance allows. */
    TIMESTAMP_TOO_NEW,
    /** The header holds no signature in a supported scheme (for example no {@code v1,} entry). */
    NO_SUPPORTED_SIGNATURE,
    /** No signature matched any configured secret. */
    SIGNATURE_MISMATCH,
    /** The message id could not be determined. */
    MISSING_EVENT_ID
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason which check failed
   * @param detail what was wrong, naming headers but no secrets
   */
  public WebhookVerificationException(Reason reason, String detail) {
    super(
        "webhook verification failed ("
            + Objects.requireNonNull(reason, "reason")
            + "): "
            + detail);
    this.reason = reason;
  }

  /**
   * Which check failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
