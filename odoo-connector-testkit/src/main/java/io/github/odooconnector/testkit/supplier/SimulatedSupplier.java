package io.github.odooconnector.testkit.supplier;

import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.PurchaseOrderLine;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.supplier.spi.SupplierAdapter;
import io.github.odooconnector.supplier.spi.SupplierException;
import io.github.odooconnector.supplier.spi.TransmissionReceipt;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-memory supplier: takes purchase orders like a supplier portal would and writes the
 * documents a real supplier sends back (acknowledgements with changes, ship notices with lots on a
 * pallet) from what it received, so that a test can run procure-to-pay against {@code FakeOdoo}
 * without a partner.
 *
 * <pre>{@code
 * SimulatedSupplier supplier = SimulatedSupplier.builder().build();
 * integration.transmit("P00017");
 * PurchaseOrderAcknowledgement ack = supplier.acknowledgement("P00017")
 *     .quantity("FURN_0002", 8)
 *     .promise("FURN_0002", date)
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SimulatedSupplier implements SupplierAdapter {
  private final String name;
  private final Clock clock;
  private final Map<String, PurchaseOrder> orders = new LinkedHashMap<>();
  private final List<PurchaseOrder> transmissions = new ArrayList<>();
  private final AtomicReference<SupplierException> nextFailure = new AtomicReference<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private SimulatedSupplier(Builder b) {
    this.name = b.name;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TransmissionReceipt sendPurchaseOrder(PurchaseOrder order) {
    Objects.requireNonNull(order, "order");
    SupplierException failure = nextFailure.getAndSet(null);
    if (failure != null) {
      throw failure;
    }
    synchronized (this) {
      orders.put(order.orderId(), order);
      transmissions.add(order);
    }
    return new TransmissionReceipt("SUP-" + order.orderId() + "-" + sequence.incrementAndGet());
  }

  /**
   * Makes the next transmission fail with {@code failure} (once).
   *
   * @param failure what to throw, for example a {@code SupplierUnavailableException}
   */
  public void failNextTransmission(SupplierException failure) {
    nextFailure.set(Objects.requireNonNull(failure, "failure"));
  }

  /**
   * Every transmission received, in order (a repeat of the same order appears twice).
   *
   * @return the orders
   */
  public synchronized List<PurchaseOrder> transmissions() {
    return List.copyOf(transmissions);
  }

  /**
   * The latest version of an order received.
   *
   * @param orderId the order id (the Odoo purchase order name)
   * @return the order, if received
   */
  public synchronized Optional<PurchaseOrder> order(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  private PurchaseOrder require(String orderId) {
    return order(orderId)
        .orElseThrow(
            () -> new IllegalStateException("the supplier never received order " + orderId));
  }

  private static PurchaseOrderLine line(PurchaseOrder order, String sku) {
    return order.lines().stream()
        .filter(l -> l.sku().value().equals(sku))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(order.orderId() + " has no line for " + sku));
  }

  /**
   * Starts the supplier's acknowledgement of a received order; lines not changed are accepted.
   *
   * @param orderId the order id
   * @return a builder
   */
  public AcknowledgementDraft acknowledgement(String orderId) {
    return new AcknowledgementDraft(require(orderId));
  }

  /**
   * Starts the supplier's ship notice for a received order: every line shipped in full on one
   * pallet unless changed.
   *
   * @param orderId the order id
   * @return a builder
   */
  public ShipNoticeDraft shipNotice(String orderId) {
    return new ShipNoticeDraft(require(orderId));
  }

  /** An acknowledgement being written. Not thread-safe. */
  public final class AcknowledgementDraft {
    private final PurchaseOrder order;
    private final Map<String, AcknowledgementLine.Builder> changed = new LinkedHashMap<>();
    private boolean rejected;

    private AcknowledgementDraft(PurchaseOrder order) {
      this.order = order;
    }

    private AcknowledgementLine.Builder change(String sku) {
      PurchaseOrderLine l = line(order, sku);
      return changed.computeIfAbsent(
          sku,
          s ->
              AcknowledgementLine.builder()
                  .lineId(l.lineId())
                  .sku(l.sku())
                  .status(LineAcknowledgementStatus.CHANGED));
    }

    /**
     * Confirms another quantity for a line.
     *
     * @param sku the line's SKU
     * @param quantity the quantity, in the line's unit
     * @return this draft
     */
    public AcknowledgementDraft quantity(String sku, long quantity) {
      PurchaseOrderLine l = line(order, sku);
      change(sku).quantity(Quantity.of(quantity, l.quantity().unit()));
      return this;
    }

    /**
     * Confirms another unit price for a line.
     *
     * @param sku the line's SKU
     * @param price the price
     * @return this draft
     */
    public AcknowledgementDraft price(String sku, Money price) {
      change(sku).unitPrice(price);
      return this;
    }

    /**
     * Promises another delivery date for a line.
     *
     * @param sku the line's SKU
     * @param date the promised date
     * @return this draft
     */
    public AcknowledgementDraft promise(String sku, LocalDate date) {
      change(sku).promisedDate(date);
      return this;
    }

    /**
     * Rejects the whole order.
     *
     * @return this draft
     */
    public AcknowledgementDraft rejectOrder() {
      this.rejected = true;
      return this;
    }

    /**
     * The acknowledgement, id {@code ACK-<order>-<n>}.
     *
     * @return the document
     */
    public PurchaseOrderAcknowledgement build() {
      PurchaseOrderAcknowledgement.Builder b =
          PurchaseOrderAcknowledgement.builder()
              .acknowledgementId("ACK-" + order.orderId() + "-" + sequence.incrementAndGet())
              .purchaseOrderRef(order.orderId())
              .acknowledgedOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
              .supplier(order.supplier())
              .status(
                  rejected
                      ? AcknowledgementStatus.REJECTED
                      : changed.isEmpty()
                          ? AcknowledgementStatus.ACCEPTED
                          : AcknowledgementStatus.ACCEPTED_WITH_CHANGES);
      for (PurchaseOrderLine l : order.lines()) {
        AcknowledgementLine.Builder c = changed.get(l.sku().value());
        b.addLine(
            c != null
                ? c.build()
                : AcknowledgementLine.of(
                    l.lineId(),
                    l.sku(),
                    rejected
                        ? LineAcknowledgementStatus.REJECTED
                        : LineAcknowledgementStatus.ACCEPTED));
      }
      return b.build();
    }
  }

  /** A ship notice being written. Not thread-safe. */
  public final class ShipNoticeDraft {
    private final PurchaseOrder order;
    private final Map<String, Quantity> quantities = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> lots = new LinkedHashMap<>();
    private Instant arrival;
    private Sscc pallet = Sscc.fromDataDigits("00614141000000001");
    private final Map<Sscc, Map<String, Long>> cartons = new LinkedHashMap<>();
    private String asnId;

    private ShipNoticeDraft(PurchaseOrder order) {
      this.order = order;
      order.lines().forEach(l -> quantities.put(l.sku().value(), l.quantity()));
    }

    /**
     * Ships another quantity of a line (0 leaves it out).
     *
     * @param sku the line's SKU
     * @param quantity the quantity in the line's unit
     * @return this draft
     */
    public ShipNoticeDraft quantity(String sku, long quantity) {
      PurchaseOrderLine l = line(order, sku);
      quantities.put(sku, Quantity.of(quantity, l.quantity().unit()));
      return this;
    }

    /**
     * Ships part of a line as a lot; a line may have several lots, their quantities make up the
     * line's shipped quantity.
     *
     * @param sku the line's SKU
     * @param lot the lot number
     * @param quantity the quantity of that lot
     * @return this draft
     */
    public ShipNoticeDraft lot(String sku, String lot, long quantity) {
      line(order, sku);
      lots.computeIfAbsent(sku, s -> new LinkedHashMap<>()).put(lot, quantity);
      return this;
    }

    /**
     * Sets the expected arrival.
     *
     * @param arrival when the goods arrive
     * @return this draft
     */
    public ShipNoticeDraft arriving(Instant arrival) {
      this.arrival = arrival;
      return this;
    }

    /**
     * Sets the pallet's SSCC (default: a fixed test SSCC).
     *
     * @param sscc the SSCC
     * @return this draft
     */
    public ShipNoticeDraft pallet(Sscc sscc) {
      this.pallet = Objects.requireNonNull(sscc, "sscc");
      return this;
    }

    /**
     * Packs part of a line into a carton on the pallet; several calls with one SSCC fill one
     * carton. What is not in a carton stays on the pallet itself. A line with lots is packed lot by
     * lot, in the order the lots were added.
     *
     * @param sscc the carton's SSCC
     * @param sku the line's SKU
     * @param quantity the quantity packed in the carton, in the line's unit
     * @return this draft
     */
    public ShipNoticeDraft carton(Sscc sscc, String sku, long quantity) {
      Objects.requireNonNull(sscc, "sscc");
      line(order, sku);
      cartons.computeIfAbsent(sscc, c -> new LinkedHashMap<>()).merge(sku, quantity, Long::sum);
      return this;
    }

    /**
     * Sets the notice's id, for example to send a corrected version of a notice sent before
     * (default: a new id {@code ASN-<order>-<n>}).
     *
     * @param asnId the id
     * @return this draft
     */
    public ShipNoticeDraft id(String asnId) {
      this.asnId = Objects.requireNonNull(asnId, "asnId");
      return this;
    }

    /**
     * The notice, id {@code ASN-<order>-<n>} unless set, everything on one pallet (in cartons where
     * {@link #carton} says so).
     *
     * @return the document
     */
    public PackedShipNotice build() {
      AdvanceShipNotice.Builder n =
          AdvanceShipNotice.builder()
              .asnId(
                  asnId != null
                      ? asnId
                      : "ASN-" + order.orderId() + "-" + sequence.incrementAndGet())
              .purchaseOrderRef(order.orderId())
              .supplier(order.supplier())
              .destination(order.optionalDeliverTo().orElse(LocationRef.of("WH")))
              .expectedArrival(arrival);
      HandlingUnit.Builder unit =
          HandlingUnit.builder().unitId(pallet.value()).sscc(pallet).type(HandlingUnitType.PALLET);
      Map<Sscc, HandlingUnit.Builder> boxes = new LinkedHashMap<>();
      for (Sscc c : cartons.keySet()) {
        boxes.put(
            c,
            HandlingUnit.builder()
                .unitId(c.value())
                .sscc(c)
                .type(HandlingUnitType.CARTON)
                .parentUnitId(pallet.value()));
      }
      Map<Sscc, Map<String, BigDecimal>> room = new LinkedHashMap<>();
      cartons.forEach(
          (c, bySku) -> {
            Map<String, BigDecimal> r = new LinkedHashMap<>();
            bySku.forEach((sku, qty) -> r.put(sku, BigDecimal.valueOf(qty)));
            room.put(c, r);
          });
      int lineNo = 0;
      for (PurchaseOrderLine l : order.lines()) {
        String sku = l.sku().value();
        Quantity q = quantities.get(sku);
        Map<String, Long> lotsOfLine = lots.get(sku);
        Map<String, Quantity> parts = new LinkedHashMap<>();
        if (lotsOfLine == null) {
          if (q.signum() > 0) {
            parts.put(null, q);
          }
        } else {
          lotsOfLine.forEach((lot, qty) -> parts.put(lot, Quantity.of(qty, l.quantity().unit())));
        }
        for (Map.Entry<String, Quantity> part : parts.entrySet()) {
          String id = String.valueOf(++lineNo);
          n.addLine(asnLine(id, l, part.getValue(), part.getKey()));
          BigDecimal left = part.getValue().value();
          for (Map.Entry<Sscc, Map<String, BigDecimal>> c : room.entrySet()) {
            BigDecimal want = c.getValue().getOrDefault(sku, BigDecimal.ZERO);
            BigDecimal take = want.min(left);
            if (take.signum() > 0) {
              boxes
                  .get(c.getKey())
                  .addItem(PackedItem.of(id, Quantity.of(take, part.getValue().unit())));
              c.getValue().put(sku, want.subtract(take));
              left = left.subtract(take);
            }
          }
          if (left.signum() > 0) {
            unit.addItem(PackedItem.of(id, Quantity.of(left, part.getValue().unit())));
          }
        }
      }
      List<HandlingUnit> units = new ArrayList<>();
      units.add(unit.build());
      boxes.values().forEach(b -> units.add(b.build()));
      return PackedShipNotice.of(n.build(), units);
    }

    private AsnLine asnLine(String id, PurchaseOrderLine l, Quantity q, String lot) {
      return AsnLine.builder()
          .lineId(id)
          .sku(l.sku())
          .expectedQuantity(q)
          .lotNumber(lot)
          .purchaseOrderLineRef(l.lineId())
          .build();
    }
  }

  /** Builder for {@link SimulatedSupplier}. Not thread-safe. */
  public static final class Builder {
    private String name = "simulated-supplier";
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the adapter name (default {@code simulated-supplier}).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the clock for document dates (default system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the supplier.
     *
     * @return the supplier
     */
    public SimulatedSupplier build() {
      return new SimulatedSupplier(this);
    }
  }
}
