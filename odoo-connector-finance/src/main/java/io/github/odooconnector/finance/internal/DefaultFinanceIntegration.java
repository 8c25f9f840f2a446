package io.github.odooconnector.finance.internal;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.finance.api.BillCheckOutcome;
import io.github.odooconnector.finance.api.BillLineMismatch;
import io.github.odooconnector.finance.api.FinanceIntegration;
import io.github.odooconnector.finance.api.FinanceWorkflowException;
import io.github.odooconnector.finance.api.InvoiceOutcome;
import io.github.odooconnector.finance.api.InvoiceOutcome.Status;
import io.github.odooconnector.finance.api.InvoicingPolicy;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The finance triggers against Odoo. Thread-safe (stateless apart from its collaborators). */
public final class DefaultFinanceIntegration implements FinanceIntegration {
  static final String PICKING = "stock.picking";
  static final String MOVE = "account.move";
  static final String MOVE_LINE = "account.move.line";
  static final String WIZARD = "sale.advance.payment.inv";
  private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

  private final FinanceSettings settings;
  private final OdooClient odoo;
  private final Idempotent idempotent;
  private final Outbox outbox;

  private DefaultFinanceIntegration(FinanceSettings settings) {
    this.settings = settings;
    this.odoo = settings.odoo();
    this.idempotent =
        Idempotent.builder(settings.idempotencyStore())
            .owner("finance")
            .clock(settings.clock())
            .build();
    this.outbox =
        Outbox.builder(settings.outboxStore())
            .codec(EventCodec.standard())
            .clock(settings.clock())
            .build();
  }

  public static DefaultFinanceIntegration create(FinanceSettings settings) {
    return new DefaultFinanceIntegration(Objects.requireNonNull(settings, "settings"));
  }

  private void publish(String key, String type, String correlationId, Object payload) {
    outbox.enqueue(
        new BusinessEvent<>(
            key,
            type,
            Instant.now(settings.clock()),
            "finance",
            correlationId,
            key,
            BusinessEvent.CURRENT_SCHEMA_VERSION,
            payload));
  }

  private OdooRecord picking(long id) {
    List<OdooRecord> found =
        odoo.searchRead(
            PICKING,
            Domain.where("id", "=", id),
            List.of("name", "state", "picking_type_code", "sale_id", "purchase_id"),
            SearchOptions.limit(1));
    if (found.isEmpty()) {
      throw new FinanceWorkflowException("picking " + id + " does not exist in Odoo");
    }
    return found.get(0);
  }

  private static String name(OdooRecord p) {
    return p.string("name").orElse(String.valueOf(p.id()));
  }

  private static void requireDone(OdooRecord p, String what) {
    String state = p.string("state").orElse("");
    if (!"done".equals(state)) {
      throw new FinanceWorkflowException(
          "picking " + name(p) + " is in state '" + state + "'; " + what + " follow done pickings");
    }
  }

  // ------------------------------------------------------------------ invoice after delivery

  @Override
  public InvoiceOutcome deliveryDone(long pickingId) {
    OdooRecord p = picking(pickingId);
    String key = "finance/invoice/" + name(p);
    return idempotent.execute(
        key,
        pickingId,
        InvoiceOutcome.class,
        () -> {
          requireDone(p, "invoices");
          InvoiceOutcome out = invoice(p);
          if (out.status() == Status.INVOICED) {
            publish(key, INVOICE_CREATED, out.saleOrder(), out);
          }
          return out;
        });
  }

  private InvoiceOutcome outcome(
      OdooRecord p, String order, Status status, List<Long> ids, boolean posted, List<String> why) {
    return new InvoiceOutcome(p.id(), name(p), order, status, ids, posted, why);
  }

