package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.CanonicalViolation;
import io.github.odooconnector.model.IncompatibleUnitsException;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.OrderStatus;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.PurchaseOrderLine;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.supplier.api.AcknowledgementOutcome;
import io.github.odooconnector.supplier.api.AcknowledgementPolicy;
import io.github.odooconnector.supplier.api.ShipNoticeOutcome;
import io.github.odooconnector.supplier.api.SupplierIncident;
import io.github.odooconnector.supplier.api.SupplierIntegration;
import io.github.odooconnector.supplier.api.SupplierWorkflowException;
import io.github.odooconnector.supplier.api.TransmissionOutcome;
import io.github.odooconnector.supplier.spi.SupplierAdapter;
import io.github.odooconnector.supplier.spi.TransmissionReceipt;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The supplier workflows against Odoo. Thread-safe (stateless apart from its collaborators). */
public final class DefaultSupplierIntegration implements SupplierIntegration {
  private final SupplierSettings settings;
  private final SupplierAdapter adapter;
  private final PurchaseGateway odoo;
  private final Idempotent idempotent;
  private final Outbox outbox;
  private final Incidents incidents;
  private final ShipNotices shipNotices;

  private DefaultSupplierIntegration(SupplierSettings settings) {
    this.settings = settings;
    this.adapter = settings.adapter();
    this.odoo = new PurchaseGateway(settings.odoo());
    this.idempotent =
        Idempotent.builder(settings.idempotencyStore())
            .owner("supplier:" + adapter.name())
            .clock(settings.clock())
            .build();
    this.outbox =
        Outbox.builder(settings.outboxStore())
            .codec(EventCodec.standard())
            .clock(settings.clock())
            .build();
    this.incidents = new Incidents(settings, odoo, idempotent, "supplier/" + adapter.name() + "/");
    this.shipNotices = new ShipNotices(odoo, incidents, settings);
  }

  public static DefaultSupplierIntegration create(SupplierSettings settings) {
    return new DefaultSupplierIntegration(Objects.requireNonNull(settings, "settings"));
  }

  private String key(String kind, String id) {
    return "supplier/" + adapter.name() + "/" + kind + "/" + id;
  }

  private void publish(String key, String type, String correlationId, Object payload) {
    outbox.enqueue(
        new BusinessEvent<>(
            key,
            type,
            Instant.now(settings.clock()),
            "supplier:" + adapter.name(),
            correlationId,
            key,
            BusinessEvent.CURRENT_SCHEMA_VERSION,
            payload));
  }

  // ------------------------------------------------------------------ transmission

  @Override
  public TransmissionOutcome transmit(String purchaseOrderName) {
    Objects.requireNonNull(purchaseOrderName, "purchaseOrderName");
    OdooRecord po = odoo.order(purchaseOrderName);
    String state = po.string("state").orElse("");
    if (!"purchase".equals(state)) {
      throw new SupplierWorkflowException(
          "purchase order "
              + purchaseOrderName
              + " is in state '"
              + state
              + "'; only confirmed orders ('purchase') are sent to the supplier");
    }
    PurchaseOrder order = canonical(po);
    // the content is part of the key: a changed order is sent again, an unchanged one is not
    String key = key("transmit", purchaseOrderName + "/" + idempotent.fingerprint(order));
    return idempotent.execute(
        key,
        order,
        TransmissionOutcome.class,
        () -> {
          TransmissionReceipt receipt = adapter.sendPurchaseOrder(order);
          odoo.writeOrder(po.id(), Map.of("partner_ref", receipt.supplierReference()));
          TransmissionOutcome out = new TransmissionOutcome(order, receipt.supplierReference());
          publish(key, PURCHASE_ORDER_TRANSMITTED, purchaseOrderName, out);
          return out;
        });
  }

