package io.github.odooconnector.carrier.api;

/**
 * What a person found at the carrier for a {@linkplain BlockedPurchase blocked label purchase}, as
 * given to {@link ShippingIntegration#resolveBlockedPurchase}.
 */
public enum Resolution {
  /**
   * The carrier account has no label for the purchase: the key is released the way the reconciler
   * releases it when the carrier answers "not found", and the next purchase buys under a new key.
   */
  NOT_PURCHASED,
  /**
   * Ask the carrier again now (for example after its outage ended): settled exactly as {@link
   * ShippingIntegration#reconcileUnknownOutcomes()} settles it.
   */
  RETRY_LOOKUP
}