  private InvoiceOutcome invoice(OdooRecord p) {
    String picking = name(p);
    Many2one sale = p.many2one("sale_id").orElse(null);
    if (!"outgoing".equals(p.string("picking_type_code").orElse("")) || sale == null) {
      return outcome(
          p,
          null,
          Status.NOT_A_SALE_DELIVERY,
          List.of(),
          false,
          List.of(picking + " is not a delivery of a sale order"));
    }
    OdooRecord order = odoo.read("sale.order", List.of(sale.id()), List.of("name", "state")).get(0);
    String orderName = order.string("name").orElse(String.valueOf(sale.id()));
    if (settings.policy() == InvoicingPolicy.NEVER) {
      return outcome(
          p,
          orderName,
          Status.NOT_INVOICED_BY_POLICY,
          List.of(),
          false,
          List.of("the invoicing policy is NEVER"));
    }
    List<Long> tagged =
        odoo.search(
            MOVE,
            Domain.where("ref", "=", picking)
                .and(Domain.where("move_type", "=", "out_invoice"))
                .and(Domain.where("state", "!=", "cancel")));
    if (!tagged.isEmpty()) {
      return finish(p, orderName, tagged);
    }
    List<OdooRecord> lines =
        odoo.searchRead(
            "sale.order.line",
            Domain.where("order_id", "=", sale.id()),
            List.of(
                "product_id", "product_uom_qty", "qty_delivered", "qty_invoiced", "qty_to_invoice"),
            SearchOptions.defaults());
    if (settings.policy() == InvoicingPolicy.PER_ORDER_WHEN_FULLY_DELIVERED) {
      List<String> waiting = new ArrayList<>();
      for (OdooRecord open :
          odoo.searchRead(
              PICKING,
              Domain.where("sale_id", "=", sale.id())
                  .and(Domain.where("state", "not in", List.of("done", "cancel"))),
              List.of("name", "picking_type_code"),
              SearchOptions.defaults())) {
        if ("outgoing".equals(open.string("picking_type_code").orElse(""))) {
          waiting.add("delivery " + name(open) + " is not done");
        }
      }
      for (OdooRecord l : lines) {
        BigDecimal ordered = decimal(l, "product_uom_qty");
        BigDecimal delivered = decimal(l, "qty_delivered");
        if (delivered.compareTo(ordered) < 0) {
          waiting.add(
              product(l) + ": " + plain(delivered) + " of " + plain(ordered) + " delivered");
        }
      }
      if (!waiting.isEmpty()) {
        return outcome(p, orderName, Status.WAITING_FOR_FULL_DELIVERY, List.of(), false, waiting);
      }
    }
    List<String> beyondDelivery = new ArrayList<>();
    boolean anything = false;
    for (OdooRecord l : lines) {
      BigDecimal toInvoice = decimal(l, "qty_to_invoice");
      if (toInvoice.signum() <= 0) {
        continue;
      }
      anything = true;
      BigDecimal deliveredNotInvoiced =
          decimal(l, "qty_delivered").subtract(decimal(l, "qty_invoiced"));
      if (toInvoice.subtract(deliveredNotInvoiced).compareTo(TOLERANCE) > 0) {
        beyondDelivery.add(
            product(l)
                + ": Odoo would invoice "
                + plain(toInvoice)
                + " but "
                + plain(deliveredNotInvoiced)
                + " were delivered and not invoiced (the product is invoiced on ordered"
                + " quantities; set its invoicing policy to delivered quantities)");
      }
    }
    if (!beyondDelivery.isEmpty()) {
      return outcome(p, orderName, Status.REVIEW_REQUIRED, List.of(), false, beyondDelivery);
    }
    if (!anything) {
      // a first attempt may have created the invoice and lost the answer before tagging it
      List<Long> untagged =
          odoo.search(
              MOVE,
              Domain.where("invoice_origin", "=", orderName)
                  .and(Domain.where("move_type", "=", "out_invoice"))
                  .and(Domain.where("state", "!=", "cancel"))
                  .and(Domain.where("ref", "=", false)));
      if (!untagged.isEmpty()) {
        odoo.write(MOVE, untagged, Map.of("ref", picking));
        return finish(p, orderName, untagged);
      }
      return outcome(
          p,
          orderName,
          Status.NOTHING_TO_INVOICE,
          List.of(),
          false,
          List.of("everything delivered on " + orderName + " is invoiced already"));
    }
    List<Long> created = createInvoices(sale.id(), orderName, picking);
    odoo.write(MOVE, created, Map.of("ref", picking));
    return finish(p, orderName, created);
  }