  private PurchaseOrder canonical(OdooRecord po) {
    String name = po.string("name").orElseThrow();
    List<OdooRecord> lines = odoo.lines(po.id());
    Map<Long, String> codes =
        odoo.productCodes(
            lines.stream().map(l -> l.many2one("product_id").orElseThrow().id()).toList());
    String currency = po.many2one("currency_id").map(Many2one::displayName).orElse(null);
    String uomField = odoo.uomField(PurchaseGateway.LINE);
    PurchaseOrder.Builder b =
        PurchaseOrder.builder()
            .orderId(name)
            .status(OrderStatus.CONFIRMED)
            .supplier(party(po.many2one("partner_id").orElseThrow().id()))
            .orderedAt(po.datetime("date_order").orElseThrow())
            .expectedDeliveryDate(
                po.datetime("date_planned")
                    .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
                    .orElse(null));
    for (OdooRecord l : lines) {
      long product = l.many2one("product_id").orElseThrow().id();
      String code = codes.get(product);
      if (code == null) {
        throw new SupplierWorkflowException(
            name + " line " + l.id() + ": product " + product + " has no internal reference (SKU)");
      }
      String where = name + " line " + l.id();
      UnitOfMeasure unit =
          OdooUnits.of(l.many2one(uomField).map(Many2one::displayName).orElse(null), where);
      PurchaseOrderLine.Builder line =
          PurchaseOrderLine.builder()
              .lineId(String.valueOf(l.id()))
              .sku(Sku.of(code))
              .description(l.string("name").orElse(null))
              .quantity(Quantity.of(l.decimal("product_qty").orElseThrow(), unit))
              .expectedDate(
                  l.datetime("date_planned")
                      .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
                      .orElse(null));
      if (currency != null) {
        line.unitPrice(Money.of(l.decimal("price_unit").orElse(BigDecimal.ZERO), currency));
      }
      b.addLine(line.build());
    }
    return b.build();
  }

  private Party party(long id) {
    OdooRecord p = odoo.partner(id);
    return Party.builder(p.string("name").orElse("partner " + id))
        .partyId(p.string("ref").orElse(null))
        .email(p.string("email").orElse(null))
        .phone(p.string("phone").orElse(null))
        .build();
  }

  // ------------------------------------------------------------------ acknowledgement

  @Override
  public AcknowledgementOutcome applyAcknowledgement(PurchaseOrderAcknowledgement ack) {
    Objects.requireNonNull(ack, "acknowledgement");
    requireValid(ack, "acknowledgement " + ack.acknowledgementId());
    String key = key("acknowledgement", ack.purchaseOrderRef() + "/" + ack.acknowledgementId());
    return idempotent.execute(
        key,
        ack,
        AcknowledgementOutcome.class,
        () -> {
          AcknowledgementOutcome out = apply(ack);
          publish(key, PURCHASE_ORDER_ACKNOWLEDGED, ack.purchaseOrderRef(), out);
          return out;
        });
  }

