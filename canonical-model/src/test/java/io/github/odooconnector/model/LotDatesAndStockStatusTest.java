package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lot dates on every line and stock status buckets on stock levels: the JSON form of documents
 * written before they existed still reads (and writes) the same, and the new properties have stable
 * names.
 */
class LotDatesAndStockStatusTest {

  private static final Sku SKU = new Sku("E-COM01");

  @Test
  void aStockLevelWrittenBeforeBucketsExistedReadsAsAvailableWithoutDates() {
    StockLevel level =
        CanonicalJson.fromJson(
            "{\"sku\":\"E-COM01\",\"location\":{\"warehouse\":\"WH\"},\"lotNumber\":\"L-1\","
                + "\"onHand\":{\"value\":5,\"unit\":\"C62\"}}",
            StockLevel.class);

    assertThat(level.optionalStatus()).isEmpty();
    assertThat(level.statusOrAvailable()).isEqualTo(StockStatus.AVAILABLE);
    assertThat(level.optionalExpiryDate()).isEmpty();
    assertThat(CanonicalJson.toJson(level))
        .as("no new property appears when it is not set")
        .doesNotContain("status", "Date");
  }

  @Test
  void bucketsAndDatesHaveStableJsonNames() {
    StockLevel level =
        StockLevel.builder()
            .sku(SKU)
            .location(LocationRef.of("WH", "Stock"))
            .lotNumber("L-1")
            .onHand(Quantity.pieces(5))
            .status(StockStatus.IN_TRANSIT)
            .expiryDate(LocalDate.parse("2027-01-31"))
            .bestBeforeDate(LocalDate.parse("2026-12-31"))
            .productionDate(LocalDate.parse("2026-10-01"))
            .build();

    String json = CanonicalJson.toJson(level);

    assertThat(json)
        .contains(
            "\"status\":\"in_transit\"",
            "\"expiryDate\":\"2027-01-31\"",
            "\"bestBeforeDate\":\"2026-12-31\"",
            "\"productionDate\":\"2026-10-01\"");
    assertThat(CanonicalJson.fromJson(json, StockLevel.class)).isEqualTo(level);
    assertThat(StockStatus.QUARANTINE.isSellable()).isFalse();
    assertThat(StockStatus.ALLOCATED.isSellable()).isTrue();
  }

  @Test
  void anUnknownBucketIsRefusedRatherThanCountedAsAvailable() {
    assertThatThrownBy(
            () ->
                CanonicalJson.fromJson(
                    "{\"sku\":\"E-COM01\",\"location\":{\"warehouse\":\"WH\"},"
                        + "\"onHand\":{\"value\":5,\"unit\":\"C62\"},\"status\":\"frozen\"}",
                    StockLevel.class))
        .isInstanceOf(CanonicalModelException.class)
        .hasMessageContaining("frozen");
  }

  @Test
  void everyLineKindCarriesLotAndDatesAndTheFormerConstructorsLeaveThemEmpty() {
    LocalDate expiry = LocalDate.parse("2027-01-31");
    ShipmentLine shipped =
        ShipmentLine.builder()
            .sku(SKU)
            .quantity(Quantity.pieces(2))
            .lotNumber("L-1")
            .expiryDate(expiry)
            .build();
    ReturnLine returned =
        new ReturnLine(
            null,
            SKU,
            Quantity.pieces(1),
            ReturnReason.DAMAGED,
            List.of(),
            null,
            "L-1",
            expiry,
            null,
            null);
    InventoryMovement adjusted =
        Samples.movement().toBuilder().expiryDate(expiry).bestBeforeDate(null).build();

    assertThat(CanonicalJson.fromJson(CanonicalJson.toJson(shipped), ShipmentLine.class))
        .isEqualTo(shipped);
    assertThat(CanonicalJson.fromJson(CanonicalJson.toJson(returned), ReturnLine.class))
        .isEqualTo(returned);
    assertThat(returned.optionalLotNumber()).contains("L-1");
    assertThat(adjusted.optionalExpiryDate()).contains(expiry);
    assertThat(
            new ShipmentLine(null, SKU, Quantity.pieces(1), "L-1", List.of(), null)
                .optionalExpiryDate())
        .isEmpty();
    assertThat(
            new ReceiptLine(null, SKU, null, Quantity.pieces(1), "L-1", List.of(), expiry)
                .optionalBestBeforeDate())
        .isEmpty();
  }
}
