package io.github.odooconnector.examples;

import static io.github.odooconnector.examples.internal.Console.row;
import static io.github.odooconnector.examples.internal.ExampleFailure.check;

import io.github.odooconnector.carrier.api.CustomsDeclarationException;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.PackageLabel;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.examples.internal.Console;
import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.StandardFieldMaps;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CustomsDeclaration;
import io.github.odooconnector.model.CustomsItem;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main example: one sales order from Odoo to the customer's door, on the embedded default.
 *
 * <p>A sales order is confirmed in Odoo, its delivery is released to a (simulated) WMS, the WMS
 * picks one item short and packs, two (simulated) carriers are rate-shopped and the cheapest label
 * is bought and attached to the picking, the WMS ships, Odoo's picking is validated with a
 * backorder for the short item, and the carrier's tracking timeline, delivered out of order and
 * twice, ends with the picking marked delivered. Then an order abroad is packed in two packages and
 * shipped abroad: its customs declaration is built from Odoo (a missing HS code is refused before
 * anything is bought) and each package gets its own label. Everything is read back from Odoo for
 * the final summary.
 *
 * <p>Run it with {@code mvn -B -ntp -Dquick -pl examples -am package exec:java}. With {@code
 * ODOO_URL}, {@code ODOO_DB}, {@code ODOO_USER} and {@code ODOO_API_KEY} (or {@code ODOO_PASSWORD})
 * set it runs against that Odoo instead (WMS and carriers stay simulated) on products of its own
 * ({@link ExampleSetup}); see {@code docs/real-odoo.md}.
 */
public final class OrderToDeliveryExample {
  private OrderToDeliveryExample() {}

