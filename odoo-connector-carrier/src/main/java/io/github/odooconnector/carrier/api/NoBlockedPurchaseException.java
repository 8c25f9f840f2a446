package io.github.odooconnector.carrier.api;

/**
 * {@link ShippingIntegration#resolveBlockedPurchase} was asked to resolve an idempotency key under
 * which no label purchase is blocked: it was settled already (perhaps by a concurrent resolution),
 * was never blocked, or was reported longer ago than the reconciliation look-back. Nothing was
 * changed. A caller answering an operator maps it to "bad request"; it is never retryable.
 *
 * <p>Immutable and thread-safe.
 */
public class NoBlockedPurchaseException extends ShippingWorkflowException {

  private static final long serialVersionUID = 1L;

  /** The key that was asked for. */
  private final String idempotencyKey;

  /**
   * Creates the exception.
   *
   * @param idempotencyKey the key that was asked for
   */
  public NoBlockedPurchaseException(String idempotencyKey) {
    super(
        null,
        "no blocked label purchase under idempotency key '"
            + idempotencyKey
            + "': it was settled already, never blocked, or reported longer ago than the"
            + " idempotency retention");
    this.idempotencyKey = idempotencyKey;
  }

  /**
   * The key that was asked for.
   *
   * @return the idempotency key
   */
  public String idempotencyKey() {
    return idempotencyKey;
  }
}
