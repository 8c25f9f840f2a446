package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON form is a contract with other systems: renaming a record component, changing a number
 * format or an enum string must break this test. If a change is intended, it needs a new schema
 * version and updated golden files.
 */
class GoldenJsonTest {

  private static String golden(String name) {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pretty(Object value) throws IOException {
    return CanonicalJson.mapper()
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(value)
        .replace("\r\n", "\n")
        .strip();
  }

  @Test
  void shipmentJsonMatchesTheGoldenFile() throws IOException {
    assertThat(pretty(Samples.shipment())).isEqualTo(golden("shipment.json"));
    assertThat(CanonicalJson.fromJson(golden("shipment.json"), Shipment.class))
        .isEqualTo(Samples.shipment());
  }

  @Test
  void trackingEventJsonMatchesTheGoldenFile() throws IOException {
    assertThat(pretty(Samples.trackingEvent())).isEqualTo(golden("tracking-event.json"));
    assertThat(CanonicalJson.fromJson(golden("tracking-event.json"), TrackingEvent.class))
        .isEqualTo(Samples.trackingEvent());
  }

  @Test
  void businessEventEnvelopeMatchesTheGoldenFile() throws IOException {
    BusinessEvent<Shipment> event =
        new BusinessEvent<>(
            "0b7f5d1e-6c1a-4c8e-9a57-3f1d2b9c4e10",
            EventTypes.SHIPMENT_DISPATCHED,
            Samples.T0,
            "wms:acme",
            "S00042",
            "shipment:SHP-1",
            1,
            Samples.shipment());
    assertThat(pretty(event)).isEqualTo(golden("business-event-shipment.json"));
    assertThat(
            CanonicalJson.fromJson(
                golden("business-event-shipment.json"),
                new TypeReference<BusinessEvent<Shipment>>() {}))
        .isEqualTo(event);
  }

  @Test
  void compactFormIsTheGoldenFormWithoutWhiteSpace() throws IOException {
    String compact = CanonicalJson.toJson(Samples.trackingEvent());
    assertThat(compact)
        .isEqualTo(CanonicalJson.mapper().readTree(golden("tracking-event.json")).toString());
    assertThat(compact)
        .startsWith("{\"trackingNumber\":\"JJD0001\",\"carrier\":\"dhl\",\"status\":\"delivered\"");
  }
}
