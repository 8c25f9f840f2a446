package io.github.odooconnector.wms.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.InventoryMovement;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST reference adapter carries lots, serial numbers, lot dates and stock status buckets on
 * every line it reads: inventory pages, shipments, pick confirmations, receipts, returns and
 * adjustments.
 */
class RestWmsLotsAndStatusTest {

  private MockWebServer server;
  private WmsAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    adapter =
        RestWmsAdapter.builder(server.url("/api").toString())
            .name("acme")
            .bearerToken("tok")
            .eventsPath("/events")
            .timeout(Duration.ofSeconds(5))
            .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<BusinessEvent<?>> translate(String type, String payload) {
    String body =
        "{\"eventId\":\"e1\",\"type\":\""
            + type
            + "\",\"occurredAt\":\"2026-11-27T06:00:00Z\",\"payload\":"
            + payload
            + "}";
    return adapter.translate(
        new WmsMessage("e1", Instant.EPOCH, body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void inventoryLevelsCarryTheirStatusBucketLotAndDates() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(
                "{\"snapshotId\":\"S1\",\"takenAt\":\"2026-11-27T05:00:00Z\",\"levels\":["
                    + "{\"sku\":\"E-COM01\",\"location\":{\"warehouse\":\"WH\",\"bin\":\"Stock\"},"
                    + "\"lotNumber\":\"L-1\",\"onHand\":{\"value\":5,\"unit\":\"C62\"},"
                    + "\"status\":\"quarantine\",\"expiryDate\":\"2027-01-31\","
                    + "\"bestBeforeDate\":\"2026-12-31\",\"productionDate\":\"2026-10-01\"},"
                    + "{\"sku\":\"E-COM01\",\"location\":{\"warehouse\":\"WH\",\"bin\":\"Stock\"},"
                    + "\"onHand\":{\"value\":7,\"unit\":\"C62\"}}],\"nextCursor\":null}")
            .build());

    InventoryPage page = adapter.fetchInventory(InventoryPageRequest.first("WH", 10));

    StockLevel held = page.levels().get(0);
    assertThat(held.status()).isEqualTo(StockStatus.QUARANTINE);
    assertThat(held.lotNumber()).isEqualTo("L-1");
    assertThat(held.expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
    assertThat(held.bestBeforeDate()).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(held.productionDate()).isEqualTo(LocalDate.parse("2026-10-01"));
    StockLevel plain = page.levels().get(1);
    assertThat(plain.optionalStatus()).as("a level without status").isEmpty();
    assertThat(plain.statusOrAvailable()).isEqualTo(StockStatus.AVAILABLE);
  }

  @Test
  void anUnknownStatusBucketIsAnInvalidMessageNamingIt() {
    assertThatThrownBy(
            () ->
                translate(
                    "inventory.snapshot_taken",
                    "{\"snapshotId\":\"C1\",\"warehouse\":\"WH\",\"takenAt\":"
                        + "\"2026-11-27T05:00:00Z\",\"complete\":false,\"levels\":[{\"sku\":"
                        + "\"E-COM01\",\"location\":{\"warehouse\":\"WH\"},\"onHand\":"
                        + "{\"value\":1,\"unit\":\"C62\"},\"status\":\"frozen\"}]}"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("frozen");
  }

  @Test
  void shippedLinesCarryTheLotDates() {
    List<BusinessEvent<?>> events =
        translate(
            "shipment.dispatched",
            "{\"shipmentId\":\"SHP-1\",\"fulfillmentOrderRef\":\"WH/OUT/00042\","
                + "\"carrierService\":{\"carrier\":\"Standard delivery\"},"
                + "\"lines\":[{\"sku\":\"E-COM01\",\"quantity\":{\"value\":2,\"unit\":\"C62\"},"
                + "\"lotNumber\":\"L-1\",\"expiryDate\":\"2027-01-31\","
                + "\"bestBeforeDate\":\"2026-12-31\",\"productionDate\":\"2026-10-01\"}],"
                + "\"shippedAt\":\"2026-11-27T06:00:00Z\"}");

    ShipmentLine line = ((Shipment) events.get(0).payload()).lines().get(0);
    assertThat(line.lotNumber()).isEqualTo("L-1");
    assertThat(line.expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
    assertThat(line.bestBeforeDate()).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(line.productionDate()).isEqualTo(LocalDate.parse("2026-10-01"));
  }

  @Test
  void pickedLinesCarryTheLotDates() {
    List<BusinessEvent<?>> events =
        translate(
            "pick.completed",
            "{\"fulfillmentOrderId\":\"WH/OUT/00042\",\"completedAt\":\"2026-11-27T06:00:00Z\","
                + "\"lines\":[{\"lineId\":\"18\",\"orderedSku\":\"E-COM01\",\"orderedQuantity\":"
                + "{\"value\":2,\"unit\":\"C62\"},\"pickedSku\":\"E-COM01\",\"pickedQuantity\":"
                + "{\"value\":2,\"unit\":\"C62\"},\"lotNumber\":\"L-1\",\"serialNumbers\":[],"
                + "\"expiryDate\":\"2027-01-31\"}]}");

    PickConfirmation pick = (PickConfirmation) events.get(0).payload();
    assertThat(pick.lines().get(0).expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
    assertThat(pick.lines().get(0).bestBeforeDate()).isNull();
  }

  @Test
  void receiptsReturnsAndAdjustmentsCarryLotsAndDates() {
    Receipt receipt =
        (Receipt)
            translate(
                    "goods.received",
                    "{\"receiptId\":\"R1\",\"asnRef\":\"WH/IN/00001\",\"location\":"
                        + "{\"warehouse\":\"WH\"},\"receivedAt\":\"2026-11-27T06:00:00Z\","
                        + "\"lines\":[{\"sku\":\"E-COM01\",\"receivedQuantity\":{\"value\":3,"
                        + "\"unit\":\"C62\"},\"lotNumber\":\"L-9\",\"expiryDate\":\"2027-01-31\","
                        + "\"bestBeforeDate\":\"2026-12-31\",\"productionDate\":\"2026-10-01\"}]}")
                .get(0)
                .payload();
    assertThat(receipt.lines().get(0).bestBeforeDate()).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(receipt.lines().get(0).productionDate()).isEqualTo(LocalDate.parse("2026-10-01"));

    ReturnAuthorization rma =
        (ReturnAuthorization)
            translate(
                    "return.received",
                    "{\"rmaId\":\"RMA-1\",\"orderRef\":\"WH/OUT/00042\",\"customer\":{\"name\":"
                        + "\"Acme\"},\"returnTo\":{\"warehouse\":\"WH\"},\"authorizedAt\":"
                        + "\"2026-11-27T06:00:00Z\",\"lines\":[{\"sku\":\"E-COM01\",\"quantity\":"
                        + "{\"value\":1,\"unit\":\"C62\"},\"reason\":\"damaged\",\"lotNumber\":"
                        + "\"L-9\",\"expiryDate\":\"2027-01-31\"}]}")
                .get(0)
                .payload();
    assertThat(rma.lines().get(0).lotNumber()).isEqualTo("L-9");
    assertThat(rma.lines().get(0).expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));

    InventoryMovement adjusted =
        (InventoryMovement)
            translate(
                    "inventory.adjusted",
                    "{\"movementId\":\"M1\",\"sku\":\"E-COM01\",\"quantity\":{\"value\":1,"
                        + "\"unit\":\"C62\"},\"from\":{\"warehouse\":\"WH\"},\"reason\":"
                        + "\"adjustment\",\"lotNumber\":\"L-9\",\"expiryDate\":\"2027-01-31\","
                        + "\"occurredAt\":\"2026-11-27T06:00:00Z\"}")
                .get(0)
                .payload();
    assertThat(adjusted.lotNumber()).isEqualTo("L-9");
    assertThat(adjusted.expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
    assertThat(adjusted.quantity()).isEqualTo(Quantity.pieces(1));
    assertThat(adjusted.sku()).isEqualTo(new Sku("E-COM01"));
  }
}