  private AcknowledgementOutcome apply(PurchaseOrderAcknowledgement ack) {
    String name = ack.purchaseOrderRef();
    OdooRecord po = odoo.order(name);
    String state = po.string("state").orElse("");
    if ("cancel".equals(state)) {
      throw new SupplierWorkflowException(
          "purchase order "
              + name
              + " is cancelled; acknowledgement "
              + ack.acknowledgementId()
              + " cannot be applied");
    }
    AcknowledgementPolicy policy = settings.policy();
    List<String> reasons = new ArrayList<>();
    if (ack.status() == AcknowledgementStatus.REJECTED) {
      if (policy.cancelWhenRejected()) {
        odoo.cancelOrder(po.id());
        String change = "order cancelled: the supplier rejected it";
        odoo.post(PurchaseGateway.ORDER, po.id(), note(ack, List.of(change)));
        return new AcknowledgementOutcome(
            name, AcknowledgementOutcome.Status.CANCELLED, List.of(change), List.of(), null);
      }
      reasons.add(
          "the supplier rejected the order" + ack.optionalNotes().map(n -> ": " + n).orElse(""));
      return review(ack, po, reasons);
    }
    List<OdooRecord> lines = odoo.lines(po.id());
    Map<String, OdooRecord> byId = new HashMap<>();
    lines.forEach(l -> byId.put(String.valueOf(l.id()), l));
    Map<Long, String> codes =
        odoo.productCodes(
            lines.stream().map(l -> l.many2one("product_id").orElseThrow().id()).toList());
    String currency = po.many2one("currency_id").map(Many2one::displayName).orElse(null);
    String uomField = odoo.uomField(PurchaseGateway.LINE);
    Map<Long, Map<String, Object>> writes = new LinkedHashMap<>();
    List<String> changes = new ArrayList<>();
    for (AcknowledgementLine a : ack.lines()) {
      OdooRecord line = byId.get(a.lineId());
      if (line == null) {
        reasons.add("line " + a.lineId() + " (" + a.sku().value() + ") is not a line of " + name);
        continue;
      }
      String code = codes.get(line.many2one("product_id").orElseThrow().id());
      if (!a.sku().value().equals(code)) {
        reasons.add(
            "line "
                + a.lineId()
                + " is "
                + code
                + " in Odoo but "
                + a.sku().value()
                + " in the acknowledgement");
        continue;
      }
      Map<String, Object> w = new LinkedHashMap<>();
      String label = "line " + a.lineId() + " (" + code + ")";
      BigDecimal ordered = line.decimal("product_qty").orElse(BigDecimal.ZERO);
      BigDecimal confirmed = null;
      if (a.status() == LineAcknowledgementStatus.REJECTED) {
        confirmed = BigDecimal.ZERO;
      } else if (a.quantity() != null) {
        UnitOfMeasure unit =
            OdooUnits.of(line.many2one(uomField).map(Many2one::displayName).orElse(null), label);
        try {
          confirmed = a.quantity().to(unit).value();
        } catch (IncompatibleUnitsException e) {
          reasons.add(
              label + ": confirmed quantity " + a.quantity().display() + " is not in " + unit);
          continue;
        }
      }
      if (confirmed != null && confirmed.compareTo(ordered) != 0) {
        BigDecimal received = line.decimal("qty_received").orElse(BigDecimal.ZERO);
        String change = label + " quantity " + plain(ordered) + " -> " + plain(confirmed);
        if (!policy.applyQuantityChanges()) {
          reasons.add(change + " (quantity changes are reviewed)");
        } else if (confirmed.compareTo(received) < 0) {
          reasons.add(change + " is below the " + plain(received) + " already received");
        } else {
          w.put("product_qty", confirmed);
          changes.add(change);
        }
      }
      if (a.unitPrice() != null) {
        BigDecimal price = line.decimal("price_unit").orElse(BigDecimal.ZERO);
        BigDecimal offered = a.unitPrice().amount();
        if (offered.compareTo(price) != 0) {
          String change = label + " price " + plain(price) + " -> " + plain(offered);
          if (currency != null && !currency.equals(a.unitPrice().currency())) {
            reasons.add(
                change + " in " + a.unitPrice().currency() + ", the order is in " + currency);
          } else if (!policy.applyPriceChanges()) {
            reasons.add(change + " (price changes are reviewed)");
          } else if (tooExpensive(policy, price, offered)) {
            reasons.add(
                change
                    + " exceeds the allowed increase of "
                    + plain(policy.maxPriceIncreasePercent())
                    + "%");
          } else {
            w.put("price_unit", offered);
            changes.add(change);
          }
        }
      }
      if (a.promisedDate() != null) {
        Instant planned = line.datetime("date_planned").orElse(null);
        LocalDate before = planned == null ? null : planned.atZone(ZoneOffset.UTC).toLocalDate();
        if (!a.promisedDate().equals(before)) {
          String change = label + " planned date " + before + " -> " + a.promisedDate();
          if (!policy.applyDateChanges()) {
            reasons.add(change + " (date changes are reviewed)");
          } else {
            LocalTime time =
                planned == null ? LocalTime.NOON : planned.atZone(ZoneOffset.UTC).toLocalTime();
            w.put("date_planned", a.promisedDate().atTime(time).toInstant(ZoneOffset.UTC));
            changes.add(change);
          }
        }
      }
      if (!w.isEmpty()) {
        writes.put(line.id(), w);
      }
    }
    if (!reasons.isEmpty()) {
      return review(ack, po, reasons);
    }
    if (writes.isEmpty()) {
      return new AcknowledgementOutcome(
          name, AcknowledgementOutcome.Status.UNCHANGED, List.of(), List.of(), null);
    }
    writes.forEach(odoo::writeLine);
    odoo.post(PurchaseGateway.ORDER, po.id(), note(ack, changes));
    return new AcknowledgementOutcome(
        name, AcknowledgementOutcome.Status.APPLIED, changes, List.of(), null);
  }

