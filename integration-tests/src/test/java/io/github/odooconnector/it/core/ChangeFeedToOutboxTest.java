package io.github.odooconnector.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Change;
import io.github.odooconnector.core.api.ChangeFeed;
import io.github.odooconnector.core.api.ChangeKind;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.memory.InMemoryChangeCursorStore;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-off the change-feed guide recommends: each change of an Odoo change feed becomes a
 * canonical {@link BusinessEvent} in the reliability outbox, keyed by {@code (model, id,
 * write_date)}, so the feed's at-least-once redelivery and its overlap re-reads end up as exactly
 * one outbox entry per change.
 */
class ChangeFeedToOutboxTest {

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-01T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The mapping an application writes once: a change → a canonical event. */
  static BusinessEvent<Map<String, Object>> toEvent(String source, Change change) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("odooId", change.id());
    change.optionalRecord().ifPresent(r -> payload.put("name", r.string("name").orElse("")));
    String type = change.kind() == ChangeKind.CHANGED ? "partner.changed" : "partner.removed";
    Instant at = change.optionalWriteDate().orElse(Instant.EPOCH);
    return BusinessEvent.builder()
        .eventId(change.model() + ":" + change.id() + ":" + at.getEpochSecond())
        .type(type)
        .source(source)
        .occurredAt(at)
        .correlationId(change.model() + ":" + change.id())
        .payload(payload)
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = OdooVersion.class,
      names = {"V17", "V19"})
  void everyChangeLandsInTheOutboxExactlyOnceDespiteRedeliveryAndOverlap(OdooVersion v) {
    TestClock clock = new TestClock();
    InMemoryOutboxStore store = InMemoryOutboxStore.create();
    Outbox outbox = Outbox.builder(store).build();
    InMemoryChangeCursorStore cursors = InMemoryChangeCursorStore.create();
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).clock(clock).seedData(false).start();
        OdooClient client =
            OdooClient.builder()
                .url(odoo.url())
                .database(odoo.database())
                .login(odoo.adminLogin())
                .apiKey(odoo.adminApiKey())
                .build()) {
      String source = "odoo:" + odoo.database();
      List<Long> ids =
          client.create(
              "res.partner",
              IntStream.range(0, 5)
                  .mapToObj(i -> Map.<String, Object>of("name", "feed-" + i))
                  .toList());
      clock.advance(Duration.ofSeconds(2));
      ChangeFeed feed =
          client
              .changes("res.partner", Domain.where("name", "=like", "feed-%"), List.of("name"))
              .name("partners-to-outbox")
              .cursorStore(cursors)
              .overlap(Duration.ofMinutes(2))
              .pageSize(2)
              .build();

      // the consumer crashes on its third change: that batch is not committed and comes again
      AtomicInteger handled = new AtomicInteger();
      assertThatThrownBy(
              () ->
                  feed.drain(
                      change -> {
                        if (handled.incrementAndGet() == 3) {
                          throw new IllegalStateException("consumer crashed");
                        }
                        outbox.enqueue(toEvent(source, change));
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("consumer crashed");
      feed.drain(change -> outbox.enqueue(toEvent(source, change)));
      assertThat(store.count(OutboxStatus.PENDING)).isEqualTo(5);

      // one rename later: one more event; a poll inside the overlap window adds nothing twice
      client.write("res.partner", List.of(ids.get(1)), Map.of("name", "feed-1-renamed"));
      clock.advance(Duration.ofSeconds(2));
      feed.drain(change -> outbox.enqueue(toEvent(source, change)));
      feed.drain(change -> outbox.enqueue(toEvent(source, change)));

      assertThat(store.count(OutboxStatus.PENDING)).isEqualTo(6);
      for (long id : ids) {
        assertThat(store.list(OutboxStatus.PENDING, 100))
            .anySatisfy(
                e -> {
                  assertThat(e.eventId()).startsWith("res.partner:" + id + ":");
                  assertThat(e.eventType()).isEqualTo("partner.changed");
                  assertThat(e.aggregateKey()).isEqualTo("res.partner:" + id);
                });
      }
      assertThat(store.list(OutboxStatus.PENDING, 100))
          .filteredOn(e -> e.envelopeJson().contains("feed-1-renamed"))
          .hasSize(1);
    }
  }
}
