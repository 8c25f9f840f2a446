package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.UnitOfMeasure;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Parses partner files written by hand the way partners send them (not by this module). */
class SampleFileTest {
  private final EdiTranslator translator =
      EdiTranslator.builder().controlNumbers(InMemoryControlNumberSource.create()).build();

  @Test
  void aSuppliers856WithTwoCartonsOnAPalletAndALooseLineIsRead() {
    ReceivedInterchange in =
        translator.read(EdiSamples.x12Supplier(), EdiSamples.resource("856-acme.x12"));

    PackedShipNotice asn = in.documents(PackedShipNotice.class).get(0);
    assertThat(in.header().controlNumber()).isEqualTo("000004711");
    assertThat(asn.notice().asnId()).isEqualTo("SN-88231");
    assertThat(asn.notice().optionalPurchaseOrderRef()).contains("P00042");
    assertThat(asn.notice().expectedArrival()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
    assertThat(asn.notice().trackingNumbers()).containsExactly("PRO-772310045");
    assertThat(asn.notice().lines())
        .extracting(AsnLine::lineId, AsnLine::expectedQuantity)
        .containsExactly(
            tuple("1", Quantity.of(48, UnitOfMeasure.EA)),
            tuple("2", Quantity.of(5, UnitOfMeasure.KGM)));
    assertThat(asn.handlingUnits())
        .extracting(HandlingUnit::unitId, HandlingUnit::type, HandlingUnit::parentUnitId)
        .containsExactly(
            tuple("106141411234567897", HandlingUnitType.PALLET, null),
            tuple("106141411234567903", HandlingUnitType.CARTON, "106141411234567897"),
            tuple("106141411234567910", HandlingUnitType.CARTON, "106141411234567897"));
    assertThat(asn.handlingUnits().get(1).contents())
        .containsExactly(PackedItem.of("1", Quantity.of(24, UnitOfMeasure.EA)));
  }

  @Test
  void aSuppliersDespatchAdviceWithAPalletACartonAndALooseLineIsRead() {
    ReceivedInterchange in =
        translator.read(EdiSamples.edifactSupplier(), EdiSamples.resource("DESADV-euro.edi"));

    PackedShipNotice asn = in.documents(PackedShipNotice.class).get(0);
    assertThat(asn.notice().asnId()).isEqualTo("DES-2026-1187");
    assertThat(asn.notice().destination().optionalBin()).contains("WH2/Dock 3");
    assertThat(asn.notice().supplier().name()).isEqualTo("Euro Supply GmbH");
    assertThat(asn.notice().lines().get(0).optionalLotNumber()).contains("B-7781");
    assertThat(asn.notice().lines().get(0).optionalPurchaseOrderLineRef()).contains("10");
    assertThat(asn.handlingUnits()).hasSize(2);
    assertThat(asn.handlingUnits().get(0).grossWeight().value()).isEqualByComparingTo("310.5");
    assertThat(asn.handlingUnits().get(1).contents())
        .containsExactly(PackedItem.of("1", Quantity.of(36, UnitOfMeasure.EA)));
  }
}
