package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.carrier.spi.UnsupportedShipmentOptionException;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * The shipping workflows between Odoo deliveries and carriers, wired once per application:
 *
 * <pre>{@code
 * ShippingIntegration shipping = ShippingIntegration.builder()
 *     .odoo(client)
 *     .carrier(dhlAdapter, "DHL Express")          // adapter + the delivery.carrier it stands for
 *     .carrier(upsAdapter, 7L)                      // ... by delivery.carrier id
 *     .rateSelectionRule(RateSelectionRule.cheapest())
 *     .idempotencyStore(JdbcIdempotencyStore.create(dataSource))
 *     .build();
 *
 * // writes carrier_id, carrier_price
 * RateShoppingResult rates = shipping.shopRates(pickingId);
 * // attaches labels, writes carrier_tracking_ref
 * LabelResult label = shipping.buyLabel(pickingId);
 * // in the webhook endpoint: verify, check, store durably; then answer 2xx
 * shipping.receiveTrackingWebhook("dhl", webhookRequest);
 * // in a scheduler: chatter, delivery date, exception activity
 * shipping.processTrackingWebhooks(100);
 * }</pre>
 *
 * <p><b>Odoo effects.</b> Rate shopping asks only the carriers whose {@code delivery.carrier} rules
 * (countries, states, zip prefixes, weight/volume limits, product tags) allow the picking, writes
 * the chosen carrier's {@code delivery.carrier} to {@code carrier_id} and the price to {@code
 * carrier_price} and posts a chatter note with the customer price (margins, free over an amount).
 * Buying a label plans one parcel per Odoo package, creates one {@code ir.attachment} per parcel on
 * the picking (and one per customs document), writes each package's tracking number to the
 * configured package field and all of them comma-separated to {@code carrier_tracking_ref} (as
 * Odoo's own carrier integrations do) and posts a chatter message with the labels. Return labels,
 * end-of-day manifests, pickups, address corrections, rate variances and the reconciler's findings
 * are recorded on the pickings too. Tracking posts one chatter message per applied status change,
 * writes the delivery time to the configured field once every parcel is delivered, and schedules an
 * exception {@code mail.activity} on a failed delivery or exception.
 *
 * <p><b>Exactly-once label purchase.</b> Every purchase runs under an idempotency key ({@code
 * carrier-label:stock.picking:<id>} unless given) through the reliability kit's {@code Idempotent}:
 * once a label is bought, repeating the call returns the stored result and only re-applies the Odoo
 * writes, which are themselves idempotent. A purchase whose response was lost is retried with the
 * same key only if the carrier deduplicates by it or the adapter can find the shipment by it;
 * otherwise the {@link io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException} is
 * raised for manual reconciliation, and the key stays blocked (every later call under it raises the
 * same exception) so a naive retry cannot buy a second label. {@link #reconcileUnknownOutcomes()}
 * settles what the carrier can answer for; a person settles the rest after checking the carrier
 * account ({@link #blockedPurchases()}, {@link #resolveBlockedPurchase}).
 *
 * <p><b>Tracking state.</b> The last applied status per tracking number lives in the {@link
 * TrackingStateStore} (in memory by default; see its Javadoc for what a restart means).
 *
 * <p><b>Errors.</b> Only {@link CarrierException}s leave the workflows: the adapters' own subtypes
 * as they threw them ({@code CarrierUnavailableException}, {@code CarrierOutcomeUnknownException},
 * ...; an adapter failing with anything else is reported as a plain {@code CarrierException} with
 * that failure as cause), {@link RateSelectionException}, and {@link ShippingWorkflowException} for
 * everything on the Odoo side: the records do not allow the step, or Odoo, a store, the reliability
 * kit or one of your callbacks failed, which is then the cause (retryable when the cause is). The
 * exceptions are {@link #applyTrackingEvents(List)}, which rejects invalid events with the
 * canonical model's {@link CanonicalValidationException}, {@link
 * ShippingIntegrationBuilder#build()}, which adds {@link ShippingConfigurationException}, and
 * {@link NullPointerException} for null arguments. Inbound data (webhook payloads, polled and given
 * events) is checked as a whole before the first write to Odoo, so an invalid batch changes
 * nothing.
 *
 * <p>Thread-safe: share one instance. It owns no threads or connections; the Odoo client and any
 * rating executor stay owned (and closed) by the application.
 */
public interface ShippingIntegration {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ShippingIntegrationBuilder builder() {
    return new ShippingIntegrationBuilder();
  }

  /**
   * The registered carriers' adapters, in registration order.
   *
   * @return an immutable list
   */
  List<CarrierAdapter> carriers();

  /**
   * Rates a shipment with every registered carrier able to serve its route and chooses with the
   * configured rule. Writes nothing to Odoo; use it for a canonical {@code Shipment} or a quote on
   * a web shop checkout.
   *
   * @param request what to ship where
   * @return the choice and all quotes
   * @throws RateSelectionException if no acceptable rate was found
   * @throws ShippingWorkflowException if the selection rule failed (the cause)
   */
  RateShoppingResult quote(RateRequest request);

  /**
   * Like {@link #quote(RateRequest)} with another rule.
   *
   * @param request what to ship where
   * @param rule the selection rule
   * @return the choice and all quotes
   * @throws RateSelectionException if no acceptable rate was found
   * @throws ShippingWorkflowException if the selection rule failed (the cause)
   */
  RateShoppingResult quote(RateRequest request, RateSelectionRule rule);

  /**
   * Rate-shops an outgoing picking with every registered carrier, chooses with the configured rule
   * and records the choice on the picking ({@code carrier_id}, {@code carrier_price}, a chatter
   * note).
   *
   * @param pickingId the {@code stock.picking} id
   * @return the choice and all quotes
   * @throws ShippingWorkflowException if the picking is not a shippable outgoing delivery, its
   *     recipient or the shipper lacks an address field (named in the message), or Odoo failed
   * @throws RateSelectionException if no acceptable rate was found
   */
  RateShoppingResult shopRates(long pickingId);

  /**
   * Like {@link #shopRates(long)} with another rule.
   *
   * @param pickingId the {@code stock.picking} id
   * @param rule the selection rule
   * @return the choice and all quotes
   * @throws ShippingWorkflowException as for {@link #shopRates(long)}
   * @throws RateSelectionException if no acceptable rate was found
   */
  RateShoppingResult shopRates(long pickingId, RateSelectionRule rule);

  /**
   * Buys the label for a picking with the carrier in its {@code carrier_id}, choosing that
   * carrier's service with the configured rule, then attaches the labels and writes {@code
   * carrier_tracking_ref}. Idempotent per picking.
   *
   * @param pickingId the {@code stock.picking} id
   * @return the shipment and what was written to Odoo
   * @throws ShippingWorkflowException if the picking has no carrier with a registered adapter, is
   *     not shippable, another instance is buying its label right now (retryable), or Odoo or the
   *     idempotency store failed
   * @throws CarrierException if the carrier failed ({@code CarrierOutcomeUnknownException} when a
   *     purchase may have happened at a carrier that cannot deduplicate)
   */
  LabelResult buyLabel(long pickingId);

  /**
   * Buys the label for a picking with a specific rate (for example {@link
   * RateShoppingResult#chosen()}); records the rate's carrier on the picking first. Idempotent per
   * picking.
   *
   * @param pickingId the {@code stock.picking} id
   * @param rate the rate to buy
   * @return the shipment and what was written to Odoo
   * @throws ShippingWorkflowException as for {@link #buyLabel(long)}
   * @throws CarrierException if the carrier failed
   */
  LabelResult buyLabel(long pickingId, Rate rate);

  /**
   * Like {@link #buyLabel(long, Rate)} under an explicit idempotency key, for example to buy a new
   * label after voiding the first one.
   *
   * @param pickingId the {@code stock.picking} id
   * @param rate the rate to buy
   * @param idempotencyKey the purchase's key
   * @return the shipment and what was written to Odoo
   * @throws ShippingWorkflowException as for {@link #buyLabel(long)}, and if the key was used
   *     before for a purchase with other data
   * @throws CarrierException if the carrier failed
   */
  LabelResult buyLabel(long pickingId, Rate rate, String idempotencyKey);

  /**
   * Buys the label for a picking with options: a specific rate, an explicit idempotency key and
   * typed {@link ShipmentOptions} (each must be supported by the carrier, else an {@link
   * UnsupportedShipmentOptionException} naming carrier and option is raised before anything is
   * bought). Idempotent per key.
   *
   * <p>Before anything is bought: a cross-border picking is declared to customs from Odoo (HS code
   * and origin from the products, sale prices), and a product without HS code is a {@link
   * CustomsDeclarationException} naming it; the ship-to address is validated with the carrier when
   * an {@link AddressPolicy} is configured; the {@link RateDriftPolicy}, when configured, compares
   * the price asked now with the quote. At a carrier that takes one parcel per shipment, each
   * parcel is bought under its own key: a failure after some parcels records those and the next
   * call buys only the rest.
   *
   * @param pickingId the {@code stock.picking} id
   * @param options the rate, key and shipment options
   * @return the shipments and what was written to Odoo
   * @throws ShippingWorkflowException as for {@link #buyLabel(long)}, and its subtypes {@link
   *     CustomsDeclarationException}, {@link AddressValidationException} and {@link
   *     RateDriftException}
   * @throws CarrierException if the carrier failed or does not support an option or operation
   */
  LabelResult buyLabel(long pickingId, LabelOptions options);

  /**
   * Voids the label this integration bought for a picking under its default key: cancels every
   * shipment at the carrier (once each, under {@code carrier-void:<label key>}), or asks for a
   * refund when it is in a closed manifest at a carrier that needs one; clears {@code
   * carrier_tracking_ref} if it still holds that label's numbers and posts a chatter note. The
   * attachments stay for the audit trail. A later {@link #buyLabel(long)} buys a new label under
   * the next default key ({@code ...#2}).
   *
   * @param pickingId the {@code stock.picking} id
   * @return the voided shipments and refund requests
   * @throws ShippingWorkflowException if this integration bought no label for the picking (or the
   *     idempotency record expired), or a parcel's purchase has an unknown outcome (reconcile it
   *     first)
   * @throws io.github.odooconnector.carrier.spi.CarrierRequestRejectedException if the carrier
   *     refuses (for example the parcel was already scanned)
   */
  VoidResult voidLabel(long pickingId);

  /**
   * Buys a return label with the picking's (or the returned delivery's) carrier, from the customer
   * back to the shipper. For an Odoo return picking (incoming, {@code return_id} set) the label is
   * attached to it and written to its {@code carrier_tracking_ref}; for a delivery it is attached
   * beside the outbound label as {@code ReturnLabel-...}. The RMA reference defaults to the return
   * picking's name. Idempotent per picking.
   *
   * @param pickingId the return picking or the delivery
   * @return the return shipment and what was written to Odoo
   * @throws ShippingWorkflowException if the picking is neither, has no registered carrier, or Odoo
   *     failed
   * @throws CarrierException if the carrier failed or sells no return labels
   */
  LabelResult buyReturnLabel(long pickingId);

  /**
   * Like {@link #buyReturnLabel(long)} with an RMA reference, e-mail to the customer (a chatter
   * message addressed to them) and options.
   *
   * @param pickingId the return picking or the delivery
   * @param options the options
   * @return the return shipment and what was written to Odoo
   * @throws ShippingWorkflowException as for {@link #buyReturnLabel(long)}
   * @throws CarrierException if the carrier failed or sells no return labels
   */
  LabelResult buyReturnLabel(long pickingId, ReturnLabelOptions options);

  /**
   * Closes a day at a carrier account: creates the manifest of the labels bought that day and not
   * yet manifested, attaches its documents to their pickings and notes it in their chatter.
   * Afterwards, voiding one of those labels at a carrier that declares {@code refundAfterManifest}
   * becomes a refund request. Idempotent: closing again creates a manifest only for labels bought
   * since.
   *
   * @param carrierCode the carrier
   * @param date the day (UTC)
   * @return the manifest, empty when nothing was left to close
   * @throws ShippingWorkflowException if the carrier is not registered or Odoo failed
   * @throws CarrierException if the carrier failed or has no manifests
   */
  ManifestResult closeDay(String carrierCode, LocalDate date);

  /**
   * Books the pickup of the day's parcels at a carrier (the labels bought that day), noting it on
   * their pickings. Idempotent: booking again returns the booking as it stands.
   *
   * @param carrierCode the carrier
   * @param date the pickup date (the labels bought on it are collected)
   * @param readyFrom earliest time
   * @param closeAt latest time; after {@code readyFrom}
   * @return the booking
   * @throws ShippingWorkflowException if there is nothing to collect, or Odoo failed
   * @throws CarrierException if the carrier failed or books no pickups
   */
  PickupBooking bookPickup(
      String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt);

  /**
   * Changes the time window of the day's booked pickup.
   *
   * @param carrierCode the carrier
   * @param date the pickup date
   * @param readyFrom new earliest time
   * @param closeAt new latest time; after {@code readyFrom}
   * @return the changed booking
   * @throws ShippingWorkflowException if no pickup is booked, or Odoo failed
   * @throws CarrierException if the carrier failed or cannot change pickups
   */
  PickupBooking changePickup(
      String carrierCode, LocalDate date, LocalTime readyFrom, LocalTime closeAt);

  /**
   * Cancels the day's booked pickup; a later {@link #bookPickup} books a new one.
   *
   * @param carrierCode the carrier
   * @param date the pickup date
   * @return the cancelled booking
   * @throws ShippingWorkflowException if no pickup is booked, or Odoo failed
   * @throws CarrierException if the carrier failed or cannot cancel pickups
   */
  PickupBooking cancelPickup(String carrierCode, LocalDate date);

  /**
   * Settles every blocked label purchase (an unknown outcome at a carrier that cannot deduplicate)
   * reported within the idempotency retention: asks the carrier by the purchase's idempotency key
   * and completes it (the label is attached and recorded), releases the key (the carrier has no
   * label: the next purchase is safe) or opens an Odoo activity with the evidence (the carrier
   * cannot answer; with an {@linkplain ShippingIntegrationBuilder#incidentListener incident
   * listener} the purchase's outcome-unknown incident is handed to it again instead, so its
   * activity is the only one). Meant to run as a scheduled job.
   *
   * @return what was done, one entry per blocked purchase
   * @throws ShippingWorkflowException if Odoo or the idempotency store failed
   */
  List<Reconciliation> reconcileUnknownOutcomes();

  /**
   * Like {@link #reconcileUnknownOutcomes()} for these pickings only.
   *
   * @param pickingIds the {@code stock.picking} ids
   * @return what was done, one entry per blocked purchase
   * @throws ShippingWorkflowException if Odoo or the idempotency store failed
   */
  List<Reconciliation> reconcileUnknownOutcomes(Collection<Long> pickingIds);

  /**
   * The label purchases still blocked by an unknown outcome (reported within the idempotency
   * retention and not settled by the reconciler or a person), for an operations console: each with
   * its picking, carrier, idempotency key, when it was reported and the original failure.
   *
   * @return the blocked purchases; empty when there are none
   * @throws ShippingWorkflowException if Odoo or the idempotency store failed
   */
  List<BlockedPurchase> blockedPurchases();

  /**
   * Settles a blocked label purchase the way a person decided after checking the carrier account:
   * {@link Resolution#NOT_PURCHASED} releases the key on the reconciler's own "not found" path (the
   * next {@link #buyLabel(long)} buys under a new key), {@link Resolution#RETRY_LOOKUP} asks the
   * carrier again as {@link #reconcileUnknownOutcomes()} does. Either way the decision is audited:
   * a chatter note on the picking names {@code requestedBy}, the time and the reason, and a release
   * also keeps them in the idempotency store's release marker.
   *
   * @param idempotencyKey the blocked purchase's key, as listed by {@link #blockedPurchases()}
   * @param resolution what the person found
   * @param requestedBy who decided (a user name), not blank
   * @param reason why, for the audit trail, not blank
   * @return what was done: {@link Reconciliation.Outcome#RELEASED} for {@code NOT_PURCHASED}
   * @throws IllegalArgumentException if {@code requestedBy} or {@code reason} is blank (named in
   *     the message); nothing is changed
   * @throws NoBlockedPurchaseException if no purchase is blocked under the key (the key is named;
   *     settled already, perhaps by a concurrent resolution, or never blocked); nothing is changed
   * @throws ShippingWorkflowException if Odoo or the idempotency store failed
   */
  Reconciliation resolveBlockedPurchase(
      String idempotencyKey, Resolution resolution, String requestedBy, String reason);

  /**
   * Applies canonical tracking events to Odoo, oldest first, ignoring duplicates and events older
   * than (or arriving after a terminal) status already applied.
   *
   * @param events the events, in any order, for any tracking numbers
   * @return one update per event, in the order given
   * @throws CanonicalValidationException if an event is invalid (it names the event and every
   *     violation); no event is applied
   * @throws ShippingWorkflowException if Odoo or the tracking state store failed (the events
   *     applied before stay applied and are recognised as duplicates when sent again)
   */
  List<TrackingUpdate> applyTrackingEvents(List<TrackingEvent> events);

  /**
   * Receives a carrier's tracking webhook: verifies it (when a verifier is registered for the
   * carrier), lets the adapter parse and checks every event in it, and stores it durably in the
   * {@linkplain ShippingIntegrationBuilder#inboxStore inbox} once per {@code
   * (carrier:<carrierCode>, event id)}. Nothing is written to Odoo here; {@link
   * #processTrackingWebhooks(int)} applies it. Answer the carrier 2xx once this returns (new or a
   * redelivery alike). The event id is the verifier's, or the hex SHA-256 of the body when the
   * carrier has no verifier.
   *
   * @param carrierCode the carrier that sent it (typically from the webhook URL)
   * @param webhook the HTTP request
   * @return whether the webhook was new ({@code ACCEPTED}) or a redelivery ({@code DUPLICATE})
   * @throws io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException if the carrier is
   *     not registered, or the signature or payload is invalid, including any event in it; nothing
   *     is stored (answer 400/401 so the carrier does not retry forever)
   * @throws CarrierException if the adapter failed otherwise; nothing is stored
   * @throws ShippingWorkflowException if the inbox store failed (answer 5xx so the carrier
   *     redelivers)
   */
  InboxReceipt receiveTrackingWebhook(String carrierCode, WebhookRequest webhook);

  /**
   * Applies up to {@code maxMessages} stored tracking webhooks of the registered carriers to Odoo,
   * oldest first, on the calling thread; meant to run as a scheduled job. Each stored webhook is
   * applied once (a crash before the acknowledgement reapplies it, and the tracking state store
   * recognises its events as duplicates). A permanent failure (a stored body the adapter now
   * rejects) parks the message as {@code FAILED} with its error at once; any other (Odoo or a store
   * unreachable) is retried with the {@linkplain ShippingIntegrationBuilder#trackingRetry tracking
   * retry} backoff and parked after its last attempt. Only messages of this integration's carriers
   * are claimed, so a WMS integration may share the inbox store.
   *
   * @param maxMessages batch size, at least 1
   * @return the number of messages claimed (0: nothing to do now)
   * @throws ShippingWorkflowException if the inbox store failed
   */
  int processTrackingWebhooks(int maxMessages);

  /**
   * The synchronous convenience: {@link #receiveTrackingWebhook} and then {@link
   * #processTrackingWebhooks} until this webhook has been applied (older stored webhooks go first),
   * the same inbox path underneath. A redelivery of a stored webhook is not applied again and
   * returns an empty list; if applying fails, the inbox has recorded the failure (a retryable one
   * is retried by {@link #processTrackingWebhooks}) and the failure is thrown.
   *
   * @param carrierCode the carrier that sent it (typically from the webhook URL)
   * @param webhook the HTTP request
   * @return one update per event in the payload; empty for a redelivery
   * @throws io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException if the signature or
   *     payload is invalid, including any event in it; nothing is stored or applied (answer 400/401
   *     so the carrier does not retry forever)
   * @throws CarrierException if the adapter failed otherwise
   * @throws ShippingWorkflowException if Odoo or a store failed; the webhook is stored and retried
   */
  List<TrackingUpdate> handleTrackingWebhook(String carrierCode, WebhookRequest webhook);

  /**
   * Polls the carrier for every tracking number on a picking and applies what is new.
   *
   * @param pickingId the {@code stock.picking} id
   * @return one update per event returned by the carrier
   * @throws CarrierException if the carrier failed, or the adapter returned an invalid event or one
   *     of another parcel (nothing is applied then)
   * @throws ShippingWorkflowException if the picking has no registered carrier, or Odoo or the
   *     tracking state store failed
   */
  List<TrackingUpdate> pollTracking(long pickingId);

  /**
   * Flags parcels the carrier has said nothing about for longer than {@link
   * ShippingIntegrationBuilder#staleTrackingAfter(Duration)}: a {@code stale} status is applied
   * (chatter note and an activity, action required) for every tracking number of a done delivery
   * whose last status is not terminal. Any newer carrier event replaces it. Meant to run as a
   * scheduled job.
   *
   * @return one update per parcel flagged now
   * @throws ShippingWorkflowException if Odoo or the tracking state store failed
   */
  List<TrackingUpdate> flagStaleTracking();
}
