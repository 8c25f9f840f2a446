package io.github.odooconnector.model;

import static io.github.odooconnector.model.Samples.SKU;
import static io.github.odooconnector.model.UnitOfMeasure.EA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentBehaviourTest {

  @Test
  void listsAreDefensivelyCopiedAndUnmodifiable() {
    List<ShipmentLine> lines =
        new ArrayList<>(List.of(ShipmentLine.of(null, SKU, Quantity.pieces(1))));
    Shipment s =
        new Shipment(
            "S", null, null, CarrierService.of("dhl"), null, null, lines, null, null, Samples.T0);
    lines.add(ShipmentLine.of(null, SKU, Quantity.pieces(2)));
    assertThat(s.lines()).hasSize(1);
    assertThat(s.parcels()).isEmpty();
    assertThat(s.trackingNumbers()).isEmpty();
    assertThatThrownBy(() -> s.lines().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Samples.shipment().parcels().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderProducesIndependentInstancesAndToBuilderCopies() {
    Shipment.Builder b = Samples.shipment().toBuilder();
    Shipment first = b.build();
    Shipment second = b.addTrackingNumber("JJD0002").build();
    assertThat(first.trackingNumbers()).containsExactly("JJD0001");
    assertThat(second.trackingNumbers()).containsExactly("JJD0001", "JJD0002");
    assertThat(Samples.shipment().toBuilder().build()).isEqualTo(Samples.shipment());
    assertThatThrownBy(() -> b.addLine(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shipmentFindsParcelsAndTheirLines() {
    Shipment s = Samples.shipment();
    assertThat(s.parcel("PACK0001")).contains(Samples.parcel());
    assertThat(s.parcel("nope")).isEmpty();
    assertThat(s.linesInParcel("PACK0001")).hasSize(1);
    assertThat(s.linesInParcel("nope")).isEmpty();
  }

  @Test
  void receiptDerivesShortagesOveragesAndUnexpectedItems() {
    Receipt r =
        Receipt.builder()
            .receiptId("R")
            .location(LocationRef.of("WH"))
            .receivedAt(Samples.T0)
            .addLine(ReceiptLine.of("1", SKU, Quantity.of(20, EA), Quantity.of(18, EA)))
            .addLine(
                ReceiptLine.of(
                    "2", Sku.of("B"), Quantity.of(5, EA), Quantity.of(5, UnitOfMeasure.C62)))
            .addLine(
                ReceiptLine.of(
                    "3", Sku.of("C"), Quantity.of(1, UnitOfMeasure.DZN), Quantity.of(13, EA)))
            .addLine(ReceiptLine.of("4", Sku.of("D"), null, Quantity.of(2, EA)))
            .build();
    assertThat(r.quantityDiscrepancies())
        .extracting(d -> d.lineId() + ":" + d.type())
        .containsExactly("1:SHORTAGE", "3:OVERAGE", "4:UNEXPECTED_ITEM");
    assertThat(r.lines().get(0).variance()).contains(Quantity.of(-2, EA));
    assertThat(r.lines().get(3).variance()).isEmpty();
  }

  @Test
  void stockLevelAvailableIsOnHandMinusReserved() {
    assertThat(Samples.stockLevel().available()).isEqualTo(Quantity.pieces(6));
    assertThat(StockLevel.of(SKU, LocationRef.of("WH"), Quantity.pieces(3)).available())
        .isEqualTo(Quantity.pieces(3));
  }

  @Test
  void salesOrderShipsToTheCustomerWhenNoShipToIsGiven() {
    SalesOrder so = Samples.salesOrder().toBuilder().shipTo(null).build();
    assertThat(so.effectiveShipTo()).isEqualTo(so.customer());
    assertThat(so.optionalRequestedDeliveryDate()).isPresent();
  }

  @Test
  void defaultsApplyWhenOmitted() {
    FulfillmentOrder fo = Samples.fulfillmentOrder().toBuilder().priority(null).build();
    assertThat(fo.priority()).isEqualTo(OrderPriority.NORMAL);
    assertThat(Samples.purchaseOrder().toBuilder().status(null).build().status())
        .isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void weightsAndDimensionsConvert() {
    assertThat(Weight.kilograms("1").to(UnitOfMeasure.GRM))
        .isEqualTo(Weight.of(new BigDecimal("1000"), UnitOfMeasure.GRM));
    assertThat(Weight.kilograms("1.0")).isEqualTo(Weight.kilograms("1"));
    assertThatThrownBy(() -> Weight.kilograms("1").to(UnitOfMeasure.MTR))
        .isInstanceOf(IncompatibleUnitsException.class);
    Dimensions d = Samples.parcel().dimensions();
    assertThat(d.volumeCubicMetres()).isEqualByComparingTo("0.1488");
    assertThat(d.to(UnitOfMeasure.MMT).length()).isEqualByComparingTo("1200");
    assertThatThrownBy(() -> d.to(UnitOfMeasure.KGM))
        .isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void valueTypesNormalizeAndRender() {
    assertThat(LocationRef.of("WH", " ").bin()).isNull();
    assertThat(LocationRef.of("WH", "A-01").toString()).isEqualTo("WH/A-01");
    assertThat(LocationRef.of("WH").optionalBin()).isEmpty();
    assertThat(new Address("s", null, "c", null, null, " de ").countryCode()).isEqualTo("DE");
    assertThat(Samples.trackingEvent().toBuilder().countryCode("fr").build().countryCode())
        .isEqualTo("FR");
    assertThat(Sku.of(" A-1 ").toString()).isEqualTo("A-1");
    assertThat(Quantity.of("2.50", UnitOfMeasure.KGM).toString()).isEqualTo("2.50 KGM");
    assertThat(Samples.customer().optionalEmail()).contains("erika@example.com");
    assertThat(Party.of("x", null).optionalAddress()).isEmpty();
  }

  @Test
  void partyBuilderValidates() {
    assertThatThrownBy(() -> Party.builder("Acme").email("bad").build())
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(CanonicalViolation::path)
                    .containsExactly("email"));
    assertThat(Party.builder("Acme").email("bad").buildUnvalidated().email()).isEqualTo("bad");
  }

  @Test
  void validationExceptionRequiresAtLeastOneViolationAndKeepsThemImmutable() {
    assertThatThrownBy(() -> new CanonicalValidationException("X", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    CanonicalValidationException e =
        new CanonicalValidationException(
            "X", List.of(new CanonicalViolation("a", null, "must not be null", "NotNull")));
    assertThatThrownBy(() -> e.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(e).hasMessage("invalid X (1 violation): a: must not be null (was null)");
    assertThat(e).isInstanceOf(CanonicalModelException.class);
  }
}