  /**
   * Runs the example; exits with status 1 and a reason when a step does not reach the expected
   * state.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ExampleEnvironment.runMain(OrderToDeliveryExample::run);
  }

  static void run(ExampleEnvironment env) {
    Console console = new Console("Order to delivery");
    OdooClient odoo = env.odoo();
    console.step("Odoo: %s", env.description());
    ExampleSetup.Products products = env.products();
    env.takeSetupNotes().forEach(note -> console.detail("setup: %s", note));

    // --- the host application wires the SDK once -------------------------------------------------
    SimulatedWms wms = SimulatedWms.builder().name("acme-wms").build();
    InMemoryIdempotencyStore idempotency = InMemoryIdempotencyStore.create();
    WmsIntegration warehouse =
        env.wmsIntegration(wms, idempotency, InMemoryOutboxStore.create())
            .shortPickPolicy(ShortPickPolicy.BACKORDER)
            .build();
    List<String> carrierNames = env.carrierNames(2);
    SimulatedCarrier swiftpost =
        SimulatedCarrier.builder("swiftpost")
            .displayName("SwiftPost")
            .service("ECO", "4.00", "0.50", 5, true)
            .service("EXPRESS", "9.00", "1.00", 2, true)
            .build();
    SimulatedCarrier rapidex =
        SimulatedCarrier.builder("rapidex")
            .displayName("Rapidex")
            .service("STANDARD", "6.00", "0.20", 3, true)
            .service("EXPRESS", "7.50", "1.00", 1, true)
            .build();
    ShippingIntegration shipping =
        ShippingIntegration.builder()
            .odoo(odoo)
            .carrier(swiftpost, carrierNames.get(0))
            .carrier(rapidex, carrierNames.get(1))
            .rateSelectionRule(RateSelectionRule.cheapest())
            .idempotencyStore(idempotency)
            .deliveredDateField(env.deliveredField())
            .build();

    // --- 1. a sales order is confirmed in Odoo
    // ----------------------------------------------------
    String home = ExampleSetup.companyCountryCode(odoo);
    Map<String, Object> domestic = address(env, home);
    long customer = odoo.create("res.partner", customer("Acme Retail", domestic));
    String desk = ExampleSetup.DESK;
    String chair = ExampleSetup.CHAIR;
    long deskId = products.id(desk);
    long chairId = products.id(chair);
    long order = saleOrder(odoo, customer, deskId, 1, chairId, 4);
    odoo.call("sale.order", "action_confirm", List.of(List.of(order)), Map.of());
    OdooRecord so = odoo.read("sale.order", List.of(order), List.of("name", "state")).get(0);
    long pickingId =
        odoo.search("stock.picking", Domain.where("sale_id", "=", order), SearchOptions.limit(1))
            .get(0);
    String picking = name(odoo, "stock.picking", pickingId);
    console.step(
        "Sales order %s confirmed in Odoo (%s %s, %s %s) for a customer in %s: delivery %s"
            + " created",
        so.string("name").orElseThrow(),
        Quantity.pieces(1).display(),
        desk,
        Quantity.pieces(4).display(),
        chair,
        domestic.get("city"),
        picking);

    // --- 2. the delivery is released to the WMS, exactly once
    // --------------------------------------
    BatchReport released = warehouse.releaseSaleOrder(order);
    check(
        released.succeeded().contains(picking),
        "%s was not released: skipped %s, failed %s",
        picking,
        released.skipped(),
        released.failed());
    FulfillmentOrder fo = wms.orders().get(picking);
    console.step(
        "Released %s to the WMS as fulfillment order %s (%d lines); Odoo marks it %s=%s",
        picking,
        fo.fulfillmentOrderId(),
        fo.lines().size(),
        env.markerField(),
        marker(odoo, pickingId, env.markerField()));
    BatchReport again = warehouse.releaseSaleOrder(order);
    check(
        !again.succeeded().contains(picking) && wms.releaseCalls() == 1,
        "picking was released twice");
    console.detail(
        "releasing again sends nothing: the WMS saw %d release call", wms.releaseCalls());

    // --- 3. the WMS accepts, picks one chair short and packs
    // ----------------------------------------
    apply(warehouse, wms.accept(picking));
    apply(warehouse, wms.shortPick(picking, new Sku(chair), Quantity.pieces(3)));
    console.step(
        "WMS picked %s short: %s of %s %s",
        picking, Quantity.pieces(3).display(), Quantity.pieces(4).display(), chair);
    BigDecimal kilos = weight(odoo, deskId, 1).add(weight(odoo, chairId, 3));
    odoo.write("stock.picking", List.of(pickingId), Map.of("shipping_weight", kilos));
    console.detail("packed into one parcel of %s", Quantity.of(kilos, UnitOfMeasure.KGM).display());

    // --- 4. two carriers are rate-shopped; the label is bought once and attached
    // -------------------
    RateShoppingResult rates = shipping.shopRates(pickingId);
    console.step(
        "Rated with %d carriers, chose %s %s for %s",
        shipping.carriers().size(),
        rates.chosen().carrierCode(),
        rates.chosen().serviceCode(),
        rates.chosen().amount());
    for (Rate r : rates.quotes()) {
      console.detail(
          "%-9s %-8s %s%s",
          r.carrierCode(),
          r.serviceCode(),
          r.amount(),
          r.optionalEstimatedDelivery().map(d -> ", delivered by " + d).orElse(""));
    }
    LabelResult label = shipping.buyLabel(pickingId);
    LabelResult retried = shipping.buyLabel(pickingId);
    check(
        retried.replayed() && swiftpost.labelsPurchased() + rapidex.labelsPurchased() == 1,
        "a retried label purchase bought a second label");
    console.step(
        "Label bought: tracking %s, %d document(s) attached to %s; a retry replayed it (1 label"
            + " paid)",
        label.trackingRef(), label.attachmentIds().size(), picking);

    // --- 5. the WMS ships; Odoo validates the picking and backorders the missing chair
    // -------------
    String code = rates.chosen().carrierCode();
    boolean swiftpostChosen = code.equals("swiftpost");
    String carrierName = carrierNames.get(swiftpostChosen ? 0 : 1);
    BusinessEvent<?> shipped = wms.ship(picking, carrierName, label.trackingRef());
    check(warehouse.apply(shipped) == ApplyOutcome.APPLIED, "shipment was not applied");
    check(
        warehouse.apply(shipped) == ApplyOutcome.DUPLICATE,
        "a redelivered shipment was applied twice");
    OdooRecord done =
        odoo.read(
                "stock.picking",
                List.of(pickingId),
                List.of("state", "backorder_ids", "carrier_tracking_ref"))
            .get(0);
    check(
        "done".equals(done.string("state").orElse("")),
        "picking %s is %s, not done",
        picking,
        done.raw("state"));
    check(
        done.ids("backorder_ids").size() == 1,
        "expected one backorder, got %s",
        done.ids("backorder_ids"));
    long backorderId = done.ids("backorder_ids").get(0);
    console.step(
        "WMS shipped %s: Odoo picking done, backorder %s holds the missing chair; "
            + "the redelivered event changed nothing",
        picking, name(odoo, "stock.picking", backorderId));

    // --- 6. tracking arrives out of order and twice; the picking ends delivered
    // --------------------
    SimulatedCarrier chosen = swiftpostChosen ? swiftpost : rapidex;
    String tn = label.trackingRef();
    Instant t0 = Instant.now().minus(Duration.ofDays(1));
    String to = String.valueOf(domestic.get("city"));
    TrackingEvent pickedUp = chosen.scriptEvent(tn, "PU", t0.plus(Duration.ofHours(2)), "depot");
    TrackingEvent hub = chosen.scriptEvent(tn, "AR", t0.plus(Duration.ofHours(8)), to + " hub");
    TrackingEvent out = chosen.scriptEvent(tn, "OD", t0.plus(Duration.ofHours(20)), to);
    TrackingEvent delivered = chosen.scriptEvent(tn, "DL", t0.plus(Duration.ofHours(23)), to);
    List<TrackingUpdate> updates = new ArrayList<>();
    updates.addAll(shipping.handleTrackingWebhook(code, chosen.webhook(List.of(out, pickedUp))));
    updates.addAll(shipping.handleTrackingWebhook(code, chosen.webhook(List.of(delivered))));
    updates.addAll(shipping.handleTrackingWebhook(code, chosen.webhook(List.of(hub, delivered))));
    TrackingStatus last = updates.get(updates.size() - 1).currentStatus();
    check(last == TrackingStatus.DELIVERED, "tracking ended %s, not delivered", last);
    console.step(
        "Tracking: %d carrier events in 3 webhooks (out of order, one late, one repeated) -> %s",
        updates.size(), last);
    for (TrackingUpdate u : updates) {
      console.detail(
          "%-18s %-9s picking now %s", u.event().status(), u.outcome(), u.currentStatus());
    }

    // --- 7. an international order ships in two packages, declared to customs from Odoo
    // -----------
    long export = internationalShipment(env, products, console, shipping, swiftpost, rapidex);

    // --- summary, read back from Odoo
    // ----------------------------------------------------------------
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("picking", "state", "carrier", "tracking", "delivered at", "moves"));
    for (long id : List.of(pickingId, backorderId, export)) {
      OdooRecord p =
          odoo.read(
                  "stock.picking",
                  List.of(id),
                  List.of(
                      "name",
                      "state",
                      "carrier_id",
                      "carrier_tracking_ref",
                      env.deliveredField(),
                      "move_ids"))
              .get(0);
      rows.add(
          row(
              p.string("name").orElse("?"),
              p.string("state").orElse("?"),
              p.many2one("carrier_id").map(Many2one::displayName).orElse("-"),
              p.string("carrier_tracking_ref").orElse("-"),
              p.datetime(env.deliveredField()).map(Instant::toString).orElse("-"),
              moves(odoo, id)));
    }
    console.table("Odoo after the run (" + so.string("name").orElseThrow() + ")", rows);
    console.success(
        "order confirmed, released once, short-shipped with a backorder, labelled once, delivered;"
            + " an international order labelled per package with its customs declaration");
  }

  /**
   * Step 7: a sales order abroad is packed in one package per product; buying the label first fails
   * because the chair has no HS code (nothing is bought), then the example sets it on its own
   * product and each package gets its own label and tracking number, and the carrier's commercial
   * invoice is attached.
   */
  private static long internationalShipment(
      ExampleEnvironment env,
      ExampleSetup.Products products,
      Console console,
      ShippingIntegration shipping,
      SimulatedCarrier swiftpost,
      SimulatedCarrier rapidex) {
    OdooClient odoo = env.odoo();
    long deskId = products.id(ExampleSetup.DESK);
    long chairId = products.id(ExampleSetup.CHAIR);
    String home = ExampleSetup.companyCountryCode(odoo);
    Map<String, Object> abroad = address(env, "US".equals(home) ? "BE" : "US");
    long customer = odoo.create("res.partner", customer("Globex Inc.", abroad));
    long order = saleOrder(odoo, customer, deskId, 1, chairId, 2);
    odoo.call("sale.order", "action_confirm", List.of(List.of(order)), Map.of());
    long pickingId =
        odoo.search("stock.picking", Domain.where("sale_id", "=", order), SearchOptions.limit(1))
            .get(0);
    String packageModel =
        odoo.serverVersion().isAtLeast(19) ? "stock.package" : "stock.quant.package";
    List<OdooRecord> lines =
        odoo.searchRead(
            "stock.move.line",
            Domain.where("picking_id", "=", pickingId),
            List.of("product_id", "quantity"),
            SearchOptions.defaults().withOrder("id"));
    for (OdooRecord line : lines) {
      long product = line.many2one("product_id").map(Many2one::id).orElseThrow();
      BigDecimal kilos =
          weight(odoo, product, line.decimal("quantity").orElse(BigDecimal.ONE).intValue());
      long pack = odoo.create(packageModel, Map.of("shipping_weight", kilos));
      odoo.write("stock.move.line", List.of(line.id()), Map.of("result_package_id", pack));
    }
    String picking = name(odoo, "stock.picking", pickingId);
    console.step(
        "International order to %s: delivery %s packed in %d packages (%s)",
        abroad.get("city"), picking, lines.size(), packageModel);
    shipping.shopRates(pickingId);
    try {
      shipping.buyLabel(pickingId);
    } catch (CustomsDeclarationException e) {
      console.detail("customs check before purchase: %s", e.problems().get(0));
      setHsCode(odoo, chairId, "9401.30", env.countryId(home));
      console.detail("HS code set on %s in Odoo; buying again", ExampleSetup.CHAIR);
    }
    LabelResult label = shipping.buyLabel(pickingId);
    check(
        label.packages().size() == lines.size(),
        "expected one label per package, got %s",
        label.packages());
    for (PackageLabel p : label.packages()) {
      console.detail(
          "package %s -> tracking %s%s",
          p.parcelId(),
          p.trackingNumber(),
          p.optionalBillableWeight().map(w -> " (billed as " + w.display() + ")").orElse(""));
    }
    SimulatedCarrier chosen =
        label.shipment().carrierCode().equals("swiftpost") ? swiftpost : rapidex;
    List<ShipmentRequest> sent = chosen.createRequests();
    CustomsDeclaration customs = sent.get(sent.size() - 1).optionalCustoms().orElseThrow();
    for (CustomsItem item : customs.items()) {
      console.detail(
          "customs: %s, HS %s, made in %s, %s x %s",
          item.description(),
          item.hsCode(),
          item.originCountry(),
          item.quantity().display(),
          item.value());
    }
    console.step(
        "Labels bought from %s: %d tracking numbers, %d customs document(s) attached to %s",
        label.shipment().carrierCode(),
        label.trackingNumbers().size(),
        label.documentAttachmentIds().size(),
        picking);
    return pickingId;
  }

