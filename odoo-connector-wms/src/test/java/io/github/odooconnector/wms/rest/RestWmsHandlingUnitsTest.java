package io.github.odooconnector.wms.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST reference adapter carries handling units both ways: ASNs are posted with their pallets,
 * cartons and SSCCs, and receipts and ship confirmations are read with theirs; an SSCC with a wrong
 * check digit is an invalid message naming the field.
 */
class RestWmsHandlingUnitsTest {

  private static final Sscc PALLET = Sscc.fromDataDigits("03761234500000001");
  private static final Sscc CARTON = Sscc.fromDataDigits("03761234500000002");

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

  private static String units(String lineId) {
    return "\"handlingUnits\":[{\"unitId\":\"P\",\"type\":\"PALLET\",\"sscc\":\""
        + PALLET.value()
        + "\"},{\"unitId\":\"C\",\"parentUnitId\":\"P\",\"type\":\"CARTON\",\"sscc\":\""
        + CARTON.value()
        + "\",\"contents\":[{\"lineId\":\""
        + lineId
        + "\",\"quantity\":{\"value\":4,\"unit\":\"C62\"}}]}]";
  }

  @Test
  void theAdapterDeclaresHandlingUnits() {
    assertThat(adapter.capabilities().supports(WmsFeature.HANDLING_UNITS)).isTrue();
  }

  @Test
  void anAsnIsPostedWithItsPalletCartonAndSsccs() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).body("{}").build());
    AdvanceShipNotice asn =
        AdvanceShipNotice.builder()
            .asnId("WH/IN/00007")
            .supplier(Party.of("Supplier", Address.of("1 Road", "Town", "12345", "US")))
            .destination(LocationRef.of("WH"))
            .addLine(AsnLine.of("41", Sku.of("FURN_0003"), Quantity.pieces(4)))
            .addHandlingUnit(
                HandlingUnit.builder()
                    .unitId("P")
                    .type(HandlingUnitType.PALLET)
                    .sscc(PALLET)
                    .build())
            .addHandlingUnit(
                HandlingUnit.builder()
                    .unitId("C")
                    .parentUnitId("P")
                    .type(HandlingUnitType.CARTON)
                    .sscc(CARTON)
                    .addItem(PackedItem.of("41", Quantity.pieces(4)))
                    .build())
            .build();

    adapter.sendAdvanceShipNotice(asn, "wms:acme:asn:7");

    RecordedRequest request = server.takeRequest();
    assertThat(CanonicalJson.fromJson(request.getBody().utf8(), AdvanceShipNotice.class))
        .isEqualTo(asn);
  }

  @Test
  void receiptsAndShipmentsAreReadWithTheirUnits() {
    Receipt receipt =
        (Receipt)
            translate(
                    "goods.received",
                    "{\"receiptId\":\"R1\",\"asnRef\":\"WH/IN/00007\",\"location\":{\"warehouse\":"
                        + "\"WH\"},\"receivedAt\":\"2026-11-27T06:00:00Z\",\"lines\":[{\"lineId\":"
                        + "\"41\",\"sku\":\"FURN_0003\",\"receivedQuantity\":{\"value\":4,\"unit\":"
                        + "\"C62\"}}],"
                        + units("41")
                        + "}")
                .get(0)
                .payload();
    Shipment shipment =
        (Shipment)
            translate(
                    "shipment.dispatched",
                    "{\"shipmentId\":\"S1\",\"fulfillmentOrderRef\":\"WH/OUT/00001\","
                        + "\"carrierService\":{\"carrier\":\"dhl\"},\"lines\":[{\"orderLineRef\":"
                        + "\"12\",\"sku\":\"FURN_0003\",\"quantity\":"
                        + "{\"value\":4,\"unit\":\"C62\"}}],"
                        + "\"shippedAt\":\"2026-11-27T06:00:00Z\","
                        + units("12")
                        + "}")
                .get(0)
                .payload();

    assertThat(receipt.handlingUnits())
        .extracting(HandlingUnit::sscc, HandlingUnit::optionalParentUnitId)
        .containsExactly(tuple(PALLET, Optional.empty()), tuple(CARTON, Optional.of("P")));
    assertThat(shipment.handlingUnits().get(1).contents())
        .containsExactly(PackedItem.of("12", Quantity.pieces(4)));
  }

  @Test
  void anSsccWithAWrongCheckDigitIsAnInvalidMessageNamingIt() {
    String wrong = PALLET.value().substring(0, 17) + (PALLET.value().endsWith("9") ? "0" : "9");
    assertThatThrownBy(
            () ->
                translate(
                    "goods.received",
                    "{\"receiptId\":\"R1\",\"location\":{\"warehouse\":\"WH\"},\"receivedAt\":"
                        + "\"2026-11-27T06:00:00Z\",\"lines\":[{\"lineId\":\"41\",\"sku\":"
                        + "\"FURN_0003\",\"receivedQuantity\":{\"value\":4,\"unit\":\"C62\"}}],"
                        + units("41").replace(PALLET.value(), wrong)
                        + "}"))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("handlingUnits[0].sscc");
  }
}