  private static boolean tooExpensive(AcknowledgementPolicy p, BigDecimal price, BigDecimal offer) {
    if (p.maxPriceIncreasePercent() == null || offer.compareTo(price) <= 0) {
      return false;
    }
    if (price.signum() == 0) {
      return true;
    }
    BigDecimal percent =
        offer
            .subtract(price)
            .multiply(BigDecimal.valueOf(100))
            .divide(price, MathContext.DECIMAL64);
    return percent.compareTo(p.maxPriceIncreasePercent()) > 0;
  }

  private AcknowledgementOutcome review(
      PurchaseOrderAcknowledgement ack, OdooRecord po, List<String> reasons) {
    Long user =
        settings.reviewer() != null
            ? settings.reviewer()
            : po.many2one("user_id").map(Many2one::id).orElse(null);
    String name = ack.purchaseOrderRef();
    Long activity =
        incidents
            .raise(
                new SupplierIncident(
                    SupplierIncident.Kind.ACKNOWLEDGEMENT_REVIEW,
                    PurchaseGateway.ORDER,
                    po.id(),
                    name,
                    "acknowledgement/" + name + "/" + ack.acknowledgementId(),
                    "Review supplier acknowledgement " + ack.acknowledgementId(),
                    "Supplier acknowledgement "
                        + ack.acknowledgementId()
                        + " of "
                        + name
                        + " ("
                        + ack.status()
                        + ")\n"
                        + String.join("\n", reasons)),
                note(ack, reasons),
                user)
            .orElse(null);
    return new AcknowledgementOutcome(
        name, AcknowledgementOutcome.Status.REVIEW_REQUIRED, List.of(), reasons, activity);
  }

  private static String note(PurchaseOrderAcknowledgement ack, List<String> items) {
    StringBuilder b =
        new StringBuilder("<p>Supplier acknowledgement ")
            .append(escape(ack.acknowledgementId()))
            .append(" (")
            .append(ack.status())
            .append(")</p><ul>");
    items.forEach(i -> b.append("<li>").append(escape(i)).append("</li>"));
    return b.append("</ul>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  private static void requireValid(Object document, String what) {
    List<CanonicalViolation> violations = CanonicalValidator.validate(document);
    if (!violations.isEmpty()) {
      throw new SupplierWorkflowException(what + " is invalid: " + violations);
    }
  }

  // ------------------------------------------------------------------ ship notice

  @Override
  public ShipNoticeOutcome applyShipNotice(PackedShipNotice packed) {
    Objects.requireNonNull(packed, "notice");
    AdvanceShipNotice notice = packed.notice();
    requireValid(packed, "ship notice " + notice.asnId());
    String ref =
        notice
            .optionalPurchaseOrderRef()
            .orElseThrow(
                () ->
                    new SupplierWorkflowException(
                        "ship notice " + notice.asnId() + " names no purchase order"));
    // the content is part of the key: the same notice again changes nothing, a corrected one
    // (same id, other content) is applied and replaces what the first one wrote
    String key =
        key("ship-notice", ref + "/" + notice.asnId() + "/" + idempotent.fingerprint(packed));
    return idempotent.execute(
        key,
        packed,
        ShipNoticeOutcome.class,
        () -> {
          ShipNoticeOutcome out = shipNotices.apply(packed, ref);
          publish(key, SHIP_NOTICE_APPLIED, ref, out);
          return out;
        });
  }
}
