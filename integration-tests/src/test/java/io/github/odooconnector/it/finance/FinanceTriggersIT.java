package io.github.odooconnector.it.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.finance.api.BillCheckOutcome;
import io.github.odooconnector.finance.api.FinanceIntegration;
import io.github.odooconnector.finance.api.FinanceWorkflowException;
import io.github.odooconnector.finance.api.InvoiceOutcome;
import io.github.odooconnector.finance.api.InvoicingPolicy;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.testkit.FakeOdoo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoices after deliveries and vendor bill checks after receipts, against FakeOdoo through the
 * public API. Every order is for 10 desks at 120.00; the desk is invoiced on delivered quantities
 * unless a test says otherwise.
 */
class FinanceTriggersIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  private FakeOdoo odoo;
  private OdooClient client;
  private final InMemoryIdempotencyStore idempotency = InMemoryIdempotencyStore.create();
  private final InMemoryOutboxStore outbox = InMemoryOutboxStore.create();
  private long desk;
  private long customer;

  @BeforeEach
  void start() {
    odoo = FakeOdoo.builder().clock(CLOCK).start();
    client =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .password(odoo.adminPassword())
            .retry(RetrySettings.none())
            .build();
    desk = odoo.ref("product.product_desk");
    client.write("product.product", List.of(desk), Map.of("invoice_policy", "delivery"));
    customer = client.create("res.partner", Map.of("name", "Acme Retail"));
  }

  @AfterEach
  void stop() {
    client.close();
    odoo.close();
  }

  private FinanceIntegration finance(InvoicingPolicy policy, boolean post) {
    return FinanceIntegration.builder()
        .odoo(client)
        .idempotencyStore(idempotency)
        .outboxStore(outbox)
        .invoicingPolicy(policy)
        .postInvoices(post)
        .clock(CLOCK)
        .build();
  }

  private long confirmedSaleOrder(long product) {
    long order =
        client.create(
            "sale.order",
            Map.of(
                "partner_id",
                customer,
                "order_line",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id",
                            product,
                            "product_uom_qty",
                            10.0,
                            "price_unit",
                            120.0)))));
    client.call("sale.order", "action_confirm", List.of(List.of(order)), Map.of());
    return order;
  }

  private String orderName(long order) {
    return client
        .read("sale.order", List.of(order), List.of("name"))
        .get(0)
        .string("name")
        .orElseThrow();
  }

  private long openDelivery(long order) {
    return client
        .search(
            "stock.picking",
            Domain.where("sale_id", "=", order)
                .and(Domain.where("state", "not in", List.of("done", "cancel"))),
            SearchOptions.limit(1))
        .get(0);
  }

  /** The warehouse ships {@code qty}; a shortfall stays open as a backorder. */
  private void ship(long picking, double qty) {
    List<Long> moves =
        client.search(
            "stock.move", Domain.where("picking_id", "=", picking), SearchOptions.limit(1));
    client.write("stock.move", moves, Map.of("quantity", qty, "picked", true));
    client
        .withContext(Context.builder().put("skip_backorder", true).build())
        .call("stock.picking", "button_validate", List.of(List.of(picking)), Map.of());
  }

  private List<OdooRecord> invoices(String origin) {
    return client.searchRead(
        "account.move",
        Domain.where("invoice_origin", "=", origin),
        List.of("name", "state", "ref", "move_type", "invoice_line_ids", "amount_total"),
        SearchOptions.defaults());
  }

  private double invoicedQuantity(OdooRecord invoice) {
    return client
        .read("account.move.line", invoice.ids("invoice_line_ids"), List.of("quantity"))
        .stream()
        .mapToDouble(l -> l.decimal("quantity").orElseThrow().doubleValue())
        .sum();
  }

  @Test
  void invoiceIsCreatedExactlyOnceWhenTheDeliveryTriggerIsReplayed() {
    long order = confirmedSaleOrder(desk);
    long delivery = openDelivery(order);
    ship(delivery, 10);

    InvoiceOutcome first = finance(InvoicingPolicy.PER_DELIVERY, false).deliveryDone(delivery);
    InvoiceOutcome replayed = finance(InvoicingPolicy.PER_DELIVERY, false).deliveryDone(delivery);
    InvoiceOutcome replayedAgain =
        finance(InvoicingPolicy.PER_DELIVERY, false).deliveryDone(delivery);

    assertThat(first.status()).isEqualTo(InvoiceOutcome.Status.INVOICED);
    assertThat(replayed).isEqualTo(first);
    assertThat(replayedAgain).isEqualTo(first);
    List<OdooRecord> invoices = invoices(orderName(order));
    assertThat(invoices).hasSize(1);
    OdooRecord invoice = invoices.get(0);
    assertThat(first.invoiceIds()).containsExactly(invoice.id());
    assertThat(invoice.string("move_type")).contains("out_invoice");
    assertThat(invoice.string("state")).contains("draft");
    assertThat(invoice.string("ref")).isPresent();
    assertThat(invoicedQuantity(invoice)).isEqualTo(10.0);
    assertThat(invoice.decimal("amount_total").orElseThrow()).isEqualByComparingTo("1200");
    assertThat(
            outbox.list(OutboxStatus.PENDING, 100).stream()
                .filter(e -> e.eventType().equals(FinanceIntegration.INVOICE_CREATED)))
        .hasSize(1);
  }

  @Test
  void anInvoiceWhoseCreationAnswerWasLostIsFoundAndNotCreatedTwice() {
    long order = confirmedSaleOrder(desk);
    long delivery = openDelivery(order);
    ship(delivery, 10);
    FinanceIntegration finance = finance(InvoicingPolicy.PER_DELIVERY, false);
    odoo.faults().onlyFor("sale.advance.payment.inv", "create_invoices").dropResponseNext(1);

    assertThatThrownBy(() -> finance.deliveryDone(delivery))
        .isInstanceOf(OdooConnectorException.class);
    InvoiceOutcome retried = finance.deliveryDone(delivery);

    List<OdooRecord> invoices = invoices(orderName(order));
    assertThat(invoices).hasSize(1);
    assertThat(retried.status()).isEqualTo(InvoiceOutcome.Status.INVOICED);
    assertThat(retried.invoiceIds()).containsExactly(invoices.get(0).id());
    assertThat(invoices.get(0).string("ref")).isPresent();
  }

  @Test
  void perDeliveryInvoicesWhatEachDeliveryDelivered() {
    long order = confirmedSaleOrder(desk);
    FinanceIntegration finance = finance(InvoicingPolicy.PER_DELIVERY, true);
    long first = openDelivery(order);
    ship(first, 6);

    InvoiceOutcome one = finance.deliveryDone(first);
    long backorder = openDelivery(order);
    ship(backorder, 4);
    InvoiceOutcome two = finance.deliveryDone(backorder);

    assertThat(one.status()).isEqualTo(InvoiceOutcome.Status.INVOICED);
    assertThat(two.status()).isEqualTo(InvoiceOutcome.Status.INVOICED);
    assertThat(one.posted()).isTrue();
    List<OdooRecord> invoices = invoices(orderName(order));
    assertThat(invoices).hasSize(2);
    assertThat(invoices).allSatisfy(i -> assertThat(i.string("state")).contains("posted"));
    assertThat(invoices)
        .extracting(i -> i.string("name").orElseThrow())
        .containsExactlyInAnyOrder("INV/2026/00001", "INV/2026/00002");
    assertThat(invoices.stream().filter(i -> i.id() == one.invoiceIds().get(0)).findFirst())
        .hasValueSatisfying(i -> assertThat(invoicedQuantity(i)).isEqualTo(6.0));
    assertThat(invoices.stream().filter(i -> i.id() == two.invoiceIds().get(0)).findFirst())
        .hasValueSatisfying(i -> assertThat(invoicedQuantity(i)).isEqualTo(4.0));
  }

  @Test
  void perOrderPolicyInvoicesOnceWhenTheLastDeliveryIsDone() {
    long order = confirmedSaleOrder(desk);
    long first = openDelivery(order);
    ship(first, 6);
    FinanceIntegration finance = finance(InvoicingPolicy.PER_ORDER_WHEN_FULLY_DELIVERED, false);

    InvoiceOutcome waiting = finance.deliveryDone(first);
    long backorder = openDelivery(order);
    ship(backorder, 4);
    InvoiceOutcome invoiced = finance.deliveryDone(backorder);

    assertThat(waiting.status()).isEqualTo(InvoiceOutcome.Status.WAITING_FOR_FULL_DELIVERY);
    assertThat(waiting.reasons()).anySatisfy(r -> assertThat(r).contains("6 of 10 delivered"));
    assertThat(invoiced.status()).isEqualTo(InvoiceOutcome.Status.INVOICED);
    assertThat(finance.deliveryDone(first)).isEqualTo(waiting);
    List<OdooRecord> invoices = invoices(orderName(order));
    assertThat(invoices)
        .singleElement()
        .satisfies(i -> assertThat(invoicedQuantity(i)).isEqualTo(10.0));
  }

  @Test
  void aProductInvoicedOnOrderedQuantitiesIsReportedInsteadOfInvoicedBeyondTheDelivery() {
    long chair = odoo.ref("product.product_chair"); // invoicing policy: ordered quantities
    long order = confirmedSaleOrder(chair);
    long delivery = openDelivery(order);
    ship(delivery, 6);

    InvoiceOutcome outcome = finance(InvoicingPolicy.PER_DELIVERY, false).deliveryDone(delivery);

    assertThat(outcome.status()).isEqualTo(InvoiceOutcome.Status.REVIEW_REQUIRED);
    assertThat(outcome.reasons())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("would invoice 10 but 6 were delivered"));
    assertThat(invoices(orderName(order))).isEmpty();
  }

  @Test
  void neverPolicyAndUnfinishedDeliveriesCreateNoInvoice() {
    long order = confirmedSaleOrder(desk);
    long delivery = openDelivery(order);

    assertThatThrownBy(() -> finance(InvoicingPolicy.PER_DELIVERY, false).deliveryDone(delivery))
        .isInstanceOf(FinanceWorkflowException.class)
        .hasMessageContaining("invoices follow done pickings");
    ship(delivery, 10);
    InvoiceOutcome never = finance(InvoicingPolicy.NEVER, false).deliveryDone(delivery);

    assertThat(never.status()).isEqualTo(InvoiceOutcome.Status.NOT_INVOICED_BY_POLICY);
    assertThat(invoices(orderName(order))).isEmpty();
  }

  @Test
  void vendorBillLinesBilledDifferentlyFromTheReceiptAreFlaggedOnce() {
    long vendor = client.create("res.partner", Map.of("name", "Acme Supply Ltd"));
    String uom = odoo.version().major() >= 19 ? "product_uom_id" : "product_uom";
    long po =
        client.create(
            "purchase.order",
            Map.of(
                "partner_id",
                vendor,
                "order_line",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id",
                            desk,
                            "product_qty",
                            10.0,
                            "price_unit",
                            80.0,
                            uom,
                            odoo.ref("uom.product_uom_unit"))))));
    client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    long poLine = client.search("purchase.order.line", Domain.where("order_id", "=", po)).get(0);
    long bill =
        client.create(
            "account.move",
            Map.of(
                "move_type",
                "in_invoice",
                "partner_id",
                vendor,
                "invoice_line_ids",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id",
                            desk,
                            "quantity",
                            10.0,
                            "price_unit",
                            80.0,
                            "purchase_line_id",
                            poLine)))));
    long receipt = client.search("stock.picking", Domain.where("purchase_id", "=", po)).get(0);
    List<Long> moves = client.search("stock.move", Domain.where("picking_id", "=", receipt));
    client.write("stock.move", moves, Map.of("quantity", 8.0, "picked", true));
    client
        .withContext(
            Context.builder()
                .put("skip_backorder", true)
                .put("picking_ids_not_to_backorder", List.of(receipt))
                .build())
        .call("stock.picking", "button_validate", List.of(List.of(receipt)), Map.of());
    FinanceIntegration finance = finance(InvoicingPolicy.PER_DELIVERY, false);

    BillCheckOutcome outcome = finance.receiptDone(receipt);
    BillCheckOutcome replayed = finance.receiptDone(receipt);

    assertThat(replayed).isEqualTo(outcome);
    assertThat(outcome.mismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.billId()).isEqualTo(bill);
              assertThat(m.purchaseLineId()).isEqualTo(poLine);
              assertThat(m.billed()).isEqualByComparingTo("10");
              assertThat(m.received()).isEqualByComparingTo("8");
            });
    List<OdooRecord> activities =
        client.searchRead(
            "mail.activity",
            Domain.where("res_model", "=", "account.move").and(Domain.where("res_id", "=", bill)),
            List.of("summary"),
            SearchOptions.defaults());
    assertThat(activities)
        .singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo(outcome.activityIds().get(0)));
    assertThat(activities.get(0).string("summary").orElseThrow())
        .contains("Billed quantities differ from receipt", "RECEIPT_DISCREPANCY");
  }
}