  private static void setHsCode(OdooClient odoo, long productId, String hsCode, long origin) {
    long template =
        odoo.read("product.product", List.of(productId), List.of("product_tmpl_id"))
            .get(0)
            .many2one("product_tmpl_id")
            .map(Many2one::id)
            .orElseThrow();
    odoo.write(
        "product.template",
        List.of(template),
        Map.of("hs_code", hsCode, "country_of_origin", origin));
  }

  /** A sales order of two products, its lines named for the server's version. */
  private static long saleOrder(
      OdooClient odoo, long customer, long first, int firstQty, long second, int secondQty) {
    FieldMap line = StandardFieldMaps.saleOrderLine(odoo.serverVersion());
    return odoo.create(
        "sale.order",
        Map.of(
            "partner_id",
            customer,
            "order_line",
            List.of(
                Command.create(
                    Map.of(
                        line.field("product"),
                        first,
                        line.field("quantity"),
                        (double) firstQty,
                        line.field("uom"),
                        ExampleSetup.uomOf(odoo, first))),
                Command.create(
                    Map.of(
                        line.field("product"),
                        second,
                        line.field("quantity"),
                        (double) secondQty,
                        line.field("uom"),
                        ExampleSetup.uomOf(odoo, second))))));
  }

  /** A plausible customer address in a country (Belgium and the USA; a generic one elsewhere). */
  private static Map<String, Object> address(ExampleEnvironment env, String isoCode) {
    Map<String, Object> a = new LinkedHashMap<>();
    switch (isoCode) {
      case "BE" -> {
        a.put("street", "Grote Markt 1");
        a.put("city", "Antwerpen");
        a.put("zip", "2000");
      }
      case "US" -> {
        a.put("street", "350 5th Avenue");
        a.put("city", "New York");
        a.put("zip", "10118");
      }
      default -> {
        a.put("street", "1 Example Street");
        a.put("city", "Example City");
        a.put("zip", "1000");
      }
    }
    a.put("country_id", env.countryId(isoCode));
    return a;
  }

