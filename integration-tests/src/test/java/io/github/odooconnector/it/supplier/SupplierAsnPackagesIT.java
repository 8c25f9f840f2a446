package io.github.odooconnector.it.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.supplier.api.ShipNoticeOutcome;
import io.github.odooconnector.supplier.api.SupplierIntegration;
import io.github.odooconnector.testkit.OdooVersion;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pallets and cartons of a supplier's ship notice become Odoo packages on the incoming
 * picking's move lines, on every supported version: {@code stock.quant.package} on 17/18, {@code
 * stock.package} nested in its pallet on 19.
 */
class SupplierAsnPackagesIT {
  private static final Sscc PALLET = Sscc.fromDataDigits("00614141000000001");
  private static final Sscc CARTON_1 = Sscc.fromDataDigits("00614141000000002");
  private static final Sscc CARTON_2 = Sscc.fromDataDigits("00614141000000003");

  /** Package name to id, for the names asked; fails on a name that exists twice. */
  private static Map<String, Long> packagesNamed(SupplierScenario s, Sscc... ssccs) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Sscc sscc : ssccs) {
      List<OdooRecord> named =
          s.packages().stream()
              .filter(p -> p.string("name").orElse("").equals(sscc.value()))
              .toList();
      assertThat(named).as("packages named %s", sscc.value()).hasSizeLessThanOrEqualTo(1);
      named.forEach(p -> out.put(sscc.value(), p.id()));
    }
    return out;
  }

  private static Long packageOf(OdooRecord moveLine) {
    return moveLine.many2one("result_package_id").map(Many2one::id).orElse(null);
  }

  private static BigDecimal quantity(OdooRecord moveLine) {
    return moveLine.decimal("quantity").orElseThrow();
  }

  private static PackedShipNotice palletWithTwoCartons(SupplierScenario s) {
    return s.supplier
        .shipNotice(s.orderName)
        .pallet(PALLET)
        .lot("FURN_0001", "LOT-A", 6)
        .lot("FURN_0001", "LOT-B", 4)
        .carton(CARTON_1, "FURN_0002", 6)
        .carton(CARTON_2, "FURN_0002", 6)
        .build();
  }

  @ParameterizedTest(name = "Odoo {0}")
  @EnumSource(OdooVersion.class)
  void supplierAsnPalletsBecomeOdooPackagesOnTheIncomingMoveLines(OdooVersion version) {
    try (SupplierScenario s = new SupplierScenario(version)) {
      SupplierIntegration integration = s.integration(b -> {});
      integration.transmit(s.orderName);

      ShipNoticeOutcome outcome = integration.applyShipNotice(palletWithTwoCartons(s));

      Map<String, Long> pkgs = packagesNamed(s, PALLET, CARTON_1, CARTON_2);
      assertThat(pkgs).hasSize(3);
      assertThat(outcome.packages())
          .containsExactly(PALLET.value(), CARTON_1.value(), CARTON_2.value());
      List<OdooRecord> chairs = s.moveLines("product.product_chair");
      assertThat(chairs).hasSize(2);
      assertThat(chairs)
          .extracting(SupplierAsnPackagesIT::packageOf)
          .containsExactlyInAnyOrder(pkgs.get(CARTON_1.value()), pkgs.get(CARTON_2.value()));
      assertThat(chairs).allSatisfy(l -> assertThat(quantity(l)).isEqualByComparingTo("6"));
      List<OdooRecord> desks = s.moveLines("product.product_desk");
      assertThat(desks)
          .extracting(l -> l.string("lot_name").orElse(null))
          .containsExactlyInAnyOrder("LOT-A", "LOT-B");
      assertThat(desks)
          .extracting(SupplierAsnPackagesIT::packageOf)
          .containsOnly(pkgs.get(PALLET.value()));
      if (version.major() >= 19) {
        assertThat(s.packages())
            .filteredOn(p -> pkgs.get(CARTON_1.value()).equals(p.id()))
            .singleElement()
            .satisfies(
                c ->
                    assertThat(c.many2one("parent_package_id").map(Many2one::id))
                        .contains(pkgs.get(PALLET.value())));
      }
    }
  }

  @ParameterizedTest(name = "Odoo {0}")
  @EnumSource(OdooVersion.class)
  void reappliedAsnCreatesNoSecondPackage(OdooVersion version) {
    try (SupplierScenario s = new SupplierScenario(version)) {
      SupplierIntegration integration = s.integration(b -> {});
      integration.transmit(s.orderName);
      PackedShipNotice notice = palletWithTwoCartons(s);

      ShipNoticeOutcome first = integration.applyShipNotice(notice);
      ShipNoticeOutcome replayed = integration.applyShipNotice(notice);
      // an instance that never saw it (its own idempotency store) applies it again in full
      s.integration(b -> b.idempotencyStore(InMemoryIdempotencyStore.create()))
          .applyShipNotice(notice);

      assertThat(replayed).isEqualTo(first);
      Map<String, Long> pkgs = packagesNamed(s, PALLET, CARTON_1, CARTON_2);
      assertThat(pkgs).hasSize(3);
      assertThat(s.moveLines("product.product_chair"))
          .extracting(SupplierAsnPackagesIT::packageOf)
          .containsExactlyInAnyOrder(pkgs.get(CARTON_1.value()), pkgs.get(CARTON_2.value()));
      assertThat(s.moveLines("product.product_desk")).hasSize(2);
    }
  }

  @ParameterizedTest(name = "Odoo {0}")
  @EnumSource(OdooVersion.class)
  void aCorrectedAsnReplacesThePackageAssignment(OdooVersion version) {
    try (SupplierScenario s = new SupplierScenario(version)) {
      SupplierIntegration integration = s.integration(b -> {});
      integration.transmit(s.orderName);
      PackedShipNotice first =
          s.supplier
              .shipNotice(s.orderName)
              .pallet(PALLET)
              .carton(CARTON_1, "FURN_0002", 12)
              .build();
      integration.applyShipNotice(first);

      PackedShipNotice corrected =
          s.supplier
              .shipNotice(s.orderName)
              .id(first.notice().asnId())
              .pallet(PALLET)
              .carton(CARTON_2, "FURN_0002", 12)
              .build();
      ShipNoticeOutcome outcome = integration.applyShipNotice(corrected);

      Map<String, Long> pkgs = packagesNamed(s, CARTON_1, CARTON_2);
      assertThat(outcome.packages()).contains(CARTON_2.value()).doesNotContain(CARTON_1.value());
      assertThat(s.moveLines("product.product_chair"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(packageOf(l)).isEqualTo(pkgs.get(CARTON_2.value()));
                assertThat(quantity(l)).isEqualByComparingTo("12");
              });
    }
  }

  @ParameterizedTest(name = "Odoo {0}")
  @EnumSource(OdooVersion.class)
  void aPalletOfCartonsIsAPackageOnlyWhereOdooNestsPackages(OdooVersion version) {
    try (SupplierScenario s = new SupplierScenario(version)) {
      SupplierIntegration integration = s.integration(b -> {});
      integration.transmit(s.orderName);
      PackedShipNotice notice =
          s.supplier
              .shipNotice(s.orderName)
              .pallet(PALLET)
              .carton(CARTON_1, "FURN_0001", 10)
              .carton(CARTON_2, "FURN_0002", 12)
              .build();

      ShipNoticeOutcome outcome = integration.applyShipNotice(notice);

      Map<String, Long> pkgs = packagesNamed(s, PALLET, CARTON_1, CARTON_2);
      if (version.major() >= 19) {
        assertThat(outcome.packages())
            .containsExactly(PALLET.value(), CARTON_1.value(), CARTON_2.value());
        assertThat(s.packages())
            .filteredOn(p -> pkgs.containsValue(p.id()) && p.id() != pkgs.get(PALLET.value()))
            .hasSize(2)
            .allSatisfy(
                c ->
                    assertThat(c.many2one("parent_package_id").map(Many2one::id))
                        .contains(pkgs.get(PALLET.value())));
      } else {
        // 17/18 have no package in a package: the cartons are the packages, the pallet is not
        assertThat(outcome.packages()).containsExactly(CARTON_1.value(), CARTON_2.value());
        assertThat(pkgs).doesNotContainKey(PALLET.value());
      }
      assertThat(s.moveLines("product.product_desk"))
          .extracting(SupplierAsnPackagesIT::packageOf)
          .containsExactly(pkgs.get(CARTON_1.value()));
    }
  }
}
