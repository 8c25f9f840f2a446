package io.github.odooconnector.reliability.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.EventEncodingException;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.internal.Json;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintAndCodecTest {

  final Idempotent idempotent =
      Idempotent.builder(InMemoryIdempotencyStore.create())
          .owner("h")
          .leaseDuration(Duration.ofMinutes(1))
          .clock(Clock.systemUTC())
          .build();

  record Line(String sku, BigDecimal qty, LocalDate due) {}

  @Test
  void fingerprintIsSha256OfCanonicalJson() {
    // sha256("{\"a\":1,\"b\":[true,null,\"x\"]}")
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", Arrays.asList(true, null, "x"));
    m.put("a", 1.0);
    assertThat(idempotent.fingerprint(m))
        .isEqualTo(
            Json.sha256Hex("{\"a\":1,\"b\":[true,null,\"x\"]}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fingerprintIgnoresKeyOrderAndNumberScaleButNotValues() {
    Line a = new Line("SKU-1", new BigDecimal("2.500"), LocalDate.of(2026, 1, 15));
    Map<String, Object> same = Map.of("due", "2026-01-15", "qty", 2.5, "sku", "SKU-1");
    assertThat(idempotent.fingerprint(a)).isEqualTo(idempotent.fingerprint(same));
    assertThat(idempotent.fingerprint(a))
        .isNotEqualTo(
            idempotent.fingerprint(
                new Line("SKU-1", new BigDecimal("2.501"), LocalDate.of(2026, 1, 15))));
    assertThat(idempotent.fingerprint(null)).hasSize(64);
    assertThat(idempotent.fingerprint(List.of(1, 2)))
        .isNotEqualTo(idempotent.fingerprint(List.of(2, 1)));
  }

  @Test
  void codecRoundTripsEnvelopeAndFallsBackToJsonForUnknownTypes() {
    EventCodec codec = EventCodec.standard().allowPayloadType(Line.class);
    BusinessEvent<Line> e =
        new BusinessEvent<>(
            "e-1",
            "order.released",
            Instant.parse("2026-01-15T09:30:00.123Z"),
            "odoo",
            "SO-1",
            "idem-1",
            1,
            new Line("SKU-1", new BigDecimal("2.50"), LocalDate.of(2026, 1, 15)));
    String json = codec.encode(e);
    assertThat(codec.decode(codec.payloadTypeOf(e), json)).isEqualTo(e);
    BusinessEvent<?> generic = EventCodec.standard().decode(codec.payloadTypeOf(e), json);
    assertThat(generic.payload()).isInstanceOf(JsonNode.class);
    assertThat(((JsonNode) generic.payload()).path("sku").asText()).isEqualTo("SKU-1");
    assertThat(generic.occurredAt()).isEqualTo(e.occurredAt());
    // a stored class name outside the allow-list is never instantiated
    assertThat(EventCodec.standard().decode("java.lang.ProcessBuilder", json).payload())
        .isInstanceOf(JsonNode.class);
    assertThatThrownBy(() -> codec.decode(codec.payloadTypeOf(e), "[1,2]"))
        .isInstanceOf(EventEncodingException.class);
    assertThatThrownBy(() -> codec.decode(codec.payloadTypeOf(e), "{\"eventId\":\"x\"}"))
        .isInstanceOf(EventEncodingException.class)
        .hasMessageContaining("type");
  }

  @Test
  void canonicalModelPayloadsComeBackAsTheirOwnTypeWithoutRegistration() {
    BusinessEvent<Money> e =
        BusinessEvent.of(
            "invoice.paid",
            "odoo",
            Instant.parse("2026-01-15T09:30:00Z"),
            Money.of("1250.50", "EUR"));
    EventCodec codec = EventCodec.standard();
    BusinessEvent<?> back = codec.decode(codec.payloadTypeOf(e), codec.encode(e));
    assertThat(back).isEqualTo(e);
    assertThat(((Money) back.payload()).amount())
        .isEqualByComparingTo("1250.50")
        .hasToString("1250.50");
  }

  @Test
  void retryPolicyBacksOffExponentiallyUpToTheCapWithBoundedJitter() {
    RetrySettings p = new RetrySettings(5, Duration.ofSeconds(1), Duration.ofSeconds(5), 2.0, 0.0);
    assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.allowsAnotherAttempt(4)).isTrue();
    assertThat(p.allowsAnotherAttempt(5)).isFalse();
    RetrySettings jittery =
        RetrySettings.exponential(5, Duration.ofSeconds(10), Duration.ofSeconds(10));
    for (int i = 0; i < 100; i++) {
      assertThat(jittery.delayAfter(1)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    }
    assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO, 2.0, 0.0))
        .hasMessageContaining("maxAttempts");
  }
}
