package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalJsonTest {

  static Stream<Object> everyDocument() {
    return Samples.everyDocument().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDocument")
  void everyDocumentRoundTripsLosslessly(Object document) {
    String json = CanonicalJson.toJson(document);
    Object back = CanonicalJson.fromJson(json, document.getClass());
    assertThat(back).isEqualTo(document);
    assertThat(CanonicalJson.toJson(back)).as("re-serialization is byte-identical").isEqualTo(json);
    byte[] bytes = CanonicalJson.toJsonBytes(document);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(CanonicalJson.fromJson(bytes, document.getClass())).isEqualTo(document);
  }

  @Test
  void businessEventOfShipmentRoundTripsWithItsPayloadType() {
    BusinessEvent<Shipment> event =
        BusinessEvent.of(EventTypes.SHIPMENT_DISPATCHED, "wms:acme", Samples.T0, Samples.shipment())
            .withCorrelationId("S00042")
            .withIdempotencyKey("shipment:SHP-1");
    String json = CanonicalJson.toJson(event);
    BusinessEvent<Shipment> back =
        CanonicalJson.fromJson(json, new TypeReference<BusinessEvent<Shipment>>() {});
    assertThat(back).isEqualTo(event);
    assertThat(back.payload()).isInstanceOf(Shipment.class);
    assertThat(back.payload().parcels().get(0).sscc()).isEqualTo(Samples.SSCC);
    BusinessEvent<Shipment> fromBytes =
        CanonicalJson.fromJson(
            json.getBytes(StandardCharsets.UTF_8), new TypeReference<BusinessEvent<Shipment>>() {});
    assertThat(fromBytes).isEqualTo(event);
  }

  @Test
  void invalidPayloadInsideAnEventIsReportedWithThePayloadPath() throws IOException {
    ObjectNode tree =
        (ObjectNode)
            CanonicalJson.mapper()
                .readTree(
                    CanonicalJson.toJson(
                        BusinessEvent.of(
                            EventTypes.SHIPMENT_DISPATCHED,
                            "wms:acme",
                            Samples.T0,
                            Samples.shipment())));
    ((ObjectNode) tree.get("payload").get("parcels").get(0)).put("sscc", "106141411234567890");
    tree.put("type", "Shipment Dispatched");
    assertThatThrownBy(
            () ->
                CanonicalJson.fromJson(
                    tree.toString(), new TypeReference<BusinessEvent<Shipment>>() {}))
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + "|" + v.constraint())
                    .containsExactly("payload.parcels[0].sscc|ValidSscc", "type|Pattern"))
        .hasMessageStartingWith("invalid BusinessEvent (2 violations)");
  }

  @Test
  void unknownPropertiesAreToleratedAtEveryLevel() throws IOException {
    ObjectNode tree =
        (ObjectNode) CanonicalJson.mapper().readTree(CanonicalJson.toJson(Samples.shipment()));
    tree.put("schemaHint", "v2");
    tree.putObject("futureBlock").put("x", 1).putArray("y").add(1);
    ((ObjectNode) tree.get("parcels").get(0)).put("temperatureControlled", true);
    ((ObjectNode) tree.get("lines").get(0).get("quantity")).put("precision", 3);
    ((ObjectNode) tree.get("shipTo").get("address")).put("geo", "51.34,12.37");
    assertThat(CanonicalJson.fromJson(tree.toString(), Shipment.class))
        .isEqualTo(Samples.shipment());
  }

  @Test
  void unknownTrackingStatusFromANewerProducerIsReadAsUnknown() throws IOException {
    ObjectNode tree =
        (ObjectNode) CanonicalJson.mapper().readTree(CanonicalJson.toJson(Samples.trackingEvent()));
    tree.put("status", "teleported");
    assertThat(CanonicalJson.fromJson(tree.toString(), TrackingEvent.class).status())
        .isEqualTo(TrackingStatus.UNKNOWN);
  }

  @Test
  void invalidDocumentIsRejectedAsAWholeWithEveryViolationListed() {
    String json =
        """
        {
          "shipmentId": " ",
          "carrierService": {"carrier": ""},
          "trackingNumbers": ["JJD1", ""],
          "parcels": [
            {"parcelId": "P1", "sscc": "106141411234567890",
             "weight": {"value": -1, "unit": "KGM"},
             "dimensions": {"length": 10, "width": 0, "height": 5, "unit": "KGM"}}
          ],
          "lines": [
            {"sku": "FURN-0001", "quantity": {"value": 0, "unit": "EA"}, "serialNumbers": [null]},
            {"sku": "", "quantity": {"value": 1}},
            null
          ],
          "shipTo": {"name": "Erika", "email": "nope",
                     "address": {"street1": "Hauptstr. 5", "city": "Leipzig",
                                 "countryCode": "GERMANY"}},
          "futureField": 42
        }
        """;
    assertThatThrownBy(() -> CanonicalJson.fromJson(json, Shipment.class))
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.path() + "|" + v.constraint() + "|" + v.invalidValue())
                  .containsExactly(
                      "carrierService.carrier|NotBlank|",
                      "lines[0].quantity|PositiveQuantity|0 EA",
                      "lines[0].serialNumbers[0]|NotBlank|null",
                      "lines[1].quantity.unit|NotNull|null",
                      "lines[1].sku|ValidSku|",
                      "lines[2]|NotNull|null",
                      "parcels[0].dimensions.unit|UnitOfDimension|KGM",
                      "parcels[0].dimensions.width|Positive|0",
                      "parcels[0].sscc|ValidSscc|106141411234567890",
                      "parcels[0].weight.value|PositiveOrZero|-1",
                      "shipTo.address.countryCode|CountryCode|GERMANY",
                      "shipTo.email|Email|nope",
                      "shipmentId|NotBlank| ",
                      "shippedAt|NotNull|null",
                      "trackingNumbers[1]|NotBlank|");
              assertThat(e.getMessage())
                  .contains("15 violations")
                  .contains("shippedAt: must not be null");
            });
  }

  @Test
  void malformedJsonIsATypedErrorNamingTheLocation() {
    String json = "{\n  \"shipmentId\": \"S1\",\n  \"lines\": [ }\n}";
    assertThatThrownBy(() -> CanonicalJson.fromJson(json, Shipment.class))
        .isInstanceOfSatisfying(
            CanonicalJsonException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isPositive();
              assertThat(e.getMessage())
                  .startsWith("cannot read Shipment from JSON: ")
                  .contains("(line 3, column");
            });
  }

  @Test
  void wrongShapeIsATypedErrorNamingThePropertyPath() {
    String json =
        "{\"shipmentId\":\"S1\",\"lines\":[{\"sku\":\"A\",\"quantity\":"
            + "{\"value\":\"lots\",\"unit\":\"EA\"}}]}";
    assertThatThrownBy(() -> CanonicalJson.fromJson(json, Shipment.class))
        .isInstanceOfSatisfying(
            CanonicalJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("lines[0].quantity.value");
              assertThat(e.propertyPath()).contains("lines[0].quantity.value");
              assertThat(e.getMessage()).contains("at 'lines[0].quantity.value'");
              assertThat(e.line()).isEqualTo(1);
            });
  }

  @Test
  void unknownUnitCodeIsATypedErrorNamingThePropertyPath() {
    String json = "{\"lineId\":\"1\",\"sku\":\"A\",\"quantity\":{\"value\":1,\"unit\":\"BANANA\"}}";
    assertThatThrownBy(() -> CanonicalJson.fromJson(json, OrderLine.class))
        .isInstanceOfSatisfying(
            CanonicalJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("quantity.unit");
              assertThat(e.getMessage()).contains("BANANA");
            });
  }

  @Test
  void unknownEnumValueIsATypedError() {
    String json = CanonicalJson.toJson(Samples.movement()).replace("cycle_count", "stolen");
    assertThatThrownBy(() -> CanonicalJson.fromJson(json, InventoryMovement.class))
        .isInstanceOfSatisfying(
            CanonicalJsonException.class, e -> assertThat(e.path()).isEqualTo("reason"));
  }

  @Test
  void duplicateKeysTrailingGarbageNullAndEmptyInputAreRejected() {
    assertThatThrownBy(
            () ->
                CanonicalJson.fromJson("{\"value\":1,\"value\":2,\"unit\":\"EA\"}", Quantity.class))
        .isInstanceOf(CanonicalJsonException.class)
        .hasMessageContaining("Duplicate field 'value'");
    assertThatThrownBy(
            () -> CanonicalJson.fromJson("{\"value\":1,\"unit\":\"EA\"} {}", Quantity.class))
        .isInstanceOf(CanonicalJsonException.class);
    assertThatThrownBy(() -> CanonicalJson.fromJson("null", Quantity.class))
        .isInstanceOf(CanonicalJsonException.class)
        .hasMessageContaining("the document is null");
    assertThatThrownBy(() -> CanonicalJson.fromJson("", Quantity.class))
        .isInstanceOf(CanonicalJsonException.class);
    assertThatThrownBy(() -> CanonicalJson.fromJson(new byte[] {(byte) 0xff, 0x00}, Quantity.class))
        .isInstanceOf(CanonicalJsonException.class);
  }

  @Test
  void timestampsAreIso8601AndOffsetsAreNormalizedToUtc() {
    String json = CanonicalJson.toJson(Samples.trackingEvent());
    assertThat(json).contains("\"occurredAt\":\"2026-11-27T08:15:30Z\"");
    String withOffset =
        json.replace(
            "\"occurredAt\":\"2026-11-27T08:15:30Z\"",
            "\"occurredAt\":\"2026-11-27T09:15:30.250+01:00\"");
    assertThat(CanonicalJson.fromJson(withOffset, TrackingEvent.class).occurredAt())
        .isEqualTo(Instant.parse("2026-11-27T08:15:30.250Z"));
    assertThat(CanonicalJson.toJson(Samples.salesOrder()))
        .contains("\"requestedDeliveryDate\":\"2026-12-01\"");
  }

  @Test
  void epochNumbersAndOffsetLessTimestampsAreRejectedNotGuessed() {
    String json = CanonicalJson.toJson(Samples.trackingEvent());
    for (String bad :
        List.of(
            "1764231330000",
            "\"1764231330000\"",
            "\"2026-11-27 08:15:30\"",
            "\"2026-11-27T08:15:30\"",
            "\"yesterday\"",
            "[2026,11,27]")) {
      String input =
          json.replace("\"occurredAt\":\"2026-11-27T08:15:30Z\"", "\"occurredAt\":" + bad);
      assertThatThrownBy(() -> CanonicalJson.fromJson(input, TrackingEvent.class))
          .as(bad)
          .isInstanceOfSatisfying(
              CanonicalJsonException.class,
              e -> {
                assertThat(e.path()).isEqualTo("occurredAt");
                assertThat(e.getMessage()).contains("ISO-8601");
              });
    }
    String so = CanonicalJson.toJson(Samples.salesOrder());
    for (String bad : List.of("20261201", "\"01.12.2026\"", "[2026,12,1]")) {
      String input =
          so.replace(
              "\"requestedDeliveryDate\":\"2026-12-01\"", "\"requestedDeliveryDate\":" + bad);
      assertThatThrownBy(() -> CanonicalJson.fromJson(input, SalesOrder.class))
          .as(bad)
          .isInstanceOfSatisfying(
              CanonicalJsonException.class,
              e -> assertThat(e.path()).isEqualTo("requestedDeliveryDate"));
    }
  }

  @Test
  void hostileNumbersAreRejectedCheaplyInsteadOfExhaustingMemory() {
    String json =
        "{\"lineId\":\"1\",\"sku\":\"A\",\"quantity\":{\"value\":-1E+999999999,\"unit\":\"EA\"},"
            + "\"unitPrice\":{\"amount\":1E-999999999,\"currency\":\"EUR\"}}";
    assertThatThrownBy(() -> CanonicalJson.fromJson(json, OrderLine.class))
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.path() + "|" + v.constraint() + "|" + v.invalidValue())
                  .containsExactly(
                      "quantity|PositiveQuantity|-1E+999999999 EA",
                      "quantity.value|Digits|-1E+999999999",
                      "unitPrice.amount|Digits|1E-999999999");
              assertThat(e.getMessage()).hasSizeLessThan(1000);
            });
    Quantity hostile = new Quantity(new BigDecimal("1E+999999999"), UnitOfMeasure.EA);
    assertThat(hostile.hashCode())
        .isEqualTo(new Quantity(new BigDecimal("1E+999999999"), UnitOfMeasure.EA).hashCode());
    Violations.assertValid(
        Quantity.of("999999999999999999.0000000000000000000000000000000001", UnitOfMeasure.KGM));
    Violations.assertValid(Quantity.of("1", UnitOfMeasure.KGM).to(UnitOfMeasure.LBR));
  }

  @Test
  void enumsAreStableLowerSnakeStrings() {
    assertThat(CanonicalJson.toJson(Samples.movement())).contains("\"reason\":\"cycle_count\"");
    assertThat(CanonicalJson.toJson(Samples.fulfillmentOrder())).contains("\"priority\":\"high\"");
    assertThat(CanonicalJson.toJson(TrackingStatus.RETURNED_TO_SENDER))
        .isEqualTo("\"returned_to_sender\"");
    assertThat(CanonicalJson.toJson(UnitDimension.PACKAGE)).isEqualTo("\"package\"");
  }

  @Test
  void everyEnumConstantHasItsDocumentedJsonName() throws IOException {
    assertThat(jsonNames(TrackingStatus.values()))
        .containsExactly(
            "pre_transit",
            "picked_up",
            "in_transit",
            "delivery_delayed",
            "on_hold",
            "out_for_delivery",
            "ready_for_pickup",
            "delivery_failed",
            "exception",
            "cancelled",
            "returned_to_sender",
            "delivered",
            "stale",
            "unknown");
    assertThat(jsonNames(TrackingReason.values()))
        .containsExactly(
            "carrier_delay",
            "weather_delay",
            "customs_hold",
            "customs_documents_required",
            "duties_unpaid",
            "address_problem",
            "recipient_not_available",
            "recipient_refused",
            "awaiting_collection",
            "damaged",
            "lost",
            "no_recent_update",
            "other");
    assertThat(jsonNames(Incoterm.values())).contains("DAP", "DDP");
    assertThat(jsonNames(DutiesPayer.values()))
        .containsExactly("sender", "recipient", "third_party");
    assertThat(jsonNames(ContentsType.values()))
        .containsExactly(
            "merchandise", "gift", "documents", "sample", "returned_goods", "repair", "other");
    assertThat(jsonNames(TaxIdType.values()))
        .containsExactly("eori", "ioss", "vat", "ein", "other");
    assertThat(jsonNames(ShipmentOption.values()))
        .containsExactly(
            "insurance",
            "signature",
            "adult_signature",
            "saturday_delivery",
            "cash_on_delivery",
            "lithium_batteries",
            "dry_ice",
            "references");
    assertThat(jsonNames(SignatureType.values())).containsExactly("standard", "adult");
    assertThat(jsonNames(DangerousGoods.values()))
        .containsExactly("lithium_ion_batteries", "lithium_metal_batteries");
    assertThat(jsonNames(MovementReason.values()))
        .containsExactly(
            "receipt", "pick", "adjustment", "cycle_count", "transfer", "scrap", "return");
    assertThat(jsonNames(OrderPriority.values()))
        .containsExactly("low", "normal", "high", "urgent");
    assertThat(jsonNames(OrderStatus.values()))
        .containsExactly("draft", "confirmed", "done", "cancelled");
    assertThat(jsonNames(DiscrepancyType.values()))
        .containsExactly(
            "shortage",
            "overage",
            "damaged",
            "wrong_item",
            "unexpected_item",
            "lot_mismatch",
            "unannounced_unit");
    assertThat(jsonNames(ReturnReason.values()))
        .containsExactly(
            "damaged",
            "defective",
            "wrong_item",
            "not_as_described",
            "no_longer_needed",
            "undeliverable",
            "other");
    for (UnitOfMeasure unit : UnitOfMeasure.values()) {
      assertThat(CanonicalJson.toJson(unit)).isEqualTo("\"" + unit.code() + "\"");
      assertThat(CanonicalJson.mapper().readValue(CanonicalJson.toJson(unit), UnitOfMeasure.class))
          .isEqualTo(unit);
    }
  }

  private static List<String> jsonNames(Enum<?>[] values) throws IOException {
    ArrayNode array =
        (ArrayNode) CanonicalJson.mapper().readTree(CanonicalJson.toJson(List.of(values)));
    return Stream.iterate(0, i -> i < array.size(), i -> i + 1)
        .map(i -> array.get(i).asText())
        .toList();
  }

  @Test
  void nullPropertiesAreOmittedAndEmptyListsWritten() throws IOException {
    Shipment minimal =
        Shipment.builder()
            .shipmentId("S")
            .carrierService(CarrierService.of("dhl"))
            .addLine(ShipmentLine.of(null, Samples.SKU, Quantity.pieces(1)))
            .shippedAt(Samples.T0)
            .build();
    JsonNode tree = CanonicalJson.mapper().readTree(CanonicalJson.toJson(minimal));
    assertThat(tree.has("orderRef")).isFalse();
    assertThat(tree.get("parcels").isArray()).isTrue();
    assertThat(tree.get("parcels")).isEmpty();
    assertThat(tree.get("carrierService").has("service")).isFalse();
  }

  @Test
  void missingListsReadAsEmptyListsNeverNull() {
    String json =
        "{\"shipmentId\":\"S\",\"carrierService\":{\"carrier\":\"dhl\"},"
            + "\"lines\":[{\"sku\":\"A\",\"quantity\":{\"value\":1,\"unit\":\"EA\"}}]"
            + ",\"shippedAt\":\"2026-11-27T08:15:30Z\"}";
    Shipment s = CanonicalJson.fromJson(json, Shipment.class);
    assertThat(s.parcels()).isEmpty();
    assertThat(s.trackingNumbers()).isEmpty();
    assertThat(s.lines().get(0).serialNumbers()).isEmpty();
  }

  @Test
  void valueTypesAcceptLenientInputButDocumentsStillValidate() {
    String json =
        "{\"lineId\":\"1\",\"sku\":\"  A-1 \",\"gtin\":\" 4006381333931 \","
            + "\"quantity\":{\"value\":1,\"unit\":\"ea\"},\"unitPrice\":"
            + "{\"amount\":\"9.90\",\"currency\":\"eur\"}}";
    OrderLine line = CanonicalJson.fromJson(json, OrderLine.class);
    assertThat(line.sku()).isEqualTo(Sku.of("A-1"));
    assertThat(line.gtin()).isEqualTo(Gtin.of("4006381333931"));
    assertThat(line.quantity()).isEqualTo(Quantity.of(1, UnitOfMeasure.EA));
    assertThat(line.unitPrice()).isEqualTo(Money.of(new BigDecimal("9.90"), "EUR"));
  }

  @Test
  void theFacadeIsSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  boolean ok = true;
                  for (int i = 0; i < 10; i++) {
                    for (Object doc : Samples.everyDocument()) {
                      ok &=
                          CanonicalJson.fromJson(CanonicalJson.toJson(doc), doc.getClass())
                              .equals(doc);
                    }
                  }
                  return ok;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void mapperCopiesDoNotAffectTheSharedConfiguration() {
    CanonicalJson.mapper()
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    assertThat(CanonicalJson.toJson(Samples.trackingEvent())).contains("\"2026-11-27T08:15:30Z\"");
  }
}
