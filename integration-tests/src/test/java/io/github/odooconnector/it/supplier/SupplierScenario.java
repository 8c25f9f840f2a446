package io.github.odooconnector.it.supplier;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.supplier.api.SupplierIntegration;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.supplier.SimulatedSupplier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A confirmed purchase order (10 desks, 12 chairs, planned for 2026-12-10) at a simulated supplier,
 * on a fake Odoo of one version, with the stores an integration needs.
 */
final class SupplierScenario implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  final FakeOdoo odoo;
  final OdooClient client;
  final SimulatedSupplier supplier = SimulatedSupplier.builder().clock(CLOCK).build();
  final InMemoryIdempotencyStore idempotency = InMemoryIdempotencyStore.create();
  final InMemoryOutboxStore outbox = InMemoryOutboxStore.create();
  final long orderId;
  final String orderName;

  SupplierScenario(OdooVersion version) {
    odoo = FakeOdoo.builder().version(version).start();
    client =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .password(odoo.adminPassword())
            .retry(RetrySettings.none())
            .build();
    long vendor = client.create("res.partner", Map.of("name", "Acme Supply Ltd"));
    String uom = version.major() >= 19 ? "product_uom_id" : "product_uom";
    orderId =
        client.create(
            "purchase.order",
            Map.of(
                "partner_id",
                vendor,
                "order_line",
                List.of(
                    line("product.product_desk", 10.0, uom),
                    line("product.product_chair", 12.0, uom))));
    client.call("purchase.order", "button_confirm", List.of(List.of(orderId)), Map.of());
    orderName =
        client
            .read("purchase.order", List.of(orderId), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();
  }

  private Command line(String product, double qty, String uom) {
    return Command.create(
        Map.of(
            "product_id",
            odoo.ref(product),
            "product_qty",
            qty,
            "price_unit",
            50.0,
            uom,
            odoo.ref("uom.product_uom_unit"),
            "date_planned",
            "2026-12-10 09:00:00"));
  }

  SupplierIntegration integration(Consumer<SupplierIntegration.Builder> customize) {
    SupplierIntegration.Builder b =
        SupplierIntegration.builder()
            .odoo(client)
            .adapter(supplier)
            .idempotencyStore(idempotency)
            .outboxStore(outbox)
            .reviewDeadline(Duration.ofDays(2))
            .clock(CLOCK);
    customize.accept(b);
    return b.build();
  }

  OdooRecord receipt() {
    return client
        .searchRead(
            "stock.picking",
            Domain.where("purchase_id", "=", orderId),
            List.of("name", "scheduled_date", "move_ids"),
            SearchOptions.defaults())
        .get(0);
  }

  /** The receipt's move lines of a product: quantity, lot name and package. */
  List<OdooRecord> moveLines(String productXmlId) {
    return client.searchRead(
        "stock.move.line",
        Domain.where("picking_id", "=", receipt().id())
            .and(Domain.where("product_id", "=", odoo.ref(productXmlId))),
        List.of("quantity", "lot_name", "result_package_id"),
        SearchOptions.defaults().withOrder("id"));
  }

  String packageModel() {
    return odoo.version().major() >= 19 ? "stock.package" : "stock.quant.package";
  }

  List<OdooRecord> packages() {
    List<String> fields =
        odoo.version().major() >= 19 ? List.of("name", "parent_package_id") : List.of("name");
    return client.searchRead(
        packageModel(), Domain.all(), fields, SearchOptions.defaults().withOrder("id"));
  }

  List<OdooRecord> activities(String model, long resId) {
    return client
        .searchRead(
            "mail.activity",
            Domain.where("res_id", "=", resId),
            List.of("summary", "note", "res_model", "user_id", "date_deadline"),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .filter(a -> a.string("res_model").orElse("").equals(model))
        .toList();
  }

  @Override
  public void close() {
    client.close();
    odoo.close();
  }
}
