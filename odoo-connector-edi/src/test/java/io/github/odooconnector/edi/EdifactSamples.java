package io.github.odooconnector.edi;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** EDIFACT documents and partners shared by the EDIFACT specifications. */
final class EdifactSamples {
  private EdifactSamples() {}

  static EdiTranslator translator() {
    return EdiTranslator.builder()
        .controlNumbers(InMemoryControlNumberSource.create())
        .clock(EdiSamples.CLOCK)
        .build();
  }

  /** The partner's view of us: ids swapped, every other option (codes, separators) the same. */
  static TradingPartner mirrored(TradingPartner p) {
    return TradingPartner.builder(p.name(), p.standard())
        .partnerId(p.ourQualifier(), p.ourId())
        .ourId(p.partnerQualifier(), p.partnerId())
        .version(p.version())
        .syntax(p.syntax())
        .delimiters(p.delimiters())
        .test(p.test())
        .edifactCodes(p.edifactCodes())
        .build();
  }

  /** Writes a document for a partner and reads it back as that partner would receive it. */
  static Object roundTrip(EdiTranslator translator, TradingPartner partner, EdiDocument document) {
    OutboundInterchange out = translator.write(partner, document);
    ReceivedInterchange in = translator.read(mirrored(partner), out.content());
    if (in.documents().size() != 1
        || in.documents().get(0).document().transaction() != document.transaction()) {
      throw new AssertionError("expected one " + document.transaction() + ": " + in.documents());
    }
    return in.documents().get(0).document().content();
  }

  /** An answer with one line of each kind: changed, backordered, rejected, accepted. */
  static PurchaseOrderAcknowledgement response() {
    return PurchaseOrderAcknowledgement.builder()
        .acknowledgementId("RSP-2026-311")
        .purchaseOrderRef("P00017")
        .status(AcknowledgementStatus.ACCEPTED_WITH_CHANGES)
        .acknowledgedOn(LocalDate.parse("2026-11-30"))
        .supplier(EdiSamples.supplier())
        .notes("Desks discontinued; chairs partly before Christmas")
        .addLine(
            AcknowledgementLine.builder()
                .lineId("10")
                .sku(Sku.of("FURN-0001"))
                .status(LineAcknowledgementStatus.CHANGED)
                .quantity(Quantity.of(24, UnitOfMeasure.EA))
                .unitPrice(Money.of("43.00", "EUR"))
                .promisedDate(LocalDate.parse("2026-12-09"))
                .build())
        .addLine(
            AcknowledgementLine.builder()
                .lineId("20")
                .sku(Sku.of("BOLT-M8"))
                .status(LineAcknowledgementStatus.BACKORDERED)
                .quantity(Quantity.of("2.5", UnitOfMeasure.KGM))
                .promisedDate(LocalDate.parse("2027-01-15"))
                .build())
        .addLine(
            AcknowledgementLine.of(
                "line-30-desk-oak", Sku.of("DESK-01"), LineAcknowledgementStatus.REJECTED))
        .addLine(
            AcknowledgementLine.of("40", Sku.of("LAMP-02"), LineAcknowledgementStatus.ACCEPTED))
        .build();
  }

  /** A 3PL's stock: every status bucket, lots with dates, a bin, reserved stock. */
  static InventorySnapshot snapshot() {
    Sku chair = Sku.of("FURN-0001");
    LocationRef shelf = LocationRef.of("WH2", "WH2/A-01-03");
    return new InventorySnapshot(
        "INV-2026-1130",
        "WH2",
        Instant.parse("2026-11-30T22:00:00Z"),
        true,
        List.of(
            StockLevel.builder()
                .sku(chair)
                .location(shelf)
                .lotNumber("B-7781")
                .onHand(Quantity.of(120, UnitOfMeasure.EA))
                .reserved(Quantity.of(20, UnitOfMeasure.EA))
                .status(StockStatus.AVAILABLE)
                .expiryDate(LocalDate.parse("2029-06-30"))
                .bestBeforeDate(LocalDate.parse("2029-03-31"))
                .productionDate(LocalDate.parse("2026-06-30"))
                .build(),
            StockLevel.builder()
                .sku(chair)
                .location(LocationRef.of("WH2", "WH2/QC"))
                .lotNumber("B-7790")
                .onHand(Quantity.of(6, UnitOfMeasure.EA))
                .status(StockStatus.QUARANTINE)
                .build(),
            StockLevel.builder()
                .sku(chair)
                .location(LocationRef.of("WH2"))
                .onHand(Quantity.of(2, UnitOfMeasure.EA))
                .status(StockStatus.DAMAGED)
                .build(),
            StockLevel.builder()
                .sku(Sku.of("BOLT-M8"))
                .location(LocationRef.of("WH2"))
                .onHand(Quantity.of("12.5", UnitOfMeasure.KGM))
                .status(StockStatus.IN_TRANSIT)
                .build(),
            StockLevel.builder()
                .sku(Sku.of("LAMP-02"))
                .location(shelf)
                .onHand(Quantity.of(40, UnitOfMeasure.EA))
                .reserved(Quantity.of(40, UnitOfMeasure.EA))
                .status(StockStatus.ALLOCATED)
                .build()));
  }
}
