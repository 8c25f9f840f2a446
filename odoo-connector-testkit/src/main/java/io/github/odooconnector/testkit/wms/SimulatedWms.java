package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.PackConfirmation;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PickedLine;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
 * #failNextCalls(int)} fails only the next calls. Releases are idempotent per key, like a
 * well-behaved WMS.
 *
 * <p>Thread-safe (all methods synchronize on the instance).
 */
public final class SimulatedWms implements WmsAdapter {

  private final String name;
  private final Clock clock;
  private final int pageSize;
  private final Map<String, FulfillmentOrder> orders = new LinkedHashMap<>();
  private final Map<String, String> wmsIds = new LinkedHashMap<>();
  private final Map<String, String> releasesByKey = new LinkedHashMap<>();
  private final Map<String, Map<String, PickedLine>> picks = new LinkedHashMap<>();
  private final Map<String, AdvanceShipNotice> asns = new LinkedHashMap<>();
  private final List<String> cancelled = new ArrayList<>();
  private final Map<String, StockLevel> stock = new TreeMap<>();
  private final List<BusinessEvent<?>> emitted = new ArrayList<>();
  private final Map<String, BusinessEvent<?>> byMessageId = new LinkedHashMap<>();
  private int releaseCalls;
  private boolean down;
  private int failures;
  private int sequence;

  private SimulatedWms(Builder b) {
    this.name = b.name;
    this.clock = b.clock;
    this.pageSize = b.pageSize;
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
    return new WmsCapabilities(
        EnumSet.of(
            WmsFeature.CANCEL_ORDER,
            WmsFeature.UPDATE_ORDER,
            WmsFeature.ADVANCE_SHIP_NOTICE,
            WmsFeature.INVENTORY_SNAPSHOT,
            WmsFeature.POLLING,
            WmsFeature.LOT_SERIAL_TRACKING),
        pageSize);
  }

