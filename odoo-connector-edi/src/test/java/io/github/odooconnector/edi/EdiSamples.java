package io.github.odooconnector.edi;

import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Gtin;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Partners, documents and sample files shared by the EDI specifications. */
final class EdiSamples {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T14:05:00Z"), ZoneOffset.UTC);

  private EdiSamples() {}

  /** Our X12 partner: a supplier that sends 856/810/855 and receives 850. */
  static TradingPartner x12Supplier() {
    return TradingPartner.builder("acme-supply", EdiStandard.X12)
        .partnerId("ZZ", "ACMESUPPLY")
        .ourId("ZZ", "ODOODIST")
        .build();
  }

  /** Our X12 warehouse (3PL) partner for 940/945/943/944/846. */
  static TradingPartner x12Warehouse() {
    return TradingPartner.builder("north-3pl", EdiStandard.X12)
        .partnerId("01", "123456789")
        .ourId("ZZ", "ODOODIST")
        .build();
  }

  /** Our EDIFACT partner, identified by GLN. */
  static TradingPartner edifactSupplier() {
    return TradingPartner.builder("euro-supply", EdiStandard.EDIFACT)
        .partnerId("14", "4012345000009")
        .ourId("14", "4098765000002")
        .build();
  }

  static Party supplier() {
    return Party.builder("Acme Supply Ltd")
        .partyId("ACME-01")
        .address(
            Address.builder()
                .street1("1 Industrial Way")
                .street2("Unit 4")
                .city("Leeds")
                .postalCode("LS1 4AP")
                .countryCode("GB")
                .build())
        .email("edi@acme.example")
        .phone("+44 113 555 0100")
        .build();
  }

  /** Two pallets, the first holding two cartons; line 1 spread over both cartons, line 2 loose. */
  static PackedShipNotice packedNotice() {
    AdvanceShipNotice notice =
        AdvanceShipNotice.builder()
            .asnId("ASN-2026-0042")
            .purchaseOrderRef("P00017")
            .supplier(supplier())
            .destination(LocationRef.of("WH", "WH/Input"))
            .expectedArrival(Instant.parse("2026-12-02T09:30:00Z"))
            .carrierService(CarrierService.of("DHLF", "Road freight"))
            .addTrackingNumber("JJD000390007784")
            .addLine(
                AsnLine.builder()
                    .lineId("1")
                    .sku(Sku.of("FURN-0001"))
                    .gtin(Gtin.of("4006381333931"))
                    .expectedQuantity(Quantity.of(30, UnitOfMeasure.EA))
                    .lotNumber("LOT-A")
                    .expiryDate(LocalDate.parse("2028-01-31"))
                    .purchaseOrderLineRef("10")
                    .build())
            .addLine(
                AsnLine.builder()
                    .lineId("2")
                    .sku(Sku.of("FURN-0002"))
                    .expectedQuantity(Quantity.of(12, UnitOfMeasure.EA))
                    .build())
            .addLine(
                AsnLine.builder()
                    .lineId("3")
                    .sku(Sku.of("BOLT-M8"))
                    .expectedQuantity(Quantity.of("2.5", UnitOfMeasure.KGM))
                    .build())
            .build();
    HandlingUnit pallet1 =
        HandlingUnit.builder()
            .unitId("106141411234567897")
            .type(HandlingUnitType.PALLET)
            .sscc(Sscc.of("106141411234567897"))
            .grossWeight(Weight.kilograms("182.5"))
            .build();
    HandlingUnit carton1 =
        HandlingUnit.builder()
            .unitId("CTN-1")
            .parentUnitId("106141411234567897")
            .type(HandlingUnitType.CARTON)
            .sscc(Sscc.fromDataDigits("10614141123456790"))
            .addItem(PackedItem.of("1", Quantity.of(20, UnitOfMeasure.EA)))
            .build();
    HandlingUnit carton2 =
        HandlingUnit.builder()
            .unitId("CTN-2")
            .parentUnitId("106141411234567897")
            .type(HandlingUnitType.CARTON)
            .addItem(PackedItem.of("1", Quantity.of(10, UnitOfMeasure.EA)))
            .addItem(PackedItem.of("2", Quantity.of(4, UnitOfMeasure.EA)))
            .build();
    HandlingUnit pallet2 =
        HandlingUnit.builder()
            .unitId("PAL-2")
            .type(HandlingUnitType.PALLET)
            .addItem(PackedItem.of("2", Quantity.of(8, UnitOfMeasure.EA)))
            .build();
    return PackedShipNotice.of(notice, List.of(pallet1, carton1, carton2, pallet2));
  }

  static String resource(String name) {
    try (InputStream in = EdiSamples.class.getResourceAsStream("/edi/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /edi/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
