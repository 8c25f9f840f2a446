package io.github.odooconnector.it.wms;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One FakeOdoo + SimulatedWms + WmsIntegration wired like a host application would. */
final class WmsScenario implements AutoCloseable {

  static final String MARKER = "x_wms_ref";

  final FakeOdoo odoo;
  final OdooClient client;
  final SimulatedWms wms;
  final InMemoryIdempotencyStore idempotencyStore = InMemoryIdempotencyStore.create();
  final InMemoryOutboxStore outboxStore = InMemoryOutboxStore.create();
  final MappingConfig mapping;
  WmsIntegration integration;

  WmsScenario() {
    this(ShortPickPolicy.BACKORDER);
  }

  WmsScenario(ShortPickPolicy policy) {
    this(policy, OdooVersion.V19);
  }

  WmsScenario(ShortPickPolicy policy, OdooVersion version) {
    this(policy, version, Protocol.AUTO);
  }

  WmsScenario(ShortPickPolicy policy, OdooVersion version, Protocol protocol) {
    this(policy, version, protocol, MappingConfig.defaults(), List.of());
  }

  /** With extra custom char fields on stock.picking and a custom mapping. */
  WmsScenario(
      ShortPickPolicy policy,
      OdooVersion version,
      Protocol protocol,
      MappingConfig mappingConfig,
      List<String> extraPickingFields) {
    this(policy, version, protocol, mappingConfig, extraPickingFields, fake -> {});
  }

  /** On a FakeOdoo adjusted by {@code fakeSettings} (for example without product_expiry). */
  WmsScenario(OdooVersion version, Consumer<FakeOdoo.Builder> fakeSettings) {
    this(
        ShortPickPolicy.BACKORDER,
        version,
        Protocol.AUTO,
        MappingConfig.defaults(),
        List.of(),
        fakeSettings);
  }

  private WmsScenario(
      ShortPickPolicy policy,
      OdooVersion version,
      Protocol protocol,
      MappingConfig mappingConfig,
      List<String> extraPickingFields,
      Consumer<FakeOdoo.Builder> fakeSettings) {
    FakeOdoo.Builder fake =
        FakeOdoo.builder().version(version).customField("stock.picking", MARKER, "char");
    extraPickingFields.forEach(f -> fake.customField("stock.picking", f, "char"));
    fakeSettings.accept(fake);
    odoo = fake.start();
    var builder =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .protocol(protocol)
            .retry(RetrySettings.none());
    client =
        (protocol == Protocol.JSON2
                ? builder.apiKey(odoo.adminApiKey())
                : builder.password(odoo.adminPassword()))
            .build();
    wms = SimulatedWms.builder().build();
    mapping = mappingConfig;
    integration = newIntegration(policy);
  }

  /**
   * A second integration instance sharing the stores: what a restarted or second host process looks
   * like.
   */
  WmsIntegration newIntegration(ShortPickPolicy policy) {
    return newIntegrationWith(b -> b.shortPickPolicy(policy));
  }

  /** An integration sharing the stores, wired as usual and then adjusted by {@code settings}. */
  WmsIntegration newIntegrationWith(Consumer<WmsIntegration.Builder> settings) {
    WmsIntegration.Builder builder =
        WmsIntegration.builder()
            .odoo(client)
            .adapter(wms)
            .idempotencyStore(idempotencyStore)
            .outboxStore(outboxStore)
            .releaseMarker(ReleaseMarker.charField(MARKER))
            .underReceiptPolicy(ShortPickPolicy.BACKORDER)
            .mapping(mapping);
    settings.accept(builder);
    return builder.build();
  }

  long customer() {
    return client.create(
        "res.partner",
        Map.of(
            "name",
            "Acme Retail",
            "street",
            "1 Main St",
            "city",
            "Springfield",
            "zip",
            "12345",
            "country_id",
            odoo.ref("base.us"),
            "email",
            "ops@acme.example"));
  }

  /** Creates and confirms a sale order; returns its id. */
  long confirmedSaleOrder(long partner, Map<String, Double> qtyByProductXmlId) {
    String uomField = odoo.version().major() >= 19 ? "product_uom_id" : "product_uom";
    List<Command> lines =
        qtyByProductXmlId.entrySet().stream()
            .map(
                e ->
                    Command.create(
                        Map.of(
                            "product_id",
                            odoo.ref(e.getKey()),
                            "product_uom_qty",
                            e.getValue(),
                            uomField,
                            odoo.ref("uom.product_uom_unit"))))
            .toList();
    long so = client.create("sale.order", Map.of("partner_id", partner, "order_line", lines));
    client.call("sale.order", "action_confirm", List.of(List.of(so)), Map.of());
    return so;
  }

  OdooRecord picking(long id) {
    return client
        .read(
            "stock.picking",
            List.of(id),
            List.of(
                "name",
                "state",
                MARKER,
                "carrier_tracking_ref",
                "carrier_id",
                "backorder_ids",
                "move_ids",
                "origin",
                "picking_type_code"))
        .get(0);
  }

  long outgoingPickingOf(long saleOrderId) {
    return client
        .search("stock.picking", Domain.where("sale_id", "=", saleOrderId), SearchOptions.limit(1))
        .get(0);
  }

  List<OdooRecord> moves(long pickingId) {
    return client.searchRead(
        "stock.move",
        Domain.where("picking_id", "=", pickingId),
        List.of("product_id", "product_uom_qty", "quantity", "state"),
        SearchOptions.defaults().withOrder("id"));
  }

  List<OutboxRecord> outbox(String type) {
    return outboxStore.list(OutboxStatus.PENDING, 1000).stream()
        .filter(r -> r.eventType().equals(type))
        .toList();
  }

  @Override
  public void close() {
    client.close();
    odoo.close();
  }
}