  @Override
  public synchronized ReleaseConfirmation releaseOrder(
      FulfillmentOrder order, String idempotencyKey) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    releaseCalls++;
    checkUp("release " + order.fulfillmentOrderId());
    String known = releasesByKey.get(idempotencyKey);
    if (known != null) {
      return new ReleaseConfirmation(known);
    }
    if (orders.containsKey(order.fulfillmentOrderId())) {
      throw new WmsRejectedException(
          "order " + order.fulfillmentOrderId() + " was already released with another key");
    }
    String wmsId = "SIM-" + (++sequence);
    orders.put(order.fulfillmentOrderId(), order);
    wmsIds.put(order.fulfillmentOrderId(), wmsId);
    releasesByKey.put(idempotencyKey, wmsId);
    return new ReleaseConfirmation(wmsId);
  }

  @Override
  public synchronized ReleaseConfirmation updateOrder(
      FulfillmentOrder order, String idempotencyKey) {
    checkUp("update " + order.fulfillmentOrderId());
    if (!orders.containsKey(order.fulfillmentOrderId())) {
      throw new WmsRejectedException("unknown order " + order.fulfillmentOrderId());
    }
    orders.put(order.fulfillmentOrderId(), order);
    return new ReleaseConfirmation(wmsIds.get(order.fulfillmentOrderId()));
  }

  @Override
  public synchronized void cancelOrder(String fulfillmentOrderId, String idempotencyKey) {
    checkUp("cancel " + fulfillmentOrderId);
    if (orders.remove(fulfillmentOrderId) != null) {
      cancelled.add(fulfillmentOrderId);
    }
  }

  @Override
  public synchronized void sendAdvanceShipNotice(AdvanceShipNotice asn, String idempotencyKey) {
    checkUp("asn " + asn.asnId());
    asns.put(asn.asnId(), asn);
  }

  @Override
  public synchronized InventoryPage fetchInventory(InventoryPageRequest request) {
    checkUp("inventory");
    List<StockLevel> all = new ArrayList<>(stock.values());
    int from = request.optionalCursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + Math.min(request.pageSize(), pageSize));
    String next = to < all.size() ? String.valueOf(to) : null;
    return new InventoryPage(
        "SIM-SNAPSHOT-" + stock.hashCode(), Instant.now(clock), all.subList(from, to), next);
  }

  @Override
  public synchronized PolledMessages poll(String cursor, int maxMessages) {
    checkUp("poll");
    List<String> ids = new ArrayList<>(byMessageId.keySet());
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(ids.size(), from + maxMessages);
    List<WmsMessage> out = new ArrayList<>();
    for (String id : ids.subList(from, to)) {
      out.add(new WmsMessage(id, Instant.now(clock), id.getBytes(StandardCharsets.UTF_8)));
    }
    return new PolledMessages(out, String.valueOf(to));
  }

  @Override
  public synchronized List<BusinessEvent<?>> translate(WmsMessage message) {
    BusinessEvent<?> e = byMessageId.get(new String(message.body(), StandardCharsets.UTF_8));
    if (e == null) {
      throw new InvalidWmsMessageException("unknown simulated message " + message.messageId());
    }
    return List.of(e);
  }

  // ------------------------------------------------------------------ commands

  /**
   * The orders currently released and not cancelled, by fulfillment order id.
   *
   * @return a copy of the orders
   */
  public synchronized Map<String, FulfillmentOrder> orders() {
    return Map.copyOf(orders);
  }

  /**
   * The ASNs received, by ASN id.
   *
   * @return a copy of the notices
   */
  public synchronized Map<String, AdvanceShipNotice> advanceShipNotices() {
    return Map.copyOf(asns);
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
    return List.copyOf(emitted);
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
   * Accepts a released order.
   *
   * @param fulfillmentOrderId the order
   * @return the emitted {@link WmsEventTypes#ORDER_ACCEPTED} event
   */
  public synchronized BusinessEvent<OrderAcknowledgement> accept(String fulfillmentOrderId) {
    order(fulfillmentOrderId);
    return emit(
        WmsEventTypes.ORDER_ACCEPTED,
        fulfillmentOrderId,
        "accepted:" + fulfillmentOrderId,
        new OrderAcknowledgement(fulfillmentOrderId, wmsIds.get(fulfillmentOrderId), true, null));
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
    order(fulfillmentOrderId);
    orders.remove(fulfillmentOrderId);
    return emit(
        WmsEventTypes.ORDER_REJECTED,
        fulfillmentOrderId,
        "rejected:" + fulfillmentOrderId,
        new OrderAcknowledgement(
            fulfillmentOrderId, wmsIds.get(fulfillmentOrderId), false, reason));
  }

  /**
   * Picks every line in full.
   *
   * @param fulfillmentOrderId the order
   * @return the emitted {@link WmsEventTypes#PICK_COMPLETED} event
   */
  public synchronized BusinessEvent<PickConfirmation> pick(String fulfillmentOrderId) {
    return completePick(fulfillmentOrderId);
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
    FulfillmentOrder o = order(fulfillmentOrderId);
    Map<String, PickedLine> lines =
        picks.computeIfAbsent(fulfillmentOrderId, k -> new LinkedHashMap<>());
    boolean found = false;
    for (FulfillmentLine l : o.lines()) {
      if (l.sku().equals(sku)) {
        lines.put(
            l.lineId(),
            new PickedLine(
                l.lineId(), l.sku(), l.quantity(), l.sku(), picked, l.lotNumber(), List.of()));
        found = true;
        break;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("SKU " + sku + " is not on order " + fulfillmentOrderId);
    }
    return completePick(fulfillmentOrderId);
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
    FulfillmentOrder o = order(fulfillmentOrderId);
    Map<String, PickedLine> lines =
        picks.computeIfAbsent(fulfillmentOrderId, k -> new LinkedHashMap<>());
    for (FulfillmentLine l : o.lines()) {
      if (l.sku().equals(ordered)) {
        lines.put(
            l.lineId(),
            new PickedLine(
                l.lineId(), l.sku(), l.quantity(), substitute, l.quantity(), null, List.of()));
        return completePick(fulfillmentOrderId);
      }
    }
    throw new IllegalArgumentException("SKU " + ordered + " is not on order " + fulfillmentOrderId);
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
    FulfillmentOrder o = order(fulfillmentOrderId);
    Map<String, PickedLine> lines =
        picks.computeIfAbsent(fulfillmentOrderId, k -> new LinkedHashMap<>());
    for (FulfillmentLine l : o.lines()) {
      if (l.sku().equals(sku)) {
        PickedLine prev = lines.get(l.lineId());
        Quantity qty = prev != null ? prev.pickedQuantity() : l.quantity();
        lines.put(
            l.lineId(),
            new PickedLine(l.lineId(), l.sku(), l.quantity(), sku, qty, lotNumber, serialNumbers));
        return;
      }
    }
    throw new IllegalArgumentException("SKU " + sku + " is not on order " + fulfillmentOrderId);
  }

  private BusinessEvent<PickConfirmation> completePick(String fulfillmentOrderId) {
    FulfillmentOrder o = order(fulfillmentOrderId);
    Map<String, PickedLine> earlier = picks.getOrDefault(fulfillmentOrderId, Map.of());
    Map<String, PickedLine> lines = new LinkedHashMap<>(); // in order-line order
    for (FulfillmentLine l : o.lines()) {
      lines.put(
          l.lineId(),
          earlier.getOrDefault(
              l.lineId(),
              new PickedLine(
                  l.lineId(),
                  l.sku(),
                  l.quantity(),
                  l.sku(),
                  l.quantity(),
                  l.lotNumber(),
                  List.of())));
    }
    picks.put(fulfillmentOrderId, lines);
    return emit(
        WmsEventTypes.PICK_COMPLETED,
        fulfillmentOrderId,
        "picked:" + fulfillmentOrderId + ":" + sequence,
        new PickConfirmation(fulfillmentOrderId, List.copyOf(lines.values()), Instant.now(clock)));
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
    order(fulfillmentOrderId);
    return emit(
        WmsEventTypes.ORDER_PACKED,
        fulfillmentOrderId,
        "packed:" + fulfillmentOrderId,
        new PackConfirmation(
            fulfillmentOrderId,
            List.of(parcel(fulfillmentOrderId, trackingNumber)),
            Instant.now(clock)));
  }

  private static Parcel parcel(String fulfillmentOrderId, String trackingNumber) {
    return Parcel.builder()
        .parcelId(fulfillmentOrderId + "-1")
        .trackingNumber(trackingNumber)
        .build();
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
    FulfillmentOrder o = order(fulfillmentOrderId);
    if (!picks.containsKey(fulfillmentOrderId)) {
      completePick(fulfillmentOrderId);
    }
    Shipment.Builder b =
        Shipment.builder()
            .shipmentId("SHP-" + wmsIds.get(fulfillmentOrderId))
            .fulfillmentOrderRef(fulfillmentOrderId)
            .orderRef(o.orderRef())
            .carrierService(CarrierService.of(carrier))
            .addTrackingNumber(trackingNumber)
            .addParcel(parcel(fulfillmentOrderId, trackingNumber))
            .shipTo(o.shipTo())
            .shipFrom(LocationRef.of(o.warehouse()))
            .shippedAt(Instant.now(clock));
    for (PickedLine l : picks.get(fulfillmentOrderId).values()) {
      if (l.pickedQuantity().signum() > 0) {
        b.addLine(
            new ShipmentLine(
                l.isSubstitution() ? null : l.lineId(),
                l.pickedSku(),
                l.pickedQuantity(),
                l.lotNumber(),
                l.serialNumbers(),
                fulfillmentOrderId + "-1"));
      }
    }
    Shipment shipment = b.build();
    orders.remove(fulfillmentOrderId);
    return emit(
        WmsEventTypes.ORDER_SHIPPED,
        fulfillmentOrderId,
        "shipped:" + shipment.shipmentId(),
        shipment);
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
    AdvanceShipNotice asn = asns.get(asnId);
    if (asn == null) {
      throw new IllegalArgumentException("no ASN " + asnId);
    }
    Receipt.Builder b =
        Receipt.builder()
            .receiptId("RCV-" + (++sequence))
            .asnRef(asnId)
            .purchaseOrderRef(asn.purchaseOrderRef())
            .location(asn.destination())
            .receivedAt(Instant.now(clock));
    for (AsnLine l : asn.lines()) {
      Quantity got = received.getOrDefault(l.sku(), l.expectedQuantity());
      b.addLine(ReceiptLine.of(l.lineId(), l.sku(), l.expectedQuantity(), got));
      int cmp = got.compareAmount(l.expectedQuantity());
      if (cmp != 0) {
        b.addDiscrepancy(
            new Discrepancy(
                l.sku(),
                cmp < 0 ? DiscrepancyType.SHORTAGE : DiscrepancyType.OVERAGE,
                l.expectedQuantity(),
                got,
                l.lineId(),
                null));
      }
      addStock(l.sku(), asn.destination(), got);
    }
    Receipt r = b.build();
    return emit(
        WmsEventTypes.GOODS_RECEIVED,
        Optional.ofNullable(asn.purchaseOrderRef()).orElse(asnId),
        "received:" + r.receiptId(),
        r);
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
    ReturnAuthorization ra =
        ReturnAuthorization.builder()
            .rmaId(rmaId)
            .orderRef(orderRef)
            .customer(customer)
            .returnTo(LocationRef.of("WH", "Stock"))
            .addLine(new ReturnLine(null, sku, quantity, reason, List.of(), null))
            .authorizedAt(Instant.now(clock))
            .build();
    return emit(WmsEventTypes.RETURN_RECEIVED, orderRef, "returned:" + rmaId, ra);
  }

  /**
   * Sets the WMS's stock of a SKU at a location (replacing the previous level).
   *
   * @param sku the SKU
   * @param location the location
   * @param onHand the quantity
   */
  public synchronized void setStock(Sku sku, LocationRef location, Quantity onHand) {
    stock.put(sku.value() + "@" + location, StockLevel.of(sku, location, onHand));
  }

  private void addStock(Sku sku, LocationRef location, Quantity qty) {
    StockLevel prev = stock.get(sku.value() + "@" + location);
    setStock(sku, location, prev == null ? qty : prev.onHand().plus(qty));
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
    setStock(sku, location, counted);
    InventorySnapshot s =
        new InventorySnapshot(
            "COUNT-" + (++sequence),
            location.warehouse(),
            Instant.now(clock),
            false,
            List.of(StockLevel.of(sku, location, counted)));
    return emit(WmsEventTypes.INVENTORY_COUNTED, "count:" + sku, "counted:" + s.snapshotId(), s);
  }

  private FulfillmentOrder order(String fulfillmentOrderId) {
    FulfillmentOrder o =
        orders.get(Objects.requireNonNull(fulfillmentOrderId, "fulfillmentOrderId"));
    if (o == null) {
      throw new IllegalArgumentException(
          "order " + fulfillmentOrderId + " is not released to the simulator");
    }
    return o;
  }

  private void checkUp(String what) {
    if (down) {
      throw new WmsUnavailableException("simulated WMS is down (" + what + ")");
    }
    if (failures > 0) {
      failures--;
      throw new WmsUnavailableException("simulated WMS failure (" + what + ")");
    }
  }

  private <T> BusinessEvent<T> emit(String type, String correlationId, String key, T payload) {
    String id = name + "-" + (emitted.size() + 1);
    BusinessEvent<T> e =
        new BusinessEvent<>(
            id,
            type,
            Instant.now(clock),
            "wms:" + name,
            correlationId,
            name + ":" + key,
            BusinessEvent.CURRENT_SCHEMA_VERSION,
            payload);
    emitted.add(e);
    byMessageId.put(id, e);
    return e;
  }

  @Override
  public synchronized String toString() {
    return "SimulatedWms[" + name + ", orders=" + orders.size() + ", down=" + down + "]";
  }

  /** Configures a {@link SimulatedWms}. Not thread-safe. */
  public static final class Builder {
    private String name = "sim";
    private Clock clock = Clock.systemUTC();
    private int pageSize = 2;

    private Builder() {}

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
     * Creates the simulator.
     *
     * @return the simulator
     */
    public SimulatedWms build() {
      return new SimulatedWms(this);
    }
  }
}
