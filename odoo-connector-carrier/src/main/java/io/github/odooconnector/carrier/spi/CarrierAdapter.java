package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.util.List;
import java.util.Optional;

/**
 * What a carrier or shipping-aggregator adapter implements: quote, create (buy labels), cancel and
 * track shipments, and turn the carrier's tracking webhooks into canonical {@link TrackingEvent}s.
 * Optional operations (address validation, pickups, manifests, refunds, proof of delivery, a
 * definite shipment lookup) are default methods, so an adapter implements only what its carrier
 * offers and declares it in {@link CarrierCapabilities}.
 *
 * <p>Register an adapter with {@code ShippingIntegration.builder().carrier(...)} or ship a {@link
 * CarrierAdapterProvider} for {@link java.util.ServiceLoader} discovery.
 *
 * <p><b>Contract for implementors.</b>
 *
 * <ul>
 *   <li>Implementations must be thread-safe: the workflows call them from many threads.
 *   <li>Failures are reported only as {@link CarrierException} subtypes: {@link
 *       CarrierUnavailableException} (and {@link CarrierRateLimitedException}) for transient
 *       trouble, {@link CarrierOutcomeUnknownException} when a create may have happened but the
 *       response was lost, {@link CarrierRequestRejectedException}, {@link
 *       CarrierAuthenticationException} and {@link UnsupportedCarrierOperationException} for
 *       permanent ones. Never let {@code IOException} or HTTP client types escape, and never put
 *       credentials in messages.
 *   <li>{@link #createShipment} must pass {@link ShipmentRequest#idempotencyKey()} to the carrier
 *       when the carrier supports it (and then declare {@link
 *       CarrierCapabilities#idempotentCreate()}), or implement {@link #findShipment(String)}, so
 *       that a purchase whose response was lost can be completed without buying twice.
 *   <li>Tracking statuses are normalised to {@code TrackingStatus}; the carrier's raw code stays on
 *       the event.
 * </ul>
 */
public interface CarrierAdapter {

  /**
   * Describes the carrier and what the adapter supports. Must be cheap and return the same value
   * every time.
   *
   * @return the capabilities
   */
  CarrierCapabilities capabilities();

  /**
   * The stable carrier code, {@code capabilities().carrierCode()}.
   *
   * @return the carrier code
   */
  default String carrierCode() {
    return capabilities().carrierCode();
  }

  /**
   * Quotes the shipment.
   *
   * @param request what to ship where
   * @return one rate per service that can carry the shipment; empty when none can
   * @throws CarrierException on failure
   */
  List<Rate> rate(RateRequest request);

  /**
   * Creates the shipment at the carrier and buys its labels. Not idempotent by itself at every
   * carrier: see the interface contract on idempotency keys.
   *
   * @param request the shipment, service and idempotency key
   * @return the created shipment with one tracking number and label per parcel
   * @throws CarrierOutcomeUnknownException if the request was sent but its response was lost
   * @throws CarrierException on other failures
   */
  CarrierShipment createShipment(ShipmentRequest request);

  /**
   * Looks up a shipment previously created with the given idempotency key, to complete a purchase
   * whose response was lost. The default finds nothing; override when the carrier can search by the
   * key (or by a reference the adapter derived from it).
   *
   * @param idempotencyKey the key the shipment was created with
   * @return the shipment, empty when there is none or the carrier cannot tell
   * @throws CarrierException on failure
   */
  default Optional<CarrierShipment> findShipment(String idempotencyKey) {
    return Optional.empty();
  }

