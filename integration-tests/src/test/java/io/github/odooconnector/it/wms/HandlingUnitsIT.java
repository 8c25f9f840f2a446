package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.Discrepancy;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.wms.SimulatedWms;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Handling units (pallets and cartons with SSCCs) between Odoo's packages and the WMS: announced
 * with the ASN, received and shipped into packages named by their SSCC ({@code stock.quant.package}
 * on 17/18, {@code stock.package} on 19, nested in their pallet there), and an SSCC the ASN did not
 * announce reported as a discrepancy while its goods are booked. Through {@link WmsIntegration}
 * against FakeOdoo and the simulated WMS, on every supported Odoo version.
 */
class HandlingUnitsIT {

  private static final Sku LAMP = new Sku("FURN_0003"); // purchase_order_1: 10 lamps
  private static final Sscc PALLET = Sscc.fromDataDigits("03761234500000001");
  private static final Sscc CARTON = Sscc.fromDataDigits("03761234500000002");
  private static final Sscc SECOND_CARTON = Sscc.fromDataDigits("03761234500000003");
  private static final Sscc EXTRA_PALLET = Sscc.fromDataDigits("03761234500000009");

  private static String packageModel(WmsScenario s) {
    return s.odoo.version().major() >= 19 ? "stock.package" : "stock.quant.package";
  }

  private static boolean nests(WmsScenario s) {
    return s.odoo.version().major() >= 19;
  }

  /** Confirms the seeded purchase of 10 lamps; returns its receipt's picking id. */
  private static long lampReceipt(WmsScenario s) {
    long po = s.odoo.ref("purchase.purchase_order_1");
    s.client.call("purchase.order", "button_confirm", List.of(List.of(po)), Map.of());
    return s.client
        .search("stock.picking", Domain.where("purchase_id", "=", po), SearchOptions.limit(1))
        .get(0);
  }

  private static String name(WmsScenario s, long pickingId) {
    return s.picking(pickingId).string("name").orElseThrow();
  }

