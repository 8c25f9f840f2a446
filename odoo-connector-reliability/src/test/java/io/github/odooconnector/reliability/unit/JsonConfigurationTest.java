package io.github.odooconnector.reliability.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Event payloads and stored idempotency results use one JSON configuration: the canonical one. */
class JsonConfigurationTest {

  record Label(String trackingNumber, Money price, Instant boughtAt, BigDecimal weightKg) {}

  final Label label =
      new Label(
          "JD014600006281",
          Money.of("7.50", "EUR"),
          Instant.parse("2026-01-15T09:00:00Z"),
          new BigDecimal("2.50"));

  @Test
  void eventPayloadsAndStoredResultsAreWrittenInTheCanonicalJsonForm() {
    InMemoryIdempotencyStore store = InMemoryIdempotencyStore.create();
    Idempotent.builder(store).build().execute("label:SO-1", null, Label.class, () -> label);
    String storedResult = store.find("label:SO-1").orElseThrow().optionalResultJson().orElseThrow();

    BusinessEvent<Label> event =
        BusinessEvent.of("label.bought", "carrier:dhl", label.boughtAt(), label);
    String envelope = EventCodec.standard().encode(event);

    assertThat(storedResult).isEqualTo(CanonicalJson.toJson(label));
    assertThat(envelope).isEqualTo(CanonicalJson.toJson(event)).contains(storedResult);
    assertThat(storedResult)
        .contains("\"boughtAt\":\"2026-01-15T09:00:00Z\"")
        .contains("\"weightKg\":2.50");
  }

  @Test
  void storedResultsKeepTheirDecimalScaleWhenReadAsJsonTrees() {
    Idempotent idempotent = Idempotent.builder(InMemoryIdempotencyStore.create()).build();
    idempotent.execute(
        "count:SKU-1",
        null,
        new TypeReference<Map<String, Object>>() {},
        () -> Map.of("qty", new BigDecimal("2.50")));

    JsonNode replayed =
        idempotent.completedResult("count:SKU-1", JsonNode.class).orElseThrow().get("qty");
    assertThat(replayed.decimalValue()).isEqualTo(new BigDecimal("2.50"));
    assertThat(replayed.toString()).isEqualTo("2.50");
  }
}
