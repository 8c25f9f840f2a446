package io.github.odooconnector.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.IdempotencyConflictException;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReliabilityMetricsTest {

  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final TestObservationRegistry observations = TestObservationRegistry.create();
  private final RecordingHandler recorded = new RecordingHandler();
  private final OdooConnectorMetrics metrics =
      OdooConnectorMetrics.builder(meters)
          .observationRegistry(observations)
          .statsRefresh(Duration.ZERO)
          .build();

  {
    observations.observationConfig().observationHandler(recorded);
  }

  private static BusinessEvent<Map<String, String>> event(String id, String correlation) {
    return BusinessEvent.builder()
        .eventId(id)
        .type("order.released")
        .source("test")
        .correlationId(correlation)
        .occurredAt(Instant.parse("2026-11-30T10:00:00Z"))
        .payload(Map.of("order", id))
        .build();
  }

  @Test
  void outboxMetersFollowDeliveryRetryDeadLetterAndReplay() {
    OutboxStore store = metrics.outboxStore("default", InMemoryOutboxStore.create());
    metrics.bindOutboxStats("default", store);
    Outbox outbox = Outbox.builder(store).build();
    outbox.enqueue(event("e-ok", "S001"));
    outbox.enqueue(event("e-flaky", "S002"));
    outbox.enqueue(event("e-poison", "S003"));
    assertThat(outbox.enqueue(event("e-ok", "S001"))).isFalse();
    assertThat(gauge("odoo.outbox.entries", "pending")).isEqualTo(3);
    assertThat(gauge("odoo.outbox.oldest.age", "pending")).isGreaterThanOrEqualTo(0);

    AtomicInteger flaky = new AtomicInteger();
    OutboxWorker worker =
        OutboxWorker.builder(
                store,
                metrics.observedEventHandler(
                    e -> {
                      if (e.eventId().equals("e-poison")) {
                        throw new IllegalStateException("never deliverable");
                      }
                      if (e.eventId().equals("e-flaky") && flaky.getAndIncrement() == 0) {
                        throw new IllegalStateException("first attempt fails");
                      }
                    }))
            .retry(RetrySettings.fixed(2, Duration.ZERO))
            .build();
    worker.runOnce();
    worker.runOnce();

    assertThat(counter("odoo.outbox.enqueued", "result", "appended")).isEqualTo(3);
    assertThat(counter("odoo.outbox.enqueued", "result", "duplicate")).isEqualTo(1);
    assertThat(counter("odoo.outbox.delivered")).isEqualTo(2);
    assertThat(counter("odoo.outbox.retries")).isEqualTo(2);
    assertThat(counter("odoo.outbox.dead.letters")).isEqualTo(1);
    assertThat(meters.get("odoo.outbox.delivery.latency").timer().count()).isEqualTo(2);
    assertThat(
            meters.get("odoo.outbox.attempts").tag("outcome", "delivered").summary().totalAmount())
        .isEqualTo(3); // 1 + 2 attempts
    assertThat(gauge("odoo.outbox.entries", "dead")).isEqualTo(1);
    assertThat(gauge("odoo.outbox.entries", "pending")).isZero();

    outbox.replayDeadLetters(10, "ops@example.com", "handler fixed");
    assertThat(counter("odoo.outbox.replayed")).isEqualTo(1);
    assertThat(gauge("odoo.outbox.entries", "pending")).isEqualTo(1);

    // each delivery attempt is an observation carrying the event's correlation id
    assertThat(recorded.named("odoo.outbox.delivery"))
        .extracting(c -> RecordingHandler.high(c, OdooConnectorMetrics.CORRELATION_ID))
        .contains("S001", "S002", "S003");
  }

  @Test
  void inboxMetersCountReceiptsDuplicatesProcessingAndFinalFailures() throws Exception {
    InboxStore store = metrics.inboxStore("webhooks", InMemoryInboxStore.create());
    metrics.bindInboxStats("webhooks", store);
    WebhookInbox inbox = WebhookInbox.builder(store).retry(RetrySettings.none()).build();
    WebhookVerifier verifier =
        request -> new VerifiedWebhook(request.header("X-Id").orElseThrow(), null, request.body());
    inbox.receive("wms", verifier, request("m1"));
    inbox.receive("wms", verifier, request("m1"));
    inbox.receive("wms", verifier, request("m2"));
    assertThat(gauge("odoo.inbox.messages", "pending", "webhooks")).isEqualTo(2);

    inbox.process(
        10,
        metrics.observedInboxHandler(
            m -> {
              if (m.eventId().equals("m2")) {
                throw new IllegalArgumentException("cannot parse");
              }
            }));

    assertThat(counter("odoo.inbox.received", "result", "stored")).isEqualTo(2);
    assertThat(counter("odoo.inbox.received", "result", "duplicate")).isEqualTo(1);
    assertThat(counter("odoo.inbox.processed")).isEqualTo(1);
    assertThat(counter("odoo.inbox.failures", "final", "true")).isEqualTo(1);
    assertThat(meters.get("odoo.inbox.processing.latency").timer().totalTime(TimeUnit.NANOSECONDS))
        .isGreaterThanOrEqualTo(0);
    assertThat(gauge("odoo.inbox.messages", "failed", "webhooks")).isEqualTo(1);
    assertThat(recorded.named("odoo.inbox.message")).hasSize(2);
  }

  @Test
  void replayingAFailedInboxMessageIsCounted() throws Exception {
    InboxStore store = metrics.inboxStore("webhooks", InMemoryInboxStore.create());
    WebhookInbox inbox = WebhookInbox.builder(store).retry(RetrySettings.none()).build();
    WebhookVerifier verifier =
        request -> new VerifiedWebhook(request.header("X-Id").orElseThrow(), null, request.body());
    inbox.receive("wms", verifier, request("m9"));
    inbox.process(
        10,
        m -> {
          throw new IllegalArgumentException("cannot parse");
        });

    assertThat(inbox.replay("wms", List.of("m9", "unknown"), "ops@example.com", "parser fixed"))
        .containsExactly("m9");
    assertThat(counter("odoo.inbox.replayed")).isEqualTo(1);
  }

  @Test
  void theDecoratorsForwardEveryStoreMethodThemselves() {
    // Every SPI method, default ones included (the batched markDelivered), is overridden by the
    // metered store, so a store's own implementation is never bypassed by an interface default.
    assertDeclaresEveryMethodOf(
        OutboxStore.class, metrics.outboxStore("x", InMemoryOutboxStore.create()).getClass());
    assertDeclaresEveryMethodOf(
        InboxStore.class, metrics.inboxStore("x", InMemoryInboxStore.create()).getClass());
    assertDeclaresEveryMethodOf(
        IdempotencyStore.class,
        metrics.idempotencyStore("x", InMemoryIdempotencyStore.create()).getClass());
  }

  private static void assertDeclaresEveryMethodOf(Class<?> spi, Class<?> decorator) {
    for (Method m : spi.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      try {
        Method impl = decorator.getMethod(m.getName(), m.getParameterTypes());
        assertThat(impl.getDeclaringClass().isInterface())
            .as("%s.%s is forwarded by %s", spi.getSimpleName(), m.getName(), decorator)
            .isFalse();
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void idempotencyClaimsAreCountedByResult() {
    Idempotent idempotent =
        Idempotent.builder(metrics.idempotencyStore("default", InMemoryIdempotencyStore.create()))
            .build();
    idempotent.execute("k1", Map.of("a", 1), String.class, () -> "done");
    idempotent.execute("k1", Map.of("a", 1), String.class, () -> "again");
    assertThatThrownBy(() -> idempotent.execute("k1", Map.of("a", 2), String.class, () -> "x"))
        .isInstanceOf(IdempotencyConflictException.class);

    assertThat(counter("odoo.idempotency.claims", "result", "acquired")).isEqualTo(1);
    assertThat(counter("odoo.idempotency.claims", "result", "completed")).isEqualTo(1);
    assertThat(counter("odoo.idempotency.claims", "result", "conflict")).isEqualTo(1);
    assertThat(counter("odoo.idempotency.completed")).isEqualTo(1);
  }

  @Test
  void aFailingStoreMakesTheBacklogGaugesUnknownInsteadOfBreakingTheScrape() {
    OutboxStore broken = metrics.outboxStore("broken", failingStats());
    metrics.bindOutboxStats("broken", broken);
    assertThat(
            meters
                .get("odoo.outbox.entries")
                .tags("store", "broken", "status", "dead")
                .gauge()
                .value())
        .isNaN();
  }

  private static OutboxStore failingStats() {
    InMemoryOutboxStore real = InMemoryOutboxStore.create();
    return (OutboxStore)
        Proxy.newProxyInstance(
            OutboxStore.class.getClassLoader(),
            new Class<?>[] {OutboxStore.class},
            (p, m, a) -> {
              if (m.getName().equals("stats")) {
                throw new IllegalStateException("database down");
              }
              return m.invoke(real, a);
            });
  }

  private static WebhookRequest request(String id) {
    return WebhookRequest.ofSingleValued(
        Map.of("X-Id", id), ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private double gauge(String name, String status) {
    return gauge(name, status, "default");
  }

  private double gauge(String name, String status, String store) {
    return meters.get(name).tags("store", store, "status", status).gauge().value();
  }

  private double counter(String name, String... tags) {
    return meters.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
  }
}
