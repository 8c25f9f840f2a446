package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.OrderStateChange;
import io.github.odooconnector.wms.spi.PackConfirmation;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsOutcomeUnknownException;
import io.github.odooconnector.wms.spi.WmsRateLimitedException;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-memory WMS for tests: implements {@link WmsAdapter} and, on command, accepts, rejects,
 * picks (fully or short, with substitutions), packs, ships, receives, counts and takes back
 * returns, emitting the same canonical events a real adapter would ({@link WmsEventTypes}).
 *
 * <pre>{@code
 * SimulatedWms wms = SimulatedWms.builder().build();
 * WmsIntegration integration = WmsIntegration.builder().odoo(client).adapter(wms).build();
 * integration.releasePendingOrders();
 * wms.shortPick("WH/OUT/00003", Sku.of("FURN_0002"), Quantity.pieces(1));
 * BusinessEvent<?> shipped = wms.ship("WH/OUT/00003", "Standard delivery", "TRK-1");
 * integration.apply(shipped);                  // or integration.pollAndApply(100)
 * }</pre>
 *
 * <p>Every emitted event is also queued for {@link #poll(String, int)}; {@link
 * #translate(WmsMessage)} resolves a polled message back to its event. Outages: {@link #goDown()} /
 * {@link #recover()} make every call fail with {@link WmsUnavailableException}; {@link
 * #failNextCalls(int)} fails only the next calls. More faults for the next call: {@link
 * #loseNextResponse()} (applied, but the caller sees {@link WmsOutcomeUnknownException}), {@link
 * #rejectNextCall(String)} and {@link #rateLimitNextCall(Duration)}; {@link
 * #unknownEventType(String, String)} queues a message of a type no adapter knows. WMS-side order
 * states: {@link #hold}, {@link #raiseException} and {@link #cancelOnWmsSide}. Releases, updates
 * and cancellations are idempotent per key, like a well-behaved WMS; {@link
 * Builder#withoutFeatures(WmsFeature...)} simulates a WMS that cannot update or cancel. Handling
 * units: ASNs keep their pallets and cartons, receipts report them back holding what was received
 * ({@link #receiveExtraPallet} adds a pallet the ASN did not announce), and {@link #shipOnPallet}
 * ships an order on one pallet.
 *
 * <p>Thread-safe (all methods synchronize on the instance).
 */
public final class SimulatedWms implements WmsAdapter {

  private final String name;
  private final int pageSize;
  private final EventJournal journal;
  private final StockBook stock;
  private final OrderDesk orders;
  private final ReceivingDesk receiving;
  private final ItemCatalog items;
  private final ReturnsDesk returns;
  private final Set<WmsFeature> features;
  private int releaseCalls;
  private int cancelCalls;
  private int updateCalls;
  private boolean down;
  private int failures;
  private boolean loseNextResponse;
  private String rejectNext;
  private Duration rateLimitNext;

  private SimulatedWms(Builder b) {
    this.name = b.name;
    this.journal = new EventJournal(b.name, b.clock);
    this.stock = new StockBook(b.pageSize);
    this.orders = new OrderDesk(journal);
    this.receiving = new ReceivingDesk(journal, stock);
    this.items = new ItemCatalog(b.itemMasterRequired);
    this.returns = new ReturnsDesk(journal);
    this.pageSize = b.pageSize;
    EnumSet<WmsFeature> f =
        EnumSet.of(
            WmsFeature.CANCEL_ORDER,
            WmsFeature.UPDATE_ORDER,
            WmsFeature.ADVANCE_SHIP_NOTICE,
            WmsFeature.INVENTORY_SNAPSHOT,
            WmsFeature.POLLING,
            WmsFeature.LOT_SERIAL_TRACKING,
            WmsFeature.ITEM_MASTER,
            WmsFeature.HANDLING_UNITS,
            WmsFeature.RETURN_PRE_ADVICE);
    f.removeAll(b.without);
    this.features = Set.copyOf(f);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ SPI

  @Override
  public String name() {
    return name;
  }

  @Override
  public WmsCapabilities capabilities() {
    return new WmsCapabilities(features, pageSize);
  }

  @Override
  public synchronized ReleaseConfirmation releaseOrder(
      FulfillmentOrder order, String idempotencyKey) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    releaseCalls++;
    checkUp("release " + order.fulfillmentOrderId());
    items.requireKnown(order);
    return answered("release " + order.fulfillmentOrderId(), orders.release(order, idempotencyKey));
  }

  @Override
  public synchronized ReleaseConfirmation updateOrder(
      FulfillmentOrder order, String idempotencyKey) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    require(WmsFeature.UPDATE_ORDER, "updating released orders");
    updateCalls++;
    checkUp("update " + order.fulfillmentOrderId());
    return answered("update " + order.fulfillmentOrderId(), orders.update(order));
  }

  @Override
  public synchronized void upsertItem(Item item, String idempotencyKey) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    require(WmsFeature.ITEM_MASTER, "keeping an item master");
    checkUp("item " + item.sku());
    items.upsert(item, idempotencyKey);
    answered("item " + item.sku(), item);
  }

  @Override
  public synchronized void cancelOrder(String fulfillmentOrderId, String idempotencyKey) {
    Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    require(WmsFeature.CANCEL_ORDER, "cancelling released orders");
    cancelCalls++;
    checkUp("cancel " + fulfillmentOrderId);
    orders.cancel(fulfillmentOrderId, idempotencyKey);
    answered("cancel " + fulfillmentOrderId, fulfillmentOrderId);
  }

  @Override
  public synchronized void sendAdvanceShipNotice(AdvanceShipNotice asn, String idempotencyKey) {
    require(WmsFeature.ADVANCE_SHIP_NOTICE, "advance ship notices");
    checkUp("asn " + asn.asnId());
    receiving.announce(asn);
    answered("asn " + asn.asnId(), asn);
  }

  @Override
  public synchronized void sendReturnPreAdvice(ReturnAuthorization rma, String idempotencyKey) {
    Objects.requireNonNull(rma, "rma");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    require(WmsFeature.RETURN_PRE_ADVICE, "return pre-advice");
    checkUp("return pre-advice " + rma.rmaId());
    returns.announce(rma, idempotencyKey);
    answered("return pre-advice " + rma.rmaId(), rma);
  }

  @Override
  public synchronized InventoryPage fetchInventory(InventoryPageRequest request) {
    require(WmsFeature.INVENTORY_SNAPSHOT, "inventory snapshots");
    checkUp("inventory");
    return answered("inventory", stock.page(request, journal.now()));
  }

  @Override
  public synchronized PolledMessages poll(String cursor, int maxMessages) {
    require(WmsFeature.POLLING, "polling");
    checkUp("poll");
    return answered("poll", journal.poll(cursor, maxMessages));
  }

  @Override
  public synchronized List<BusinessEvent<?>> translate(WmsMessage message) {
    return journal.translate(message);
  }

  // ------------------------------------------------------------------ commands

  /**
   * The orders currently released and not cancelled, by fulfillment order id.
   *
   * @return a copy of the orders
   */
  public synchronized Map<String, FulfillmentOrder> orders() {
    return orders.orders();
  }

  /**
   * The ASNs received, by ASN id.
   *
   * @return a copy of the notices
   */
  public synchronized Map<String, AdvanceShipNotice> advanceShipNotices() {
    return receiving.advanceShipNotices();
  }

  /**
   * The item master: every product pushed so far, by SKU (the latest version of each).
   *
   * @return a copy of the items
   */
  public synchronized Map<Sku, Item> items() {
    return items.items();
  }

  /**
   * How many item pushes changed the item master (repeats with a known key do not count).
   *
   * @return the count
   */
  public synchronized int itemUpserts() {
    return items.upserts();
  }

  /**
   * How many release calls reached the simulator (including failed and repeated ones).
   *
   * @return the count
   */
  public synchronized int releaseCalls() {
    return releaseCalls;
  }

  /**
   * Every event emitted so far, oldest first.
   *
   * @return a copy of the events
   */
  public synchronized List<BusinessEvent<?>> emitted() {
    return journal.emitted();
  }

  /** Makes every call fail with {@link WmsUnavailableException} until {@link #recover()}. */
  public synchronized void goDown() {
    down = true;
  }

  /** Ends an outage started with {@link #goDown()}. */
  public synchronized void recover() {
    down = false;
    failures = 0;
  }

  /**
   * Fails the next {@code n} calls with {@link WmsUnavailableException}.
   *
   * @param n number of calls to fail
   */
  public synchronized void failNextCalls(int n) {
    failures = n;
  }

  /**
   * Makes the next call take effect but lose its answer: the caller gets a {@link
   * WmsOutcomeUnknownException} (a timeout after the WMS committed), and a retry with the same
   * idempotency key finds the work done.
   */
  public synchronized void loseNextResponse() {
    loseNextResponse = true;
  }

  /**
   * Makes the WMS refuse the next call with a {@link WmsRejectedException} before it applies
   * anything (a validation error).
   *
   * @param reason the refusal's text
   */
  public synchronized void rejectNextCall(String reason) {
    rejectNext = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Makes the WMS answer the next call with "slow down": a {@link WmsRateLimitedException} carrying
   * the wait, before it applies anything.
   *
   * @param retryAfter the wait the WMS asks for
   */
  public synchronized void rateLimitNextCall(Duration retryAfter) {
    rateLimitNext = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /**
   * Queues a well-formed message of an event type no adapter knows (a WMS that added a status in a
   * new API version) about an order; {@link #translate(WmsMessage)} refuses it with an {@link
   * InvalidWmsMessageException}, as a real adapter must.
   *
   * @param fulfillmentOrderId the order the message is about
   * @param type the unknown type, for example {@code order.teleported}
   * @return the message, also returned by {@link #poll(String, int)}
   */
  public synchronized WmsMessage unknownEventType(String fulfillmentOrderId, String type) {
    return journal.queueUnknown(
        Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId"),
        Objects.requireNonNull(type, "type"));
  }

  /**
   * How many cancellation calls reached the simulator (including failed and repeated ones).
   *
   * @return the count
   */
  public synchronized int cancelCalls() {
    return cancelCalls;
  }

  /**
   * How many update calls reached the simulator (including failed and repeated ones).
   *
   * @return the count
   */
  public synchronized int updateCalls() {
    return updateCalls;
  }

  /**
   * The released orders cancelled so far, by the connector or on the WMS side, by fulfillment order
   * id, in the order they were cancelled.
   *
   * @return a copy of the ids
   */
  public synchronized List<String> cancelledOrders() {
    return orders.cancelled();
  }

  /**
   * Puts a released order on hold (a credit check, a stock problem), as the warehouse reports it.
   *
   * @param fulfillmentOrderId the order
   * @param reason why
   * @return the emitted {@link WmsEventTypes#ORDER_HELD} event
   */
  public synchronized BusinessEvent<OrderStateChange> hold(
      String fulfillmentOrderId, String reason) {
    return orders.changeState(WmsEventTypes.ORDER_HELD, "held", fulfillmentOrderId, reason);
  }

  /**
   * Reports an exception that stops a released order without cancelling it (damaged stock, an
   * undeliverable address).
   *
   * @param fulfillmentOrderId the order
   * @param reason what went wrong
   * @return the emitted {@link WmsEventTypes#ORDER_EXCEPTION} event
   */
  public synchronized BusinessEvent<OrderStateChange> raiseException(
      String fulfillmentOrderId, String reason) {
    return orders.changeState(
        WmsEventTypes.ORDER_EXCEPTION, "exception", fulfillmentOrderId, reason);
  }

  /**
   * Cancels a released order on the WMS side (the warehouse cannot fulfil it); the order leaves
   * {@link #orders()}.
   *
   * @param fulfillmentOrderId the order
   * @param reason why
   * @return the emitted {@link WmsEventTypes#ORDER_CANCELLED} event
   */
  public synchronized BusinessEvent<OrderStateChange> cancelOnWmsSide(
      String fulfillmentOrderId, String reason) {
    return orders.changeState(
        WmsEventTypes.ORDER_CANCELLED, "cancelled", fulfillmentOrderId, reason);
  }

  /**
   * Accepts a released order.
   *
   * @param fulfillmentOrderId the order
   * @return the emitted {@link WmsEventTypes#ORDER_ACCEPTED} event
   */
  public synchronized BusinessEvent<OrderAcknowledgement> accept(String fulfillmentOrderId) {
    return orders.acknowledge(fulfillmentOrderId, true, null);
  }

  /**
   * Rejects a released order.
   *
   * @param fulfillmentOrderId the order
   * @param reason why
   * @return the emitted {@link WmsEventTypes#ORDER_REJECTED} event
   */
  public synchronized BusinessEvent<OrderAcknowledgement> reject(
      String fulfillmentOrderId, String reason) {
    return orders.acknowledge(fulfillmentOrderId, false, reason);
  }

  /**
   * Picks every line in full.
   *
   * @param fulfillmentOrderId the order
   * @return the emitted {@link WmsEventTypes#PICK_COMPLETED} event
   */
  public synchronized BusinessEvent<PickConfirmation> pick(String fulfillmentOrderId) {
    return orders.completePick(fulfillmentOrderId);
  }

  /**
   * Picks one SKU short (the other lines in full, unless already set by an earlier command).
   *
   * @param fulfillmentOrderId the order
   * @param sku the SKU picked short
   * @param picked the quantity actually picked (may be zero)
   * @return the emitted {@link WmsEventTypes#PICK_COMPLETED} event
   */
  public synchronized BusinessEvent<PickConfirmation> shortPick(
      String fulfillmentOrderId, Sku sku, Quantity picked) {
    Objects.requireNonNull(picked, "picked");
    orders.changeLine(fulfillmentOrderId, sku, l -> OrderDesk.withPicked(l, picked));
    return orders.completePick(fulfillmentOrderId);
  }

  /**
   * Picks another SKU instead of the ordered one on a line.
   *
   * @param fulfillmentOrderId the order
   * @param ordered the SKU ordered
   * @param substitute the SKU picked instead
   * @return the emitted {@link WmsEventTypes#PICK_COMPLETED} event
   */
  public synchronized BusinessEvent<PickConfirmation> substitute(
      String fulfillmentOrderId, Sku ordered, Sku substitute) {
    Objects.requireNonNull(substitute, "substitute");
    orders.changeLine(fulfillmentOrderId, ordered, l -> OrderDesk.substituted(l, substitute));
    return orders.completePick(fulfillmentOrderId);
  }

  /**
   * Sets the lot or serial numbers picked for a line (for tracked products).
   *
   * @param fulfillmentOrderId the order
   * @param sku the SKU
   * @param lotNumber the lot, or null
   * @param serialNumbers the serials, possibly empty
   */
  public synchronized void assignLot(
      String fulfillmentOrderId, Sku sku, String lotNumber, List<String> serialNumbers) {
    orders.changeLine(
        fulfillmentOrderId, sku, l -> OrderDesk.withLot(l, sku, lotNumber, serialNumbers));
  }

  /**
   * Packs the picked goods into one parcel.
   *
   * @param fulfillmentOrderId the order
   * @param trackingNumber the parcel's tracking number
   * @return the emitted {@link WmsEventTypes#ORDER_PACKED} event
   */
  public synchronized BusinessEvent<PackConfirmation> pack(
      String fulfillmentOrderId, String trackingNumber) {
    return orders.pack(fulfillmentOrderId, trackingNumber);
  }

  /**
   * Ships what was picked (everything, when nothing was picked explicitly) in one parcel.
   *
   * @param fulfillmentOrderId the order
   * @param carrier the carrier name (matched against Odoo {@code delivery.carrier} names)
   * @param trackingNumber the tracking number
   * @return the emitted {@link WmsEventTypes#ORDER_SHIPPED} event
   */
  public synchronized BusinessEvent<Shipment> ship(
      String fulfillmentOrderId, String carrier, String trackingNumber) {
    return orders.ship(fulfillmentOrderId, carrier, trackingNumber);
  }

  /**
   * Ships what was picked as {@link #ship(String, String, String)} does, every order line on one
   * pallet labelled {@code sscc}: the shipment reports the pallet as a handling unit holding the
   * shipped quantity of each order line (lines of substituted products are not on it).
   *
   * @param fulfillmentOrderId the order
   * @param carrier the carrier name
   * @param trackingNumber the tracking number
   * @param sscc the pallet's SSCC
   * @return the emitted {@link WmsEventTypes#ORDER_SHIPPED} event
   */
  public synchronized BusinessEvent<Shipment> shipOnPallet(
      String fulfillmentOrderId, String carrier, String trackingNumber, Sscc sscc) {
    return orders.ship(
        fulfillmentOrderId, carrier, trackingNumber, Objects.requireNonNull(sscc, "sscc"));
  }

  /**
   * Receives everything an ASN announced, in the given pallets and cartons instead of the announced
   * ones (a warehouse that palletised the goods itself): their packed items name the ASN's line
   * ids, which are the receipt's line ids.
   *
   * @param asnId the ASN (Odoo receipt reference)
   * @param units the units the goods were received in
   * @return the emitted {@link WmsEventTypes#GOODS_RECEIVED} event
   */
  public synchronized BusinessEvent<Receipt> receiveInUnits(
      String asnId, List<HandlingUnit> units) {
    return receiving.receive(asnId, Map.of(), List.copyOf(units));
  }

  /**
   * Makes the next receipt against an ASN ({@link #receive} or {@link #receiveLines}) bring one
   * more pallet than announced: a pallet labelled {@code sscc} holding {@code quantity} of {@code
   * sku}, reported as a handling unit with a receipt line of its own (expected 0), as a warehouse
   * reports goods that arrived without notice. Receipts also report the handling units the ASN
   * announced, holding what was received of their lines.
   *
   * @param asnId the ASN (Odoo receipt reference)
   * @param sscc the extra pallet's SSCC
   * @param sku what is on it
   * @param quantity how much
   */
  public synchronized void receiveExtraPallet(String asnId, Sscc sscc, Sku sku, Quantity quantity) {
    receiving.receiveExtraPallet(
        asnId,
        Objects.requireNonNull(sscc, "sscc"),
        Objects.requireNonNull(sku, "sku"),
        Objects.requireNonNull(quantity, "quantity"));
  }

  /**
   * Receives goods against an ASN; lines not mentioned are received as expected. Differences are
   * reported as discrepancies on the receipt, like a real WMS does.
   *
   * @param asnId the ASN (Odoo receipt reference)
   * @param received SKU to the quantity actually received
   * @return the emitted {@link WmsEventTypes#GOODS_RECEIVED} event
   */
  public synchronized BusinessEvent<Receipt> receive(String asnId, Map<Sku, Quantity> received) {
    return receiving.receive(asnId, received);
  }

  /**
   * Takes back returned goods.
   *
   * @param rmaId the return authorization id
   * @param orderRef the delivery (Odoo picking reference) the goods came from
   * @param customer the customer
   * @param sku the returned SKU
   * @param quantity the returned quantity
   * @param reason why
   * @return the emitted {@link WmsEventTypes#RETURN_RECEIVED} event
   */
  public synchronized BusinessEvent<ReturnAuthorization> receiveReturn(
      String rmaId,
      String orderRef,
      Party customer,
      Sku sku,
      Quantity quantity,
      ReturnReason reason) {
    return receiving.receiveReturn(rmaId, orderRef, customer, sku, quantity, reason);
  }

  /**
   * Takes back returned goods as the warehouse found them: the lines carry the received quantities,
   * lots and dispositions (restock, quarantine, scrap).
   *
   * @param received the return as received, {@code orderRef} naming the delivery
   * @return the emitted {@link WmsEventTypes#RETURN_RECEIVED} event
   */
  public synchronized BusinessEvent<ReturnAuthorization> receiveReturn(
      ReturnAuthorization received) {
    return returns.received(received);
  }

  /**
   * Takes back the goods of a pre-advised return, exactly as announced.
   *
   * @param rmaId the RMA id of an earlier {@link #sendReturnPreAdvice}
   * @return the emitted {@link WmsEventTypes#RETURN_RECEIVED} event
   * @throws io.github.odooconnector.wms.spi.WmsRejectedException if no such return was announced
   */
  public synchronized BusinessEvent<ReturnAuthorization> receiveAnnouncedReturn(String rmaId) {
    return returns.receiveAnnounced(rmaId);
  }

  /**
   * The returns announced by pre-advice, by RMA id.
   *
   * @return a copy of the announced returns
   */
  public synchronized Map<String, ReturnAuthorization> returnPreAdvices() {
    return returns.expected();
  }

  /**
   * How many expected returns the WMS holds under an RMA id: 1 after a pre-advice, still 1 after it
   * was repeated under the same idempotency key.
   *
   * @param rmaId the RMA id
   * @return the count
   */
  public synchronized int returnPreAdvicesHeld(String rmaId) {
    return returns.held(rmaId);
  }

  /**
   * Sets the WMS's stock of a SKU at a location (replacing the previous level).
   *
   * @param sku the SKU
   * @param location the location
   * @param onHand the quantity
   */
  public synchronized void setStock(Sku sku, LocationRef location, Quantity onHand) {
    stock.set(StockLevel.of(sku, location, onHand));
  }

  /**
   * Sets one stock level of the WMS, replacing the level of the same SKU, location, lot and status
   * bucket: stock per lot with its dates, or in another bucket than available (quarantine, damaged,
   * allocated, in transit).
   *
   * @param level the level
   */
  public synchronized void setStock(StockLevel level) {
    stock.set(Objects.requireNonNull(level, "level"));
  }

  /**
   * Sets the lot or serial numbers picked for a line, with the lot's dates as the WMS scanned them
   * (GS1 AIs 17, 15 and 11); they travel on the shipped line.
   *
   * @param fulfillmentOrderId the order
   * @param sku the SKU
   * @param lotNumber the lot, or null
   * @param serialNumbers the serials, possibly empty
   * @param expiryDate the expiry date, or null
   * @param bestBeforeDate the best-before date, or null
   * @param productionDate the production date, or null
   */
  public synchronized void assignLot(
      String fulfillmentOrderId,
      Sku sku,
      String lotNumber,
      List<String> serialNumbers,
      LocalDate expiryDate,
      LocalDate bestBeforeDate,
      LocalDate productionDate) {
    orders.changeLine(
        fulfillmentOrderId,
        sku,
        l ->
            OrderDesk.withLot(l, sku, lotNumber, serialNumbers)
                .withLotDates(expiryDate, bestBeforeDate, productionDate));
  }

  /**
   * Receives goods against an ASN as the given lines say: per lot, with serial numbers and dates.
   * ASN lines of a SKU no given line names are received as expected; shortages and overages per SKU
   * are reported as discrepancies, and the stock is booked per lot.
   *
   * @param asnId the ASN (Odoo receipt reference)
   * @param lines the received lines (their {@code expectedQuantity} is ignored; the ASN's counts)
   * @return the emitted {@link WmsEventTypes#GOODS_RECEIVED} event
   */
  public synchronized BusinessEvent<Receipt> receiveLines(String asnId, List<ReceiptLine> lines) {
    return receiving.receiveLines(asnId, lines);
  }

  /**
   * Emits a cycle count of one SKU at one location.
   *
   * @param sku the SKU
   * @param location the location
   * @param counted the counted quantity (also becomes the simulator's stock)
   * @return the emitted {@link WmsEventTypes#INVENTORY_COUNTED} event
   */
  public synchronized BusinessEvent<InventorySnapshot> cycleCount(
      Sku sku, LocationRef location, Quantity counted) {
    return receiving.cycleCount(sku, location, counted);
  }

  private void checkUp(String what) {
    if (down) {
      throw new WmsUnavailableException("simulated WMS is down (" + what + ")");
    }
    if (failures > 0) {
      failures--;
      throw new WmsUnavailableException("simulated WMS failure (" + what + ")");
    }
    if (rateLimitNext != null) {
      Duration wait = rateLimitNext;
      rateLimitNext = null;
      throw new WmsRateLimitedException("simulated WMS rate limit (" + what + ")", wait);
    }
    if (rejectNext != null) {
      String reason = rejectNext;
      rejectNext = null;
      throw new WmsRejectedException("simulated WMS refused " + what + ": " + reason);
    }
  }

  /** Returns the answer of a call that took effect, or loses it when told to. */
  private <T> T answered(String what, T answer) {
    if (loseNextResponse) {
      loseNextResponse = false;
      throw new WmsOutcomeUnknownException(
          "simulated WMS applied " + what + " but its answer was lost");
    }
    return answer;
  }

  private void require(WmsFeature feature, String what) {
    if (!features.contains(feature)) {
      throw new UnsupportedWmsOperationException(
          "simulated WMS " + name + " does not support " + what);
    }
  }

  @Override
  public synchronized String toString() {
    return "SimulatedWms[" + name + ", orders=" + orders.orders().size() + ", down=" + down + "]";
  }

  /** Configures a {@link SimulatedWms}. Not thread-safe. */
  public static final class Builder {
    private String name = "sim";
    private Clock clock = Clock.systemUTC();
    private int pageSize = 2;
    private boolean itemMasterRequired;
    private final EnumSet<WmsFeature> without = EnumSet.noneOf(WmsFeature.class);

    private Builder() {}

    /**
     * Simulates a WMS without these optional features: they are missing from {@link
     * SimulatedWms#capabilities()} and their operations throw {@link
     * UnsupportedWmsOperationException}, for example {@code withoutFeatures(UPDATE_ORDER)} for a
     * WMS that cannot take changes after release.
     *
     * @param features the features to leave out
     * @return this builder
     */
    public Builder withoutFeatures(WmsFeature... features) {
      for (WmsFeature f : features) {
        without.add(Objects.requireNonNull(f, "feature"));
      }
      return this;
    }

    /**
     * The adapter name (default {@code sim}).
     *
     * @param n the name
     * @return this builder
     */
    public Builder name(String n) {
      this.name = Objects.requireNonNull(n, "name");
      return this;
    }

    /**
     * The clock stamped on events (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * The largest inventory page (default 2, so tests exercise paging).
     *
     * @param size the page size, at least 1
     * @return this builder
     */
    public Builder inventoryPageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("page size must be >= 1");
      }
      this.pageSize = size;
      return this;
    }

    /**
     * Makes the simulator refuse releases naming products it was not told about (with a {@link
     * io.github.odooconnector.wms.spi.WmsUnknownItemException}), like a WMS that needs its item
     * master filled first. Off by default.
     *
     * @return this builder
     */
    public Builder requireItemMaster() {
      this.itemMasterRequired = true;
      return this;
    }

    /**
     * Creates the simulator.
     *
     * @return the simulator
     */
    public SimulatedWms build() {
      return new SimulatedWms(this);
    }
  }
}