  private static Map<String, Object> customer(String name, Map<String, Object> address) {
    Map<String, Object> values = new LinkedHashMap<>(address);
    values.put("name", name);
    values.put(
        "email", "ops@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example");
    return values;
  }

  private static void apply(WmsIntegration warehouse, BusinessEvent<?> event) {
    ApplyOutcome outcome = warehouse.apply(event);
    check(
        outcome == ApplyOutcome.APPLIED || outcome == ApplyOutcome.FORWARDED,
        "%s was %s",
        event.type(),
        outcome);
  }

  private static String name(OdooClient odoo, String model, long id) {
    return odoo.read(model, List.of(id), List.of("name")).get(0).string("name").orElseThrow();
  }

  private static String marker(OdooClient odoo, long pickingId, String field) {
    return odoo.read("stock.picking", List.of(pickingId), List.of(field))
        .get(0)
        .string(field)
        .orElse("<empty>");
  }

  private static BigDecimal weight(OdooClient odoo, long productId, int quantity) {
    BigDecimal each =
        odoo.read("product.product", List.of(productId), List.of("weight"))
            .get(0)
            .decimal("weight")
            .orElse(BigDecimal.ONE);
    return each.multiply(BigDecimal.valueOf(quantity));
  }

  private static String moves(OdooClient odoo, long pickingId) {
    List<String> parts = new ArrayList<>();
    for (OdooRecord m :
        odoo.searchRead(
            "stock.move",
            Domain.where("picking_id", "=", pickingId),
            List.of("product_id", "product_uom_qty", "quantity", "state"),
            SearchOptions.defaults().withOrder("id"))) {
      String product = m.many2one("product_id").map(Many2one::displayName).orElse("?");
      parts.add(
          m.decimal("quantity").orElse(BigDecimal.ZERO).stripTrailingZeros().toPlainString()
              + "/"
              + m.decimal("product_uom_qty")
                  .orElse(BigDecimal.ZERO)
                  .stripTrailingZeros()
                  .toPlainString()
              + " "
              + product);
    }
    return String.join(", ", parts);
  }
}