  /**
   * Voids the labels of a shipment so it is not billed. The default throws {@link
   * UnsupportedCarrierOperationException}.
   *
   * @param shipmentId the carrier's shipment id ({@link CarrierShipment#shipmentId()})
   * @throws CarrierRequestRejectedException if the shipment can no longer be cancelled (already
   *     scanned)
   * @throws CarrierException on other failures
   */
  default void cancelShipment(String shipmentId) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "cancelShipment");
  }

  /**
   * Fetches the tracking history of one parcel (polling).
   *
   * @param trackingNumber the tracking number
   * @return the current status and events
   * @throws TrackingNumberNotFoundException if the carrier does not know the number
   * @throws CarrierException on other failures
   */
  TrackingResult track(String trackingNumber);

  /**
   * Parses a tracking webhook the carrier sent. Signature verification happens before this call
   * (configure a {@code WebhookVerifier} on the integration). The default throws {@link
   * UnsupportedCarrierOperationException}.
   *
   * @param webhook headers and raw body
   * @return the events in the payload, possibly for several tracking numbers; empty for payloads
   *     that carry no tracking information (for example a ping)
   * @throws InvalidTrackingWebhookException if the body is not a tracking payload of this carrier
   */
  default List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "parseTrackingWebhook");
  }

  /**
   * Checks whether the carrier can deliver to an address. The default throws {@link
   * UnsupportedCarrierOperationException}.
   *
   * @param address the address
   * @return the verdict and a suggested correction
   * @throws CarrierException on failure
   */
  default AddressValidation validateAddress(Address address) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "validateAddress");
  }

  /**
   * Books a pickup. The default throws {@link UnsupportedCarrierOperationException}.
   *
   * @param request where, when and what to collect
   * @return the confirmation
   * @throws CarrierException on failure
   */
  default PickupConfirmation schedulePickup(PickupRequest request) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "schedulePickup");
  }

  /**
   * Changes a booked pickup (date or time window). The default throws {@link
   * UnsupportedCarrierOperationException}; declare {@link CarrierCapabilities#pickupChanges()} when
   * implemented.
   *
   * @param confirmationNumber the booking to change
   * @param request the new pickup
   * @return the confirmation of the changed pickup (the number may change)
   * @throws CarrierException on failure
   */
  default PickupConfirmation updatePickup(String confirmationNumber, PickupRequest request) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "updatePickup");
  }

  /**
   * Cancels a booked pickup. The default throws {@link UnsupportedCarrierOperationException};
   * declare {@link CarrierCapabilities#pickupChanges()} when implemented.
   *
   * @param confirmationNumber the booking to cancel
   * @throws CarrierException on failure
   */
  default void cancelPickup(String confirmationNumber) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "cancelPickup");
  }

  /**
   * Settles a purchase whose outcome is unknown: asks the carrier whether it created a shipment
   * under the idempotency key. The default answers from {@link #findShipment(String)}: found, or
   * {@link ShipmentLookup.Outcome#UNKNOWN} because an empty {@code findShipment} cannot tell "none"
   * from "cannot search". Override it when the carrier can say definitely that there is none
   * ({@link ShipmentLookup#notFound()}): the reconciler then releases the key so the label can be
   * bought again.
   *
   * @param idempotencyKey the key the purchase was sent with
   * @return the answer; failures to ask may also be reported as {@link
   *     ShipmentLookup.Outcome#UNKNOWN}
   * @throws CarrierException on failure
   */
  default ShipmentLookup lookupShipment(String idempotencyKey) {
    return findShipment(idempotencyKey)
        .map(ShipmentLookup::found)
        .orElseGet(
            () ->
                ShipmentLookup.unknown(
                    "adapter '"
                        + carrierCode()
                        + "' found no shipment under the key but cannot tell whether none exists"));
  }

  /**
   * Closes the day: creates a manifest for the shipments. The default throws {@link
   * UnsupportedCarrierOperationException}; declare {@link CarrierCapabilities#manifests()} when
   * implemented. Pass {@link ManifestRequest#idempotencyKey()} to the carrier when it supports one.
   *
   * @param request the shipments to hand over
   * @return the manifest and its documents
   * @throws CarrierException on failure
   */
  default Manifest createManifest(ManifestRequest request) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "createManifest");
  }

  /**
   * Asks for the refund of a label that can no longer be voided (it is in a closed manifest, see
   * {@link CarrierCapabilities#refundAfterManifest()}). The default throws {@link
   * UnsupportedCarrierOperationException}.
   *
   * @param shipmentId the shipment
   * @return the acknowledgement
   * @throws CarrierRequestRejectedException if the carrier refuses (for example already scanned)
   * @throws CarrierException on other failures
   */
  default RefundConfirmation requestRefund(String shipmentId) {
    throw new UnsupportedCarrierOperationException(carrierCode(), "requestRefund");
  }

  /**
   * Fetches the proof of delivery of a delivered parcel (signer, signature image, photo). The
   * default returns empty; declare {@link CarrierCapabilities#proofOfDelivery()} when implemented.
   *
   * @param trackingNumber the parcel
   * @return the proof, empty when the carrier has none (yet)
   * @throws CarrierException on failure
   */
  default Optional<ProofOfDelivery> proofOfDelivery(String trackingNumber) {
    return Optional.empty();
  }
}
