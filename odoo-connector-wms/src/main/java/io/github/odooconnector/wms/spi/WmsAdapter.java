package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.util.List;
import java.util.Optional;

/**
 * What a warehouse management system adapter implements so the WMS workflows can drive it.
 *
 * <p>The workflows own Odoo, idempotency, retries and de-duplication; an adapter only talks to its
 * WMS. Mandatory: {@link #name()}, {@link #capabilities()}, {@link #releaseOrder(FulfillmentOrder,
 * String)} and {@link #translate(WmsMessage)}. Everything else has a default that throws {@link
 * UnsupportedWmsOperationException}; declare the operations you implement in {@link
 * #capabilities()}.
 *
 * <p>Errors: throw {@link WmsUnavailableException} (or a subclass) for transient failures, {@link
 * WmsRejectedException} when the WMS refuses the request, {@link WmsAuthenticationException} for
 * bad credentials. Never let transport exceptions escape.
 *
 * <p>Register an adapter with {@code WmsIntegration.builder().adapter(...)} or ship a {@link
 * WmsAdapterProvider} for {@link java.util.ServiceLoader}. Implementations must be thread-safe:
 * workflows may call them from several threads.
 */
public interface WmsAdapter {

  /**
   * A short stable name for this WMS, used as event source ({@code wms:<name>}), inbox source and
   * in idempotency keys; for example {@code acme}. Changing it makes already-processed messages
   * look new.
   *
   * @return the name: lower-case letters, digits, '-' and '_'
   */
  String name();

  /**
   * The optional operations this adapter supports.
   *
   * @return the capabilities
   */
  WmsCapabilities capabilities();

  /**
   * Hands a fulfillment order to the WMS. Must be idempotent per {@code idempotencyKey}: releasing
   * again with the same key (after a timeout, say) must not create a second order and must return
   * the same confirmation.
   *
   * @param order the order
   * @param idempotencyKey the key to send to the WMS (HTTP {@code Idempotency-Key} or equivalent)
   *     <p>A WMS that keeps an item master and does not know one of the order's products should
   *     answer with a {@link WmsUnknownItemException} naming the SKUs: the workflows then push
   *     those items ({@link #upsertItem(Item, String)}) and release once more.
   * @return the WMS's confirmation
   * @throws WmsUnknownItemException if the WMS does not know one of the order's products
   * @throws WmsException on other failures
   */
  ReleaseConfirmation releaseOrder(FulfillmentOrder order, String idempotencyKey);

  /**
   * Replaces a released order that has not been picked yet.
   *
   * @param order the new version of the order (same {@code fulfillmentOrderId})
   * @param idempotencyKey the key for this update
   * @return the WMS's confirmation
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#UPDATE_ORDER} is supported
   */
  default ReleaseConfirmation updateOrder(FulfillmentOrder order, String idempotencyKey) {
    throw new UnsupportedWmsOperationException(
        name() + " does not support updating released orders");
  }

  /**
   * Creates or replaces one product in the WMS's item master. Must be idempotent per {@code
   * idempotencyKey} and, since the whole item is sent, repeating it with another key must leave the
   * same item master behind (an upsert by {@link Item#sku()}, never a second item).
   *
   * @param item the product as the warehouse must know it
   * @param idempotencyKey the key for this version of the item
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#ITEM_MASTER} is supported
   * @throws WmsException on failure
   */
  default void upsertItem(Item item, String idempotencyKey) {
    throw new UnsupportedWmsOperationException(name() + " does not keep an item master");
  }

  /**
   * Cancels a released order.
   *
   * @param fulfillmentOrderId the order's id as released
   * @param idempotencyKey the key for this cancellation
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#CANCEL_ORDER} is supported
   */
  default void cancelOrder(String fulfillmentOrderId, String idempotencyKey) {
    throw new UnsupportedWmsOperationException(
        name() + " does not support cancelling released orders");
  }

  /**
   * Announces an expected receipt (advance ship notice) for a purchase order.
   *
   * @param asn the notice
   * @param idempotencyKey the key for this notice
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#ADVANCE_SHIP_NOTICE} is
   *     supported
   */
  default void sendAdvanceShipNotice(AdvanceShipNotice asn, String idempotencyKey) {
    throw new UnsupportedWmsOperationException(name() + " does not support advance ship notices");
  }

  /**
   * Announces an authorized return (RMA) before the goods arrive (return pre-advice), so that the
   * WMS can receive the parcel against it and report it as {@link WmsEventTypes#RETURN_RECEIVED}
   * with the same {@link ReturnAuthorization#rmaId()}. Must be idempotent per {@code
   * idempotencyKey}: announcing again with the same key (after a lost answer, say) must not create
   * a second expected return.
   *
   * @param rma the authorized return: the original order, customer, expected lines
   * @param idempotencyKey the key for this pre-advice ({@code wms:<name>:return-advice:<rmaId>})
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#RETURN_PRE_ADVICE} is
   *     supported
   * @throws WmsException on failure
   */
  default void sendReturnPreAdvice(ReturnAuthorization rma, String idempotencyKey) {
    throw new UnsupportedWmsOperationException(name() + " does not support return pre-advice");
  }

  /**
   * Reads one page of the WMS's stock levels.
   *
   * @param request which page
   * @return the page
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#INVENTORY_SNAPSHOT} is
   *     supported
   */
  default InventoryPage fetchInventory(InventoryPageRequest request) {
    throw new UnsupportedWmsOperationException(name() + " does not support inventory snapshots");
  }

  /**
   * The verifier for this WMS's webhook signatures (for example an {@link
   * io.github.odooconnector.reliability.spi.WebhookVerifier} over HMAC-SHA256).
   *
   * @return the verifier; empty when the WMS does not push webhooks
   */
  default Optional<WebhookVerifier> webhookVerifier() {
    return Optional.empty();
  }

  /**
   * Fetches messages the WMS has queued for the connector (for WMSs without webhooks).
   *
   * @param cursor where the previous poll ended; null on the first poll
   * @param maxMessages the most messages to return
   * @return the messages and the next cursor
   * @throws UnsupportedWmsOperationException unless {@link WmsFeature#POLLING} is supported
   */
  default PolledMessages poll(String cursor, int maxMessages) {
    throw new UnsupportedWmsOperationException(name() + " does not support polling");
  }

  /**
   * Turns one authenticated inbound message into canonical events (see {@link WmsEventTypes} for
   * types and payloads). One message may carry several facts (a pick confirmation and a shipment,
   * say). Each event's {@code idempotencyKey} must be stable across redeliveries of the same fact:
   * derive it from the WMS's own ids, never from the time of receipt.
   *
   * @param message the message
   * @return the events, possibly empty for messages the connector does not care about
   * @throws InvalidWmsMessageException if the message cannot be understood
   */
  List<BusinessEvent<?>> translate(WmsMessage message);
}
