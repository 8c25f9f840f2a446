package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.PackageLabel;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.api.VoidResult;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.model.Weight;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 17, parcels from Odoo packages: one label per package, partial failures, dim weight. */
class ParcelsFromPackagesIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of(OdooVersion.V17, Protocol.JSONRPC),
        Arguments.of(OdooVersion.V18, Protocol.JSONRPC),
        Arguments.of(OdooVersion.V19, Protocol.JSON2));
  }

  @ParameterizedTest(name = "Odoo {0} over {1}")
  @MethodSource("versions")
  void eachOdooPackageGetsItsOwnLabelAndTrackingNumberWrittenOnThePackage(
      OdooVersion version, Protocol protocol) {
    s =
        new CarrierScenario(
            version,
            protocol,
            b -> b,
            b -> b.packageTrackingField(CarrierScenario.PACKAGE_TRACKING));
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, null, null);
    long cable = s.product("Cable Box", "CABLE-1", 0.5, 15, null, null);
    long picking = s.delivery("base.be", List.of(lamp, cable));
    List<Long> packages = s.packEachLine(picking, null, 2.0);
    s.shipping.shopRates(picking);

    LabelResult label = s.shipping.buyLabel(picking);

    assertThat(label.packages()).hasSize(2);
    assertThat(label.packages())
        .extracting(PackageLabel::packageId)
        .containsExactlyElementsOf(packages);
    for (PackageLabel p : label.packages()) {
      OdooRecord pkg = s.pack(p.packageId());
      assertThat(pkg.string(CarrierScenario.PACKAGE_TRACKING)).contains(p.trackingNumber());
      assertThat(p.parcelId()).isEqualTo(pkg.string("name").orElseThrow());
    }
    assertThat(s.picking(picking).string("carrier_tracking_ref"))
        .contains(String.join(",", label.trackingNumbers()));
    assertThat(s.attachments(picking)).hasSize(2);
    assertThat(s.swiftpost.createRequests().get(0).parcels())
        .extracting(p -> p.weight().value().doubleValue())
        .containsExactly(2.0, 2.0);
  }

  @ParameterizedTest(name = "Odoo {0} over {1}")
  @MethodSource("versions")
  void actionPutInPackAnswersPerVersionAndTheNewPackageShipsAsOneParcel(
      OdooVersion version, Protocol protocol) {
    s = new CarrierScenario(version, protocol);
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, null, null);
    long picking = s.delivery("base.be", List.of(lamp));

    Object answer =
        s.client.call("stock.picking", "action_put_in_pack", List.of(List.of(picking)), Map.of());

    long packageId = s.moveLines(picking).get(0).many2one("result_package_id").orElseThrow().id();
    if (version.major() >= 19) {
      assertThat(answer).isEqualTo(List.of(packageId));
    } else {
      assertThat(answer).isEqualTo("stock.quant.package(" + packageId + ",)");
    }
    s.shipping.shopRates(picking);
    LabelResult label = s.shipping.buyLabel(picking);
    assertThat(label.packages())
        .singleElement()
        .satisfies(p -> assertThat(p.packageId()).isEqualTo(packageId));
    assertThat(s.swiftpost.createRequests().get(0).parcels().get(0).weight())
        .isEqualTo(Weight.kilograms("1.2"));
  }

  @Test
  void threeOfFourPackagesBoughtWithTheThirdAnswerLostAreCompletedWithoutBuyingAnyTwice() {
    s =
        new CarrierScenario(
            b -> b.oneParcelPerShipment(true).idempotentCreate(false),
            b -> b.packageTrackingField(CarrierScenario.PACKAGE_TRACKING),
            sc -> {});
    long[] products = new long[4];
    for (int i = 0; i < 4; i++) {
      products[i] = s.product("Part " + i, "PART-" + i, 1.0, 10, null, null);
    }
    long picking =
        s.delivery("base.be", List.of(products[0], products[1], products[2], products[3]));
    List<Long> packages = s.packEachLine(picking, null, 1.0);
    s.shipping.shopRates(picking);
    s.swiftpost.loseResponseOfCreate(3).failNextLookups(1);

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierOutcomeUnknownException.class)
        .hasMessageContaining("/" + s.pack(packages.get(2)).string("name").orElseThrow());

    // two labels recorded, the third bought at the carrier but unknown here, the fourth not tried
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(3);
    assertThat(s.attachments(picking)).hasSize(2);
    assertThat(s.pack(packages.get(0)).string(CarrierScenario.PACKAGE_TRACKING)).isPresent();
    assertThat(s.pack(packages.get(2)).string(CarrierScenario.PACKAGE_TRACKING)).isEmpty();
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("Labels bought for 2 of 4 parcels"));

    // a naive retry cannot buy the third again, and adds nothing to the chatter
    int notes = s.chatter(picking).size();
    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(3);
    assertThat(s.chatter(picking)).hasSize(notes);
    assertThat(s.chatter(picking).stream().filter(m -> m.contains("[label outcome unknown]")))
        .hasSize(1);

    List<Reconciliation> settled = s.shipping.reconcileUnknownOutcomes();
    assertThat(settled)
        .singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(Reconciliation.Outcome.COMPLETED));
    assertThat(s.pack(packages.get(2)).string(CarrierScenario.PACKAGE_TRACKING)).isPresent();

    LabelResult complete = s.shipping.buyLabel(picking);

    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(4);
    assertThat(complete.shipments()).hasSize(4);
    assertThat(complete.trackingNumbers()).doesNotHaveDuplicates().hasSize(4);
    for (long pkg : packages) {
      assertThat(s.pack(pkg).string(CarrierScenario.PACKAGE_TRACKING)).isPresent();
    }
    assertThat(s.picking(picking).string("carrier_tracking_ref"))
        .contains(String.join(",", complete.trackingNumbers()));
    assertThat(s.attachments(picking)).hasSize(4);
    assertThat(s.shipping.buyLabel(picking).replayed()).isTrue();
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(4);
  }

  @Test
  void aPartlyBoughtMultiPackageLabelIsRecordedAndCanBeVoidedParcelByParcel() {
    s = new CarrierScenario(b -> b.oneParcelPerShipment(true), b -> b, sc -> {});
    long a = s.product("Part A", "PA", 1.0, 10, null, null);
    long b = s.product("Part B", "PB", 1.0, 10, null, null);
    long c = s.product("Part C", "PC", 1.0, 10, null, null);
    long picking = s.delivery("base.be", List.of(a, b, c));
    s.packEachLine(picking, null, 1.0);
    s.shipping.shopRates(picking);
    s.swiftpost.rejectCreate(3);

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CarrierRequestRejectedException.class);
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(2);
    assertThat(s.attachments(picking)).hasSize(2);
    assertThat(s.picking(picking).string("carrier_tracking_ref")).isPresent();

    VoidResult voided = s.shipping.voidLabel(picking);

    assertThat(voided.shipments()).hasSize(2);
    assertThat(voided.shipments())
        .allSatisfy(sh -> assertThat(s.swiftpost.isCancelled(sh.shipmentId())).isTrue());
    assertThat(s.picking(picking).string("carrier_tracking_ref")).isEmpty();

    LabelResult fresh = s.shipping.buyLabel(picking);

    assertThat(fresh.shipments()).hasSize(3);
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(5);
  }

  @Test
  void theCarriersDimensionalDivisorPricesALargeLightPackageByItsVolume() {
    s = new CarrierScenario(b -> b.dimensionalDivisor("5000"), b -> b, sc -> {});
    long pillow = s.product("Pillow", "PILLOW", 0.4, 25, null, null);
    long picking = s.delivery("base.be", List.of(pillow));
    long box = s.packageType("BOX-L", 400, 300, 200); // 24 000 cm3 / 5000 = 4.8 kg
    s.packEachLine(picking, box, 1.0);
    s.shipping.shopRates(picking, RateSelectionRule.preferredCarrier("swiftpost"));

    LabelResult label = s.shipping.buyLabel(picking);

    assertThat(label.packages().get(0).billableWeight()).isEqualTo(Weight.kilograms("4.8"));
    // ECO: 4.00 + 0.50 x 4.8 kg
    assertThat(label.shipment().charged().amount()).isEqualByComparingTo("6.40");
    assertThat(s.swiftpost.createRequests().get(0).parcels().get(0).dimensions()).isNotNull();
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("billed as 4.8 kg"));
  }
}
