package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.ExpiredStock;
import io.github.odooconnector.wms.api.InventoryDiscrepancy;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lots, serials and lot dates on the WMS lines, Odoo's {@code stock.lot} records, per-lot
 * reconciliation, expired stock and stock status buckets: through {@link WmsIntegration} against
 * FakeOdoo and the simulated WMS, on every supported Odoo version.
 */
class LotsExpiryAndStockStatusIT {

  private static final Sku SCANNER = new Sku("E-COM01"); // lot-tracked, LOT-0001: 10 in WH/Stock
  private static final Sku DESK = new Sku("FURN_0001"); // 50 in WH/Stock
  private static final LocationRef STOCK = LocationRef.of("WH", "Stock");

  private static List<OdooRecord> lotsNamed(WmsScenario s, String name) {
    return s.client.searchRead(
        "stock.lot",
        Domain.where("name", "=", name),
        List.of("name", "product_id", "company_id"),
        SearchOptions.defaults());
  }

  private static OdooRecord lotDates(WmsScenario s, long lotId) {
    return s.client
        .read("stock.lot", List.of(lotId), List.of("expiration_date", "use_date"))
        .get(0);
  }

  private static List<OdooRecord> moveLines(WmsScenario s, long pickingId) {
    return s.client.searchRead(
        "stock.move.line",
        Domain.where("picking_id", "=", pickingId),
        List.of("lot_id", "lot_name", "quantity"),
        SearchOptions.defaults().withOrder("id"));
  }

  private static String shipScannerWithLot(WmsScenario s, String lot, LocalDate expiry) {
    Map<String, Double> lines = new LinkedHashMap<>();
    lines.put("product.product_scanner", 2.0);
    long so = s.confirmedSaleOrder(s.customer(), lines);
    long pickingId = s.outgoingPickingOf(so);
    s.integration.releasePicking(pickingId);
    String ref = s.picking(pickingId).string("name").orElseThrow();
    s.wms.assignLot(
        ref, SCANNER, lot, List.of(), expiry, expiry.minusMonths(1), LocalDate.parse("2026-11-01"));
    return ref;
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void lotAndExpiryShipmentWritesTheLotOnTheMoveLinesAndCreatesItOnce(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      String ref = shipScannerWithLot(s, "LOT-2027-A", LocalDate.parse("2027-06-30"));
      BusinessEvent<?> shipped = s.wms.ship(ref, "Standard delivery", "TRK-LOT");

      assertThat(s.integration.apply(shipped)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(s.integration.apply(shipped)).isEqualTo(ApplyOutcome.DUPLICATE);

      List<OdooRecord> lots = lotsNamed(s, "LOT-2027-A");
      assertThat(lots).as("the lot is created once").hasSize(1);
      OdooRecord lot = lots.get(0);
      assertThat(lot.many2one("product_id").orElseThrow().id())
          .isEqualTo(s.odoo.ref("product.product_scanner"));
      assertThat(lot.many2one("company_id").orElseThrow().id())
          .as("created in the picking's company")
          .isEqualTo(s.odoo.ref("base.main_company"));
      OdooRecord dates = lotDates(s, lot.id());
      assertThat(dates.string("expiration_date")).contains("2027-06-30 00:00:00");
      assertThat(dates.string("use_date")).contains("2027-05-30 00:00:00");
      long pickingId =
          s.client
              .search("stock.picking", Domain.where("name", "=", ref), SearchOptions.limit(1))
              .get(0);
      assertThat(s.picking(pickingId).string("state")).contains("done");
      assertThat(moveLines(s, pickingId))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.many2one("lot_id").orElseThrow().id()).isEqualTo(lot.id());
                assertThat(l.decimal("quantity").orElseThrow()).isEqualByComparingTo("2");
              });

