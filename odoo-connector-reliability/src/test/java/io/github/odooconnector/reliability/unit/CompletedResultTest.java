package io.github.odooconnector.reliability.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompletedResultTest {

  record StoredLabel(String trackingNumber, Money price, Instant boughtAt) {}

  @Test
  void completedResultIsReadWithTheJsonConfigurationThatStoredIt() {
    InMemoryIdempotencyStore store = InMemoryIdempotencyStore.create();
    ObjectMapper snakeCase =
        CanonicalJson.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    Idempotent idempotent =
        Idempotent.builder(store)
            .owner("host")
            .leaseDuration(Duration.ofMinutes(1))
            .clock(Clock.systemUTC())
            .objectMapper(snakeCase)
            .build();
    StoredLabel label =
        new StoredLabel(
            "JD014600006281", Money.of("7.50", "EUR"), Instant.parse("2026-01-15T09:00:00Z"));

    idempotent.execute("carrier-label:stock.picking:7", 7L, StoredLabel.class, () -> label);

    assertThat(store.find("carrier-label:stock.picking:7").orElseThrow().optionalResultJson())
        .get()
        .asString()
        .contains("\"tracking_number\":\"JD014600006281\"")
        .contains("\"bought_at\":\"2026-01-15T09:00:00Z\"");
    assertThat(idempotent.completedResult("carrier-label:stock.picking:7", StoredLabel.class))
        .contains(label)
        .get()
        .satisfies(l -> assertThat(l.price().amount()).isEqualByComparingTo("7.50"));
  }
}
