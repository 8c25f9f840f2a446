package io.github.odooconnector.examples;

import static io.github.odooconnector.examples.internal.Console.row;
import static io.github.odooconnector.examples.internal.ExampleFailure.check;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.examples.internal.Console;
import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.models.StockPackage;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Purchasing and receiving: a purchase order confirmed in Odoo becomes an advance ship notice (ASN)
 * in the WMS, announcing the pallet (SSCC) the supplier packed it on; the WMS receives fewer chairs
 * than expected and the sealant's lot with its expiry date; Odoo's receipt is validated with the
 * received quantities in the pallet's package and on the lot, the rest stays on a backorder, and
 * the shortage is published as a discrepancy event instead of being absorbed silently.
 *
 * <p>Run it with {@code mvn -B -ntp -Dquick -pl examples -am package exec:java
 * -Dexec.mainClass=io.github.odooconnector.examples.PurchaseReceiptExample}.
 */
public final class PurchaseReceiptExample {
  private PurchaseReceiptExample() {}

  /**
   * Runs the example; exits with status 1 and a reason when a step does not reach the expected
   * state.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ExampleEnvironment.runMain(PurchaseReceiptExample::run);
  }

  static void run(ExampleEnvironment env) {
    Console console = new Console("Purchase and receipt");
    OdooClient odoo = env.odoo();
    console.step("Odoo: %s", env.description());
    ExampleSetup.Products products = env.products();
    env.takeSetupNotes().forEach(note -> console.detail("setup: %s", note));

    SimulatedWms wms = SimulatedWms.builder().name("acme-wms").build();
    InMemoryOutboxStore outbox = InMemoryOutboxStore.create();
    WmsIntegration warehouse =
        env.wmsIntegration(wms, InMemoryIdempotencyStore.create(), outbox)
            .asnMarker(ReleaseMarker.charField(env.markerField()))
            .underReceiptPolicy(ShortPickPolicy.BACKORDER)
            .build();

    // --- 1. a purchase order is confirmed in Odoo: it creates the receipt
    // --------------------------
    String sku = ExampleSetup.CHAIR;
    long product = products.id(sku);
    List<String> created = new ArrayList<>();
    long sealant = ExampleSetup.ensureLotTrackedProduct(odoo, created);
    created.forEach(code -> console.detail("setup: created lot-tracked product %s", code));
    Map<Long, Double> quantities = new LinkedHashMap<>();
    quantities.put(product, 12.0);
    quantities.put(sealant, 6.0);
    ExampleSetup.PurchaseOrderRef order =
        ExampleSetup.confirmPurchaseOrder(
            odoo, env.countryId(ExampleSetup.companyCountryCode(odoo)), quantities, 55.0);
    long po = order.id();
    String poName = order.name();
    long receiptId =
        odoo.search("stock.picking", Domain.where("purchase_id", "=", po), SearchOptions.limit(1))
            .get(0);
    String receipt =
        odoo.read("stock.picking", List.of(receiptId), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();
    console.step(
        "Purchase order %s confirmed (%s %s, %s %s): receipt %s expected",
        poName,
        Quantity.pieces(12).display(),
        sku,
        Quantity.pieces(6).display(),
        ExampleSetup.SEALANT,
        receipt);

    // --- 2. the supplier packed everything on one pallet labelled with an SSCC: the receipt's
    // move lines go into an Odoo package of that name (what a supplier's packed ship notice gives)
    // ------------------------------------------------------------------------------------------
    Sscc pallet =
        Sscc.fromDataDigits(
            String.format(
                Locale.ROOT, "0761234%010d", System.currentTimeMillis() % 10_000_000_000L));
    long packageId =
        odoo.create(StockPackage.MODEL.name(odoo.serverVersion()), Map.of("name", pallet.value()));
    odoo.write(
        "stock.move.line",
        odoo.search(
            "stock.move.line",
            Domain.where("picking_id", "=", receiptId),
            SearchOptions.defaults()),
        Map.of("result_package_id", packageId));
    console.step("The supplier packed it on pallet SSCC %s (an Odoo package of that name)", pallet);

    // --- 3. the receipt becomes an ASN in the WMS, once, with the pallet
    // ------------------------------
    BatchReport sent = warehouse.sendPendingAdvanceShipNotices();
    check(sent.succeeded().contains(receipt), "ASN for %s not sent: %s", receipt, sent);
    check(
        !warehouse.sendPendingAdvanceShipNotices().succeeded().contains(receipt), "ASN sent twice");
    AdvanceShipNotice asn = wms.advanceShipNotices().get(receipt);
    check(
        asn.handlingUnits().stream().anyMatch(u -> pallet.equals(u.sscc())),
        "the ASN does not announce pallet %s: %s",
        pallet,
        asn.handlingUnits());
    console.step(
        "ASN %s sent to the WMS: expects %s of %s on pallet %s; sending again sends nothing",
        asn.asnId(),
        asn.lines().get(0).expectedQuantity().display(),
        asn.lines().get(0).sku().value(),
        pallet);

    // --- 4. the WMS receives 10 chairs instead of 12, and the sealant's lot with its expiry
    // -----------
    LocalDate expiry = LocalDate.now().plusMonths(18).withDayOfMonth(1);
    String lot =
        String.format(Locale.ROOT, "SEAL-%d%02d", expiry.getYear(), expiry.getMonthValue());
    BusinessEvent<Receipt> received =
        wms.receiveLines(
            receipt,
            List.of(
                ReceiptLine.builder()
                    .sku(new Sku(sku))
                    .receivedQuantity(Quantity.pieces(10))
                    .build(),
                ReceiptLine.builder()
                    .sku(new Sku(ExampleSetup.SEALANT))
                    .receivedQuantity(Quantity.pieces(6))
                    .lotNumber(lot)
                    .expiryDate(expiry)
                    .build()));
    HandlingUnit receivedPallet = received.payload().handlingUnits().get(0);
    check(warehouse.apply(received) == ApplyOutcome.APPLIED, "goods receipt not applied");
    check(
        warehouse.apply(received) == ApplyOutcome.DUPLICATE,
        "a redelivered receipt was applied twice");
    OdooRecord r =
        odoo.read("stock.picking", List.of(receiptId), List.of("state", "backorder_ids")).get(0);
    check(
        "done".equals(r.string("state").orElse("")),
        "receipt %s is %s, not done",
        receipt,
        r.raw("state"));
    check(
        r.ids("backorder_ids").size() == 1,
        "expected one backorder for the 2 missing, got %s",
        r.ids("backorder_ids"));
    console.step(
        "WMS received %s of %s and lot %s (expires %s) on pallet %s: receipt %s validated, %s"
            + " left on a backorder; redelivery changed nothing",
        Quantity.pieces(10).display(),
        Quantity.pieces(12).display(),
        lot,
        expiry,
        receivedPallet.sscc(),
        receipt,
        Quantity.pieces(2).display());

    List<OutboxRecord> discrepancies =
        outbox.list(OutboxStatus.PENDING, 100).stream()
            .filter(e -> e.eventType().equals(WmsEventTypes.RECEIPT_DISCREPANCY))
            .toList();
    check(
        discrepancies.size() == 1, "expected one discrepancy event, got %d", discrepancies.size());
    console.step(
        "Discrepancy published to the outbox as %s (event %s) for purchasing to follow up",
        WmsEventTypes.RECEIPT_DISCREPANCY, discrepancies.get(0).eventId());

    // --- summary
    // -----------------------------------------------------------------------------------
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("picking", "state", "product", "quantity / demand", "lot", "package (SSCC)"));
    for (long id : List.of(receiptId, r.ids("backorder_ids").get(0))) {
      OdooRecord p = odoo.read("stock.picking", List.of(id), List.of("name", "state")).get(0);
      for (OdooRecord m :
          odoo.searchRead(
              "stock.move",
              Domain.where("picking_id", "=", id),
              List.of("product_id", "product_uom_qty", "quantity"),
              SearchOptions.defaults())) {
        List<OdooRecord> lines =
            odoo.searchRead(
                "stock.move.line",
                Domain.where("move_id", "=", m.id()),
                List.of("lot_id", "result_package_id"),
                SearchOptions.defaults());
        rows.add(
            row(
                p.string("name").orElse("?"),
                p.string("state").orElse("?"),
                m.many2one("product_id").map(Many2one::displayName).orElse("?"),
                plain(m.decimal("quantity").orElse(BigDecimal.ZERO))
                    + " / "
                    + plain(m.decimal("product_uom_qty").orElse(BigDecimal.ZERO)),
                names(lines, "lot_id"),
                names(lines, "result_package_id")));
      }
    }
    console.table("Odoo after the run (" + poName + ")", rows);
    check(
        odoo.search(
                    "stock.lot",
                    Domain.where("name", "=", lot).and(Domain.where("product_id", "=", sealant)),
                    SearchOptions.limit(1))
                .size()
            == 1,
        "lot %s was not created in Odoo",
        lot);
    check(
        rows.stream().filter(cells -> cells.get(5).contains(pallet.value())).count() == 2,
        "the received chairs and sealant of %s are not both in the package of pallet %s",
        receipt,
        pallet);
    console.success(
        "ASN sent once with its pallet, short receipt validated with a backorder, lot and pallet"
            + " booked in Odoo, discrepancy surfaced");
  }

  /** The distinct display names of a many2one over move lines, or "-". */
  private static String names(List<OdooRecord> lines, String field) {
    String names =
        lines.stream()
            .map(l -> l.many2one(field).map(Many2one::displayName).orElse(null))
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? "-" : names;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