  /** Runs the "Create invoice" wizard for a regular invoice, as the web client does. */
  private List<Long> createInvoices(long orderId, String orderName, String picking) {
    OdooClient wizardClient =
        odoo.withContext(
            Context.builder()
                .put("active_model", "sale.order")
                .put("active_id", orderId)
                .put("active_ids", List.of(orderId))
                .build());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("advance_payment_method", "delivered");
    values.put("sale_order_ids", List.of(Command.set(List.of(orderId))));
    long wizard = wizardClient.create(WIZARD, values);
    Object action =
        wizardClient.call(WIZARD, "create_invoices", List.of(List.of(wizard)), Map.of());
    List<Long> ids = invoiceIds(action);
    if (ids.isEmpty()) {
      throw new FinanceWorkflowException(
          "the invoice wizard of "
              + orderName
              + " (delivery "
              + picking
              + ") answered "
              + action
              + ", which names no invoice");
    }
    return ids;
  }

  /** The invoices of {@code action_view_invoice}: its res_id, or the ids of its domain. */
  static List<Long> invoiceIds(Object action) {
    if (!(action instanceof Map<?, ?> a)) {
      return List.of();
    }
    if (a.get("res_id") instanceof Number n && n.longValue() > 0) {
      return List.of(n.longValue());
    }
    List<Long> ids = new ArrayList<>();
    if (a.get("domain") instanceof List<?> domain) {
      for (Object term : domain) {
        if (term instanceof List<?> t
            && t.size() == 3
            && "id".equals(t.get(0))
            && "in".equals(t.get(1))
            && t.get(2) instanceof List<?> values) {
          values.forEach(v -> ids.add(((Number) v).longValue()));
        }
      }
    }
    return ids;
  }

  private InvoiceOutcome finish(OdooRecord p, String orderName, List<Long> invoices) {
    boolean posted = false;
    if (settings.postInvoices()) {
      List<Long> drafts =
          odoo.search(
              MOVE, Domain.where("id", "in", invoices).and(Domain.where("state", "=", "draft")));
      if (!drafts.isEmpty()) {
        odoo.call(MOVE, "action_post", List.of(drafts), Map.of());
      }
      posted = true;
    }
    return outcome(p, orderName, Status.INVOICED, invoices, posted, List.of());
  }

  // ------------------------------------------------------------------ bills after receipt

  @Override
  public BillCheckOutcome receiptDone(long pickingId) {
    OdooRecord p = picking(pickingId);
    String key = "finance/bill-check/" + name(p);
    return idempotent.execute(
        key,
        pickingId,
        BillCheckOutcome.class,
        () -> {
          requireDone(p, "bill checks");
          BillCheckOutcome out = checkBills(p);
          if (!out.mismatches().isEmpty()) {
            publish(key, VENDOR_BILL_MISMATCH, out.purchaseOrder(), out);
          }
          return out;
        });
  }