      // a second delivery from the same lot finds it instead of creating another
      String second = shipScannerWithLot(s, "LOT-2027-A", LocalDate.parse("2027-06-30"));
      assertThat(s.integration.apply(s.wms.ship(second, "Standard delivery", "TRK-LOT-2")))
          .isEqualTo(ApplyOutcome.APPLIED);
      assertThat(lotsNamed(s, "LOT-2027-A")).hasSize(1);
    }
  }

  /** A confirmed purchase of 5 scanners, announced to the WMS; returns the receipt reference. */
  private static String announcedScannerReceipt(WmsScenario s) {
    long vendor = s.client.create("res.partner", Map.of("name", "Scanner Supplies"));
    long po =
        s.client.create(
            "purchase.order",
            Map.of(
                "partner_id",
                vendor,
                "order_line",
                List.of(
                    Command.create(
                        Map.of(
                            "product_id",
                            s.odoo.ref("product.product_scanner"),
                            "product_qty",
                            5.0,
                            "price_unit",
                            10.0)))));
    s.client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    assertThat(s.integration.sendPendingAdvanceShipNotices().succeeded()).hasSize(1);
    return s.wms.advanceShipNotices().keySet().iterator().next();
  }

  private static List<ReceiptLine> twoLotsOfScanners() {
    return List.of(
        ReceiptLine.builder()
            .sku(SCANNER)
            .receivedQuantity(Quantity.pieces(3))
            .lotNumber("RCV-LOT-1")
            .expiryDate(LocalDate.parse("2027-01-31"))
            .bestBeforeDate(LocalDate.parse("2026-12-31"))
            .productionDate(LocalDate.parse("2026-10-01"))
            .build(),
        ReceiptLine.builder()
            .sku(SCANNER)
            .receivedQuantity(Quantity.pieces(2))
            .lotNumber("RCV-LOT-2")
            .expiryDate(LocalDate.parse("2027-02-28"))
            .build());
  }

  private static BigDecimal lotQuantityInStock(WmsScenario s, long lotId) {
    return s
        .client
        .searchRead(
            "stock.quant",
            Domain.where("lot_id", "=", lotId)
                .and(Domain.where("location_id", "=", s.odoo.ref("stock.stock_location_stock"))),
            List.of("quantity"),
            SearchOptions.defaults())
        .stream()
        .map(q -> q.decimal("quantity").orElseThrow())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void receiptWithLotsCreatesStockLotsWithTheirExpiryDates(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      String asn = announcedScannerReceipt(s);

      assertThat(s.integration.apply(s.wms.receiveLines(asn, twoLotsOfScanners())))
          .isEqualTo(ApplyOutcome.APPLIED);

      long receiptId =
          s.client
              .search("stock.picking", Domain.where("name", "=", asn), SearchOptions.limit(1))
              .get(0);
      assertThat(s.picking(receiptId).string("state")).contains("done");
      OdooRecord lot1 = lotsNamed(s, "RCV-LOT-1").get(0);
      OdooRecord lot2 = lotsNamed(s, "RCV-LOT-2").get(0);
      assertThat(lotDates(s, lot1.id()).string("expiration_date")).contains("2027-01-31 00:00:00");
      assertThat(lotDates(s, lot1.id()).string("use_date")).contains("2026-12-31 00:00:00");
      assertThat(lotDates(s, lot2.id()).string("expiration_date")).contains("2027-02-28 00:00:00");
      assertThat(moveLines(s, receiptId))
          .extracting(
              l -> l.many2one("lot_id").orElseThrow().id(),
              l -> l.string("lot_name").orElseThrow(),
              l -> l.decimal("quantity").orElseThrow().stripTrailingZeros().toPlainString())
          .containsExactly(
              Tuple.tuple(lot1.id(), "RCV-LOT-1", "3"), Tuple.tuple(lot2.id(), "RCV-LOT-2", "2"));
      assertThat(lotQuantityInStock(s, lot1.id())).isEqualByComparingTo("3");
      assertThat(lotQuantityInStock(s, lot2.id())).isEqualByComparingTo("2");
      assertThat(s.outbox(WmsEventTypes.RECEIPT_DISCREPANCY)).as("5 of 5 received").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void withoutProductExpiryLotsAreCreatedWithoutDatesAndNothingIsReportedExpired(
      OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> fake.productExpiry(false))) {
      String asn = announcedScannerReceipt(s);

      assertThat(s.integration.apply(s.wms.receiveLines(asn, twoLotsOfScanners())))
          .isEqualTo(ApplyOutcome.APPLIED);

      assertThat(lotsNamed(s, "RCV-LOT-1")).hasSize(1);
      assertThat(lotsNamed(s, "RCV-LOT-2")).hasSize(1);
      ReconciliationReport report =
          s.integration.reconcile(
              snapshot(
                  "NO-EXPIRY",
                  lot(SCANNER, "LOT-0001", 10),
                  lot(SCANNER, "RCV-LOT-1", 3),
                  lot(SCANNER, "RCV-LOT-2", 2)),
              ReconciliationPolicy.reportOnly());
      assertThat(report.expiredStock()).isEmpty();
      assertThat(report.isClean()).isTrue();
    }
  }

  private static StockLevel lot(Sku sku, String lot, int qty) {
    return StockLevel.builder()
        .sku(sku)
        .location(STOCK)
        .lotNumber(lot)
        .onHand(Quantity.pieces(qty))
        .build();
  }

  private static InventorySnapshot snapshot(String id, StockLevel... levels) {
    return new InventorySnapshot(
        id, "WH", Instant.parse("2026-12-01T06:00:00Z"), false, List.of(levels));
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void lotTrackedStockIsComparedPerLot(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      // Odoo: LOT-0001 10; the WMS: 7 of LOT-0001 and 3 of LOT-0002 (10 in total)
      ReconciliationReport report =
          s.integration.reconcile(
              snapshot("PER-LOT", lot(SCANNER, "LOT-0001", 7), lot(SCANNER, "LOT-0002", 3)),
              ReconciliationPolicy.reportOnly());

      assertThat(report.discrepancies())
          .extracting(
              d -> d.sku().value(),
              InventoryDiscrepancy::location,
              InventoryDiscrepancy::lotNumber,
              d -> d.difference().value().stripTrailingZeros().toPlainString())
          .containsExactly(
              Tuple.tuple("E-COM01", "WH/Stock", "LOT-0001", "-3"),
              Tuple.tuple("E-COM01", "WH/Stock", "LOT-0002", "3"));
      assertThat(s.outbox(WmsEventTypes.INVENTORY_DISCREPANCY)).hasSize(1);

      // a WMS that reports the tracked product without lots is still compared in total
      ReconciliationReport total =
          s.integration.reconcile(
              new InventorySnapshot(
                  "TOTAL",
                  "WH",
                  Instant.parse("2026-12-01T06:00:00Z"),
                  false,
                  List.of(StockLevel.of(SCANNER, STOCK, Quantity.pieces(10)))),
              ReconciliationPolicy.reportOnly());
      assertThat(total.isClean()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void expiredLotStillAvailableInOdooIsReported(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      long lot = s.odoo.ref("stock.lot_scanner_0001");
      s.client.write("stock.lot", List.of(lot), Map.of("expiration_date", "2026-10-31 00:00:00"));
      ReconciliationReport report =
          s.integration.reconcile(
              snapshot("EXPIRED", lot(SCANNER, "LOT-0001", 10)), ReconciliationPolicy.reportOnly());

      assertThat(report.discrepancies()).as("the WMS agrees on the quantity").isEmpty();
      assertThat(report.expiredStock())
          .extracting(
              e -> e.sku().value(),
              ExpiredStock::lotNumber,
              ExpiredStock::location,
              e -> e.quantity().value().stripTrailingZeros().toPlainString(),
              ExpiredStock::expirationDate)
          .containsExactly(
              Tuple.tuple(
                  "E-COM01", "LOT-0001", "WH/Stock", "10", Instant.parse("2026-10-31T00:00:00Z")));
      assertThat(report.isClean()).isFalse();
      assertThat(s.outbox(WmsEventTypes.INVENTORY_DISCREPANCY))
          .singleElement()
          .satisfies(r -> assertThat(r.envelopeJson()).contains("expiredStock", "LOT-0001"));

      // moved to the quarantine location, the expired lot is no longer available stock
      long quarantine = quarantineLocation(s);
      moveInOdoo(s, "product.product_scanner", lot, quarantine, 10);
      WmsIntegration held =
          s.newIntegrationWith(b -> b.statusLocation(StockStatus.QUARANTINE, "WH/Quarantine"));
      ReconciliationReport after =
          held.reconcile(
              snapshot(
                  "EXPIRED-HELD",
                  lot(SCANNER, "LOT-0001", 10).toBuilder().status(StockStatus.QUARANTINE).build()),
              ReconciliationPolicy.reportOnly());
      assertThat(after.expiredStock()).isEmpty();
      assertThat(after.isClean()).isTrue();
    }
  }

  /** Creates WH/Quarantine, an internal location of the warehouse WH. */
  private static long quarantineLocation(WmsScenario s) {
    return s.client.create(
        "stock.location",
        Map.of(
            "name",
            "Quarantine",
            "usage",
            "internal",
            "location_id",
            s.odoo.ref("stock.warehouse0_view"),
            "warehouse_id",
            s.odoo.ref("stock.warehouse0"),
            "company_id",
            s.odoo.ref("base.main_company")));
  }

  /** Moves {@code qty} of a product (and lot) from WH/Stock to {@code to} by two counts. */
  private static void moveInOdoo(
      WmsScenario s, String productXmlId, Long lot, long to, double qty) {
    OdooClient inventory =
        s.client.withContext(Context.builder().put("inventory_mode", true).build());
    long product = s.odoo.ref(productXmlId);
    long stock = s.odoo.ref("stock.stock_location_stock");
    Domain inStock =
        Domain.where("product_id", "=", product)
            .and(Domain.where("location_id", "=", stock))
            .and(Domain.where("lot_id", "=", lot == null ? false : lot));
    OdooRecord from =
        s.client
            .searchRead("stock.quant", inStock, List.of("quantity"), SearchOptions.limit(1))
            .get(0);
    double left = from.decimal("quantity").orElseThrow().doubleValue() - qty;
    inventory.write("stock.quant", List.of(from.id()), Map.of("inventory_quantity", left));
    inventory.call("stock.quant", "action_apply_inventory", List.of(List.of(from.id())), Map.of());
    Map<String, Object> counted = new LinkedHashMap<>();
    counted.put("product_id", product);
    counted.put("location_id", to);
    if (lot != null) {
      counted.put("lot_id", lot);
    }
    counted.put("inventory_quantity", qty);
    long quant = inventory.create("stock.quant", counted);
    inventory.call("stock.quant", "action_apply_inventory", List.of(List.of(quant)), Map.of());
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void quarantinedStockAtTheWmsIsNotReportedAsAShortage(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      // the WMS holds 5 of the 50 desks in quarantine, in the same bin as the rest
      StockLevel available =
          StockLevel.builder().sku(DESK).location(STOCK).onHand(Quantity.pieces(45)).build();
      StockLevel quarantined =
          available.toBuilder().onHand(Quantity.pieces(5)).status(StockStatus.QUARANTINE).build();
      s.wms.setStock(available);
      s.wms.setStock(quarantined);

      // Odoo keeps all 50 on WH/Stock: without a location for the bucket it is counted there
      ReconciliationReport sameLocation =
          s.integration.reconcile(
              snapshot("Q-1", available, quarantined), ReconciliationPolicy.reportOnly());
      assertThat(sameLocation.discrepancies()).as("no shortage of 5").isEmpty();

      // Odoo moves the 5 to WH/Quarantine; the bucket is mapped to it
      moveInOdoo(s, "product.product_desk", null, quarantineLocation(s), 5);
      WmsIntegration mapped =
          s.newIntegrationWith(b -> b.statusLocation(StockStatus.QUARANTINE, "WH/Quarantine"));
      ReconciliationReport report =
          mapped.reconcile(
              snapshot("Q-2", available, quarantined), ReconciliationPolicy.reportOnly());
      assertThat(report.discrepancies()).isEmpty();
      assertThat(report.compared()).as("WH/Stock and WH/Quarantine").isEqualTo(2);
      assertThat(report.matched()).isEqualTo(2);

      // the full snapshot read page by page from the simulator says the same
      ReconciliationReport full =
          mapped.reconcileInventory("WH", ReconciliationPolicy.reportOnly());
      assertThat(full.discrepancies())
          .extracting(d -> d.sku().value())
          .as("only the products the test did not stock in the simulator")
          .doesNotContain("FURN_0001");

      // without the mapping, the quarantined 5 look like a surplus on the shelf and a shortage in
      // quarantine
      ReconciliationReport unmapped =
          s.integration.reconcile(
              snapshot("Q-3", available, quarantined), ReconciliationPolicy.reportOnly());
      assertThat(unmapped.discrepancies())
          .extracting(
              InventoryDiscrepancy::location,
              d -> d.difference().value().stripTrailingZeros().toPlainString())
          .containsExactly(Tuple.tuple("WH/Quarantine", "-5"), Tuple.tuple("WH/Stock", "5"));
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void simulatedWmsStockCarriesLotsDatesAndBucketsAfterAReceipt(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      String asn = announcedScannerReceipt(s);
      s.integration.apply(s.wms.receiveLines(asn, twoLotsOfScanners()));

      List<StockLevel> levels = new ArrayList<>();
      InventoryPageRequest request = InventoryPageRequest.first("WH", 100);
      InventoryPage page = s.wms.fetchInventory(request);
      levels.addAll(page.levels());
      while (!page.isLast()) {
        request = request.next(page);
        page = s.wms.fetchInventory(request);
        levels.addAll(page.levels());
      }
      assertThat(levels)
          .filteredOn(l -> "RCV-LOT-1".equals(l.lotNumber()))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.onHand()).isEqualTo(Quantity.pieces(3));
                assertThat(l.expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
                assertThat(l.productionDate()).isEqualTo(LocalDate.parse("2026-10-01"));
              });
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void returnOfALotTrackedProductIsBookedOnItsLot(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      String ref = shipScannerWithLot(s, "LOT-RET", LocalDate.parse("2027-06-30"));
      s.integration.apply(s.wms.ship(ref, "Standard delivery", "TRK-RET"));
      ReturnAuthorization rma =
          ReturnAuthorization.builder()
              .rmaId("RMA-LOT")
              .orderRef(ref)
              .customer(Party.of("Acme Retail", null))
              .returnTo(STOCK)
              .authorizedAt(Instant.parse("2026-12-01T06:00:00Z"))
              .addLine(
                  new ReturnLine(
                      null,
                      SCANNER,
                      Quantity.pieces(1),
                      ReturnReason.DAMAGED,
                      List.of(),
                      null,
                      "LOT-RET",
                      LocalDate.parse("2027-06-30"),
                      null,
                      null))
              .build();

      assertThat(
              s.integration.apply(
                  new BusinessEvent<>(
                      "e-rma-lot",
                      WmsEventTypes.RETURN_RECEIVED,
                      Instant.parse("2026-12-01T06:00:00Z"),
                      "wms:sim",
                      "c-rma-lot",
                      "sim:rma-lot",
                      1,
                      rma)))
          .isEqualTo(ApplyOutcome.APPLIED);

      OdooRecord lot = lotsNamed(s, "LOT-RET").get(0);
      assertThat(lotsNamed(s, "LOT-RET"))
          .as("the shipped lot is found, not created again")
          .hasSize(1);
      long returnId =
          s.client
              .search(
                  "stock.picking",
                  Domain.where("origin", "=", "RMA RMA-LOT (return of " + ref + ")"),
                  SearchOptions.limit(1))
              .get(0);
      assertThat(moveLines(s, returnId))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.many2one("lot_id").orElseThrow().id()).isEqualTo(lot.id());
                assertThat(l.decimal("quantity").orElseThrow()).isEqualByComparingTo("1");
              });
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void perLotDifferencesWithinToleranceAreAdjustedOnTheLotQuants(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      StockLevel newLot =
          lot(SCANNER, "LOT-NEW", 1).toBuilder().expiryDate(LocalDate.parse("2028-03-31")).build();

      ReconciliationReport report =
          s.integration.reconcile(
              snapshot("ADJUST-LOTS", lot(SCANNER, "LOT-0001", 8), newLot),
              ReconciliationPolicy.adjustWithin(new BigDecimal("2")));

      assertThat(report.discrepancies())
          .extracting(InventoryDiscrepancy::lotNumber, InventoryDiscrepancy::status)
          .containsExactly(
              Tuple.tuple("LOT-0001", InventoryDiscrepancy.Status.ADJUSTED),
              Tuple.tuple("LOT-NEW", InventoryDiscrepancy.Status.ADJUSTED));
      assertThat(lotQuantityInStock(s, s.odoo.ref("stock.lot_scanner_0001")))
          .isEqualByComparingTo("8");
      OdooRecord created = lotsNamed(s, "LOT-NEW").get(0);
      assertThat(lotQuantityInStock(s, created.id())).isEqualByComparingTo("1");
      assertThat(lotDates(s, created.id()).string("expiration_date"))
          .contains("2028-03-31 00:00:00");
      ReconciliationReport again =
          s.integration.reconcile(
              snapshot("ADJUST-LOTS-2", lot(SCANNER, "LOT-0001", 8), newLot),
              ReconciliationPolicy.adjustWithin(new BigDecimal("2")));
      assertThat(again.isClean()).isTrue();
    }
  }
}
