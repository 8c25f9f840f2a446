package io.github.odooconnector.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.Dimensions;
import io.github.odooconnector.model.EventTypes;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the canonical JSON boundary for a {@code shipment.dispatched} event: reading and fully
 * validating the envelope plus its {@link Shipment} payload (what an inbox or webhook handler pays
 * per message), validating alone, and writing. Parameterized by the number of shipment lines (one
 * parcel per 10 lines, two serials per line). Run: {@code mvn -q -pl benchmarks -am -DskipTests
 * package exec:java -Dexec.args="CanonicalJsonBenchmark -f 1"}. JMH state: immutable inputs shared
 * by the benchmark threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CanonicalJsonBenchmark {

  private static final TypeReference<BusinessEvent<Shipment>> EVENT_OF_SHIPMENT =
      new TypeReference<>() {};

  /** Number of shipment lines. */
  @Param({"1", "50"})
  public int lines;

  private BusinessEvent<Shipment> event;
  private byte[] json;

  /** Creates the benchmark state (JMH instantiates it). */
  public CanonicalJsonBenchmark() {}

  /** Builds the event and its JSON once. */
  @Setup
  public void setUp() {
    Party shipTo =
        Party.builder("Erika Mustermann")
            .companyName("Acme GmbH")
            .email("erika@example.com")
            .address(new Address("Hauptstrasse 5", null, "Leipzig", "SN", "04109", "DE"))
            .build();
    Shipment.Builder b =
        Shipment.builder()
            .shipmentId("SHP-1")
            .fulfillmentOrderRef("WH/OUT/00012")
            .orderRef("S00042")
            .carrierService(CarrierService.of("dhl", "express"))
            .shipTo(shipTo)
            .shipFrom(LocationRef.of("WH", "Output"))
            .shippedAt(Instant.parse("2026-11-27T08:15:30Z"));
    int parcels = Math.max(1, lines / 10);
    for (int p = 0; p < parcels; p++) {
      b.addParcel(
          new Parcel(
              "PACK" + p,
              Sscc.fromDataDigits(String.format("3401234%010d", p)),
              "JJD" + p,
              Weight.kilograms("12.250"),
              Dimensions.of(
                  new BigDecimal("120"),
                  new BigDecimal("80"),
                  new BigDecimal("15.5"),
                  UnitOfMeasure.CMT),
              "box"));
      b.addTrackingNumber("JJD" + p);
    }
    for (int i = 0; i < lines; i++) {
      b.addLine(
          new ShipmentLine(
              "move:" + i,
              Sku.of("SKU-" + i),
              Quantity.pieces(2),
              "LOT-" + i,
              List.of("SN" + i + "a", "SN" + i + "b"),
              "PACK" + (i % parcels)));
    }
    event =
        BusinessEvent.of(
            EventTypes.SHIPMENT_DISPATCHED,
            "wms:acme",
            Instant.parse("2026-11-27T08:15:30Z"),
            b.build());
    json = CanonicalJson.toJsonBytes(event);
    if (!CanonicalJson.fromJson(new String(json, StandardCharsets.UTF_8), EVENT_OF_SHIPMENT)
        .equals(event)) {
      throw new IllegalStateException("round trip broken");
    }
  }

  /**
   * Parses and validates an event.
   *
   * @return the event
   */
  @Benchmark
  public BusinessEvent<Shipment> readAndValidate() {
    return CanonicalJson.fromJson(json, EVENT_OF_SHIPMENT);
  }

  /**
   * Validates an already parsed event.
   *
   * @return the number of violations (zero)
   */
  @Benchmark
  public int validateOnly() {
    return CanonicalValidator.validate(event).size();
  }

  /**
   * Serializes an event.
   *
   * @return the JSON bytes
   */
  @Benchmark
  public byte[] write() {
    return CanonicalJson.toJsonBytes(event);
  }
}