  private BillCheckOutcome checkBills(OdooRecord p) {
    String picking = name(p);
    Many2one purchase = p.many2one("purchase_id").orElse(null);
    if (purchase == null) {
      return new BillCheckOutcome(p.id(), picking, null, List.of(), List.of());
    }
    String orderName =
        odoo.read("purchase.order", List.of(purchase.id()), List.of("name"))
            .get(0)
            .string("name")
            .orElse(String.valueOf(purchase.id()));
    Map<Long, OdooRecord> poLines = new LinkedHashMap<>();
    for (OdooRecord l :
        odoo.searchRead(
            "purchase.order.line",
            Domain.where("order_id", "=", purchase.id()),
            List.of("product_id", "qty_received"),
            SearchOptions.defaults())) {
      poLines.put(l.id(), l);
    }
    if (poLines.isEmpty()) {
      return new BillCheckOutcome(p.id(), picking, orderName, List.of(), List.of());
    }
    List<OdooRecord> billLines =
        odoo.searchRead(
            MOVE_LINE,
            Domain.where("purchase_line_id", "in", List.copyOf(poLines.keySet())),
            List.of("move_id", "purchase_line_id", "quantity"),
            SearchOptions.defaults());
    Map<Long, OdooRecord> bills = new LinkedHashMap<>();
    List<Long> billIds =
        billLines.stream().map(l -> l.many2one("move_id").orElseThrow().id()).distinct().toList();
    if (!billIds.isEmpty()) {
      for (OdooRecord b : odoo.read(MOVE, billIds, List.of("name", "move_type", "state"))) {
        String type = b.string("move_type").orElse("");
        if (!"cancel".equals(b.string("state").orElse(""))
            && ("in_invoice".equals(type) || "in_refund".equals(type))) {
          bills.put(b.id(), b);
        }
      }
    }
    Map<Long, BigDecimal> billed = new LinkedHashMap<>();
    for (OdooRecord l : billLines) {
      OdooRecord bill = bills.get(l.many2one("move_id").orElseThrow().id());
      if (bill == null) {
        continue;
      }
      BigDecimal q = decimal(l, "quantity");
      if ("in_refund".equals(bill.string("move_type").orElse(""))) {
        q = q.negate();
      }
      billed.merge(l.many2one("purchase_line_id").orElseThrow().id(), q, BigDecimal::add);
    }
    List<BillLineMismatch> mismatches = new ArrayList<>();
    Map<Long, List<String>> byBill = new LinkedHashMap<>();
    for (OdooRecord l : billLines) {
      long billId = l.many2one("move_id").orElseThrow().id();
      if (!bills.containsKey(billId)) {
        continue;
      }
      long poLine = l.many2one("purchase_line_id").orElseThrow().id();
      BigDecimal total = billed.getOrDefault(poLine, BigDecimal.ZERO);
      BigDecimal received = decimal(poLines.get(poLine), "qty_received");
      if (total.subtract(received).abs().compareTo(TOLERANCE) <= 0) {
        continue;
      }
      String product = product(poLines.get(poLine));
      mismatches.add(new BillLineMismatch(billId, l.id(), poLine, product, total, received));
      byBill
          .computeIfAbsent(billId, b -> new ArrayList<>())
          .add(product + ": billed " + plain(total) + ", received " + plain(received));
    }
    List<Long> activities = new ArrayList<>();
    for (Map.Entry<Long, List<String>> e : byBill.entrySet()) {
      String billName = bills.get(e.getKey()).string("name").orElse("bill " + e.getKey());
      activities.add(
          settings
              .escalations()
              .escalate(
                  new Incident(
                      IncidentKind.RECEIPT_DISCREPANCY,
                      MOVE,
                      e.getKey(),
                      "receipt " + picking,
                      "Billed quantities differ from receipt " + picking,
                      "Vendor bill "
                          + billName
                          + " of "
                          + orderName
                          + " differs from what "
                          + picking
                          + " received:\n"
                          + String.join("\n", e.getValue())))
              .activityId());
    }
    return new BillCheckOutcome(p.id(), picking, orderName, mismatches, activities);
  }

  // ------------------------------------------------------------------ helpers

  private static BigDecimal decimal(OdooRecord r, String field) {
    return r.decimal(field).orElse(BigDecimal.ZERO);
  }

  private static String product(OdooRecord line) {
    return line.many2one("product_id").map(Many2one::displayName).orElse("line " + line.id());
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
