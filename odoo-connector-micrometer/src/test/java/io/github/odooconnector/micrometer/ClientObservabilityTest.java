package io.github.odooconnector.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CircuitBreakerSettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientObservabilityTest {

  private FakeOdoo fake;
  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final OdooConnectorMetrics metrics = OdooConnectorMetrics.builder(meters).build();

  @BeforeEach
  void start() {
    fake = FakeOdoo.builder().adminPassword("Pa55-w0rd-secret").start();
    CapturingLoggerFinder.LINES.clear();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void retriedAndFailedCallsAreTaggedWithTheirOutcome() {
    try (OdooClient odoo =
        client(Protocol.JSON2)
            .retry(RetrySettings.fixed(3, Duration.ofMillis(1)))
            .listener(CallListeners.of(metrics.callListener(), LoggingCallListener.create()))
            .build()) {
      fake.faults().failNext(1).onlyFor("res.partner", "search");
      odoo.search("res.partner", Domain.all(), SearchOptions.limit(1));
      assertThatThrownBy(() -> odoo.search("no.such.model", Domain.all()))
          .isInstanceOf(OdooException.class);
    }
    assertThat(
            meters
                .get("odoo.client.calls")
                .tags("model", "res.partner", "method", "search")
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(meters.get("odoo.client.retries").tags("model", "res.partner").counter().count())
        .isEqualTo(1);
    assertThat(
            meters
                .get("odoo.client.calls")
                .tag("model", "no.such.model")
                .timer()
                .getId()
                .getTag("outcome"))
        .isEqualTo("OdooUnknownModelException");
    assertThat(CapturingLoggerFinder.LINES)
        .anySatisfy(
            l -> assertThat(l).contains("INFO").contains("res.partner.search").contains("retrying"))
        .anySatisfy(l -> assertThat(l).contains("WARNING").contains("no.such.model.search"));
  }

  @Test
  void anOpenCircuitIsCountedAndShownByTheGauge() {
    try (OdooClient odoo =
        client(Protocol.JSON2)
            .retry(RetrySettings.none())
            .circuitBreaker(new CircuitBreakerSettings(1, Duration.ofMinutes(1)))
            .listener(metrics.callListener())
            .build()) {
      odoo.search("res.partner", Domain.all(), SearchOptions.limit(1));
      assertThat(meters.get("odoo.client.circuit.open").gauge().value()).isZero();
      fake.faults().dropResponseNext(1);
      assertThatThrownBy(() -> odoo.search("res.partner", Domain.all(), SearchOptions.limit(1)))
          .isInstanceOf(OdooException.class);
      assertThatThrownBy(() -> odoo.search("res.partner", Domain.all(), SearchOptions.limit(1)))
          .isInstanceOf(OdooException.class);
    }
    assertThat(meters.get("odoo.client.circuit.rejections").counter().count()).isEqualTo(1);
    assertThat(meters.get("odoo.client.circuit.open").gauge().value()).isEqualTo(1);
    assertThat(meters.get("odoo.client.calls").tag("outcome", "circuit_open").timer().count())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void theWireLogShowsTheExchangesButNoCredential(Protocol protocol) {
    var builder = client(protocol).httpClient(WireLog.httpClient(Duration.ofSeconds(5)));
    if (protocol != Protocol.JSON2) {
      builder.password(fake.adminPassword());
    }
    try (OdooClient odoo = builder.build()) {
      odoo.searchRead("res.partner", Domain.all(), List.of("name"), SearchOptions.limit(2));
      odoo.create("res.partner", Map.of("name", "Wire Log Ltd"));
    }
    List<String> wire =
        CapturingLoggerFinder.LINES.stream()
            .filter(l -> l.startsWith(WireLog.LOGGER_NAME))
            .toList();
    assertThat(wire).anySatisfy(l -> assertThat(l).contains(">> POST").contains("Wire Log Ltd"));
    assertThat(wire).anySatisfy(l -> assertThat(l).contains("<< 200").contains("Mitchell Admin"));
    assertThat(wire).anySatisfy(l -> assertThat(l).contains("***"));
    for (String line : CapturingLoggerFinder.LINES) {
      assertThat(line)
          .doesNotContain(fake.adminApiKey())
          .doesNotContain(fake.adminPassword())
          .doesNotContainPattern("session_id=[A-Za-z0-9]");
    }
  }

  private OdooClientBuilder client(Protocol protocol) {
    var b =
        OdooClient.builder()
            .url(fake.url())
            .database(fake.database())
            .login(fake.adminLogin())
            .protocol(protocol);
    if (protocol == Protocol.JSON2) {
      b.apiKey(fake.adminApiKey());
    }
    return b;
  }
}