  private static long createPackage(WmsScenario s, Sscc sscc, Long parent) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", sscc.value());
    if (parent != null) {
      values.put("parent_package_id", parent);
    }
    return s.client.create(packageModel(s), values);
  }

  /**
   * Puts the receipt's move lines into a package, as a supplier's packed ship notice does: the
   * pallet on 17/18, a carton on the pallet on 19.
   */
  private static void packAsTheSupplierAnnounced(WmsScenario s, long receiptId) {
    long pallet = createPackage(s, PALLET, null);
    long target = nests(s) ? createPackage(s, CARTON, pallet) : pallet;
    List<Long> lines =
        s.client.search(
            "stock.move.line",
            Domain.where("picking_id", "=", receiptId),
            SearchOptions.defaults());
    s.client.write("stock.move.line", lines, Map.of("result_package_id", target));
  }

  private static List<OdooRecord> moveLines(WmsScenario s, long pickingId) {
    return s.client.searchRead(
        "stock.move.line",
        Domain.where("picking_id", "=", pickingId),
        List.of("quantity", "result_package_id"),
        SearchOptions.defaults().withOrder("id"));
  }

  private static List<OdooRecord> packagesNamed(WmsScenario s, Sscc sscc) {
    List<String> fields = nests(s) ? List.of("name", "parent_package_id") : List.of("name");
    return s.client.searchRead(
        packageModel(s), Domain.where("name", "=", sscc.value()), fields, SearchOptions.defaults());
  }

  private static Tuple packedLine(OdooRecord line) {
    return Tuple.tuple(
        line.decimal("quantity").orElseThrow().stripTrailingZeros().toPlainString(),
        line.many2one("result_package_id").map(Many2one::displayName).orElse(null));
  }

  private static List<Discrepancy> publishedDiscrepancies(WmsScenario s) {
    return s.outbox(WmsEventTypes.RECEIPT_DISCREPANCY).stream()
        .map(
            r ->
                CanonicalJson.fromJson(
                    r.envelopeJson(), new TypeReference<BusinessEvent<Receipt>>() {}))
        .flatMap(e -> e.payload().discrepancies().stream())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void palletAsnCarriesSsccsOfTheIncomingPackages(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      long receiptId = lampReceipt(s);
      packAsTheSupplierAnnounced(s, receiptId);
      String ref = name(s, receiptId);

      assertThat(s.integration.sendPendingAdvanceShipNotices().succeeded()).containsExactly(ref);

      AdvanceShipNotice asn = s.wms.advanceShipNotices().get(ref);
      String moveId = asn.lines().get(0).lineId();
      HandlingUnit pallet =
          HandlingUnit.builder()
              .unitId(PALLET.value())
              .type(HandlingUnitType.PALLET)
              .sscc(PALLET)
              .build();
      if (nests(s)) {
        assertThat(asn.handlingUnits())
            .containsExactlyInAnyOrder(
                pallet,
                HandlingUnit.builder()
                    .unitId(CARTON.value())
                    .parentUnitId(PALLET.value())
                    .type(HandlingUnitType.CARTON)
                    .sscc(CARTON)
                    .addItem(PackedItem.of(moveId, Quantity.pieces(10)))
                    .build());
      } else {
        assertThat(asn.handlingUnits())
            .containsExactly(
                pallet.toBuilder().addItem(PackedItem.of(moveId, Quantity.pieces(10))).build());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void asnToAWmsWithoutHandlingUnitsCarriesNone(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      long receiptId = lampReceipt(s);
      packAsTheSupplierAnnounced(s, receiptId);
      SimulatedWms plain =
          SimulatedWms.builder().name("plain").withoutFeatures(WmsFeature.HANDLING_UNITS).build();
      WmsIntegration integration = s.newIntegrationWith(b -> b.adapter(plain));

      assertThat(integration.sendPendingAdvanceShipNotices().succeeded()).hasSize(1);

      assertThat(plain.advanceShipNotices().get(name(s, receiptId)).handlingUnits()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void receiptOfAnUnannouncedSsccIsReportedAsADiscrepancyAndStillBooked(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      long receiptId = lampReceipt(s);
      packAsTheSupplierAnnounced(s, receiptId);
      String ref = name(s, receiptId);
      s.integration.sendPendingAdvanceShipNotices();
      s.wms.receiveExtraPallet(ref, EXTRA_PALLET, LAMP, Quantity.pieces(4));

      BusinessEvent<Receipt> received = s.wms.receive(ref, Map.of());
      assertThat(received.payload().handlingUnits())
          .extracting(HandlingUnit::sscc)
          .contains(PALLET, EXTRA_PALLET);

      assertThat(s.integration.apply(received)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(s.integration.apply(received)).isEqualTo(ApplyOutcome.DUPLICATE);

      assertThat(s.picking(receiptId).string("state")).contains("done");
      assertThat(s.moves(receiptId).get(0).decimal("quantity"))
          .as("the 4 lamps of the extra pallet are booked")
          .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("14"));
      assertThat(moveLines(s, receiptId))
          .extracting(HandlingUnitsIT::packedLine)
          .containsExactlyInAnyOrder(
              Tuple.tuple("10", (nests(s) ? CARTON : PALLET).value()),
              Tuple.tuple("4", EXTRA_PALLET.value()));
      assertThat(publishedDiscrepancies(s))
          .filteredOn(d -> d.type() == DiscrepancyType.UNANNOUNCED_UNIT)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.sku()).isEqualTo(LAMP);
                assertThat(d.actualQuantity()).isEqualTo(Quantity.pieces(4));
                assertThat(d.note()).contains(EXTRA_PALLET.value()).contains(ref);
              });
      assertThat(s.outbox(WmsEventTypes.RECEIPT_DISCREPANCY).get(0).envelopeJson())
          .contains("\"unannounced_unit\"");
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void receivedCartonsLandInOdooPackagesNamedBySscc(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      long receiptId = lampReceipt(s);
      String ref = name(s, receiptId);
      s.integration.sendPendingAdvanceShipNotices();
      String moveId = s.wms.advanceShipNotices().get(ref).lines().get(0).lineId();
      List<HandlingUnit> units =
          List.of(
              HandlingUnit.builder()
                  .unitId("PAL")
                  .type(HandlingUnitType.PALLET)
                  .sscc(PALLET)
                  .build(),
              HandlingUnit.builder()
                  .unitId("C1")
                  .parentUnitId("PAL")
                  .type(HandlingUnitType.CARTON)
                  .sscc(CARTON)
                  .addItem(PackedItem.of(moveId, Quantity.pieces(6)))
                  .build(),
              HandlingUnit.builder()
                  .unitId("C2")
                  .parentUnitId("PAL")
                  .type(HandlingUnitType.CARTON)
                  .sscc(SECOND_CARTON)
                  .addItem(PackedItem.of(moveId, Quantity.pieces(4)))
                  .build());
      BusinessEvent<Receipt> received = s.wms.receiveInUnits(ref, units);

      assertThat(s.integration.apply(received)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(s.integration.apply(received)).isEqualTo(ApplyOutcome.DUPLICATE);

      assertThat(s.picking(receiptId).string("state")).contains("done");
      assertThat(moveLines(s, receiptId))
          .extracting(HandlingUnitsIT::packedLine)
          .containsExactly(
              Tuple.tuple("6", CARTON.value()), Tuple.tuple("4", SECOND_CARTON.value()));
      assertThat(packagesNamed(s, CARTON)).as("created once, in " + packageModel(s)).hasSize(1);
      assertThat(packagesNamed(s, SECOND_CARTON)).hasSize(1);
      if (nests(s)) {
        long pallet = packagesNamed(s, PALLET).get(0).id();
        assertThat(List.of(packagesNamed(s, CARTON).get(0), packagesNamed(s, SECOND_CARTON).get(0)))
            .allSatisfy(
                c ->
                    assertThat(c.many2one("parent_package_id").map(Many2one::id)).contains(pallet));
      } else {
        assertThat(packagesNamed(s, PALLET))
            .as("17/18 do not nest packages: the pallet holds no goods of its own")
            .isEmpty();
      }
      assertThat(publishedDiscrepancies(s))
          .as("nothing was announced, nothing to compare")
          .isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void shipmentConfirmedOnAPalletPutsTheDeliveryIntoThePalletsPackage(OdooVersion version) {
    try (WmsScenario s = new WmsScenario(version, fake -> {})) {
      long so = s.confirmedSaleOrder(s.customer(), Map.of("product.product_desk", 2.0));
      long pickingId = s.outgoingPickingOf(so);
      s.integration.releasePicking(pickingId);
      String ref = name(s, pickingId);

      BusinessEvent<?> shipped = s.wms.shipOnPallet(ref, "Standard delivery", "TRK-PAL", PALLET);

      assertThat(s.integration.apply(shipped)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(s.picking(pickingId).string("state")).contains("done");
      assertThat(moveLines(s, pickingId))
          .extracting(HandlingUnitsIT::packedLine)
          .containsExactly(Tuple.tuple("2", PALLET.value()));
      assertThat(packagesNamed(s, PALLET)).hasSize(1);
    }
  }
}
