package io.github.odooconnector.kafka;

import static io.github.odooconnector.kafka.KafkaTests.enqueue;
import static io.github.odooconnector.kafka.KafkaTests.expectedPerAggregate;
import static io.github.odooconnector.kafka.KafkaTests.firstCopiesPerAggregate;
import static io.github.odooconnector.kafka.KafkaTests.header;
import static io.github.odooconnector.kafka.KafkaTests.newTopic;
import static io.github.odooconnector.kafka.KafkaTests.readTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.kafka.KafkaTests.Appended;
import io.github.odooconnector.kafka.api.InboxPollResult;
import io.github.odooconnector.kafka.api.KafkaEventHeaders;
import io.github.odooconnector.kafka.api.KafkaInboxConsumer;
import io.github.odooconnector.kafka.api.KafkaOutboxRelay;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaOutboxRelayTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
  private final InMemoryOutboxStore store = InMemoryOutboxStore.create();
  private final Outbox outbox = Outbox.builder(store).clock(clock).build();

  @AfterEach
  void noCrashLeftArmed() {
    CrashingInterceptor.SENDS_BEFORE_CRASH.set(-1);
  }

  private KafkaOutboxRelay.Builder relay(OutboxStore on, String topic) {
    return KafkaOutboxRelay.builder(on, topic)
        .bootstrapServers(EmbeddedKafka.shared().bootstrapServers())
        .sendTimeout(Duration.ofSeconds(10))
        .leaseDuration(Duration.ofSeconds(30))
        .retry(RetrySettings.fixed(5, Duration.ofSeconds(1)))
        .clock(clock);
  }

  private static void drain(KafkaOutboxRelay relay) {
    for (int i = 0; i < 1000 && relay.runOnce() > 0; i++) {
      // one event per aggregate per batch: keep going until the outbox is empty
    }
  }

  @Test
  void eventsOfOneAggregateLandInOnePartitionInAppendOrder() {
    String topic = newTopic("order", 4);
    List<Appended> appended = enqueue(outbox, 6, 10);

    try (KafkaOutboxRelay relay = relay(store, topic).batchSize(50).build()) {
      drain(relay);
    }

    assertThat(store.count(OutboxStatus.DELIVERED)).isEqualTo(60);
    List<ConsumerRecord<byte[], byte[]>> records = readTopic(topic, 60, Duration.ofSeconds(60));
    assertThat(records).hasSize(60); // no failure, no copy
    assertThat(firstCopiesPerAggregate(records)).isEqualTo(expectedPerAggregate(appended));
    assertThat(records.stream().map(ConsumerRecord::partition).distinct().count())
        .as("aggregates spread over partitions")
        .isGreaterThan(1);
    ConsumerRecord<byte[], byte[]> first =
        records.stream()
            .filter(r -> appended.get(0).eventId().equals(header(r, KafkaEventHeaders.EVENT_ID)))
            .findFirst()
            .orElseThrow();
    OutboxRecord stored = store.find(appended.get(0).eventId()).orElseThrow();
    assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo("picking-0");
    assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo(stored.envelopeJson());
    assertThat(header(first, KafkaEventHeaders.EVENT_TYPE)).isEqualTo("picking.updated");
    assertThat(header(first, KafkaEventHeaders.SOURCE)).isEqualTo("odoo");
    assertThat(header(first, KafkaEventHeaders.PAYLOAD_TYPE)).isEqualTo(stored.payloadType());
    assertThat(header(first, KafkaEventHeaders.OUTBOX_ID)).isEqualTo(Long.toString(stored.id()));
  }

  @Test
  void eventStaysInTheOutboxUntilTheBrokerAcknowledgesIt() {
    String topic = "not-created-yet-" + System.nanoTime();
    List<Appended> appended = enqueue(outbox, 1, 1);
    String id = appended.get(0).eventId();

    try (KafkaOutboxRelay relay =
        relay(store, topic)
            .sendTimeout(Duration.ofSeconds(1))
            .leaseDuration(Duration.ofSeconds(10))
            .build()) {
      assertThat(relay.runOnce()).isEqualTo(1);

      OutboxRecord afterFailure = store.find(id).orElseThrow();
      assertThat(afterFailure.status()).isEqualTo(OutboxStatus.PENDING);
      assertThat(afterFailure.attempts()).isEqualTo(1);
      assertThat(afterFailure.optionalLastError().orElseThrow())
          .startsWith("KafkaUnavailableException: kafka relay.send failed: TimeoutException");
      assertThat(relay.runOnce()).as("not due before the retry delay").isZero();
    }

    EmbeddedKafka.shared().createTopic(topic, 1);
    clock.advance(Duration.ofSeconds(2));
    try (KafkaOutboxRelay relay = relay(store, topic).build()) {
      assertThat(relay.runOnce()).isEqualTo(1);
    }

    assertThat(store.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    assertThat(readTopic(topic, 1, Duration.ofSeconds(30))).hasSize(1);
  }

  @Test
  void recordTheBrokerCannotTakeGoesToDeadLettersAndItsAggregateMovesOn() {
    String topic = newTopic("too-large", 1);
    char[] filler = new char[4000];
    Arrays.fill(filler, 'x');
    BusinessEvent<Map<String, Object>> huge =
        BusinessEvent.of(
            "picking.updated", "odoo", clock.instant(), Map.of("n", new String(filler)));
    BusinessEvent<Map<String, Object>> next =
        BusinessEvent.of("picking.updated", "odoo", clock.instant(), Map.of("n", "small"));
    outbox.enqueue(huge, "picking-9");
    outbox.enqueue(next, "picking-9");

    try (KafkaOutboxRelay relay =
        relay(store, topic).producerProperty("max.request.size", 2048).build()) {
      drain(relay);
    }

    OutboxRecord dead = store.find(huge.eventId()).orElseThrow();
    assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(dead.attempts()).as("no pointless retries").isEqualTo(1);
    assertThat(dead.optionalLastError().orElseThrow())
        .startsWith("KafkaRejectedException: kafka relay.send failed: RecordTooLargeException");
    assertThat(store.find(next.eventId()).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
  }

  @Test
  void relayDyingAfterTheBrokerAcknowledgedLeavesNoGapAndCopiesCarryTheEventId() {
    String topic = newTopic("crash-after-ack", 3);
    List<Appended> appended = enqueue(outbox, 4, 5);
    OutboxStore crashesOnWriteBack =
        Intercepted.wrap(
            OutboxStore.class,
            store,
            (method, args, proceed) -> {
              if (method.getName().equals("markDelivered")) {
                throw new Intercepted.SimulatedCrash("after the broker ack, before write-back");
              }
              return proceed.run();
            });

    KafkaOutboxRelay dying = relay(crashesOnWriteBack, topic).relayId("relay-a").build();
    assertThatThrownBy(dying::runOnce).isInstanceOf(Intercepted.SimulatedCrash.class);
    dying.close(); // what the dead process leaves behind goes away with it
    assertThat(store.count(OutboxStatus.IN_FLIGHT))
        .as("published, never acknowledged")
        .isEqualTo(4);

    clock.advance(Duration.ofSeconds(31)); // the dead relay's lease expires
    try (KafkaOutboxRelay survivor = relay(store, topic).relayId("relay-b").build()) {
      drain(survivor);
    }

    assertThat(store.count(OutboxStatus.DELIVERED)).isEqualTo(20);
    List<ConsumerRecord<byte[], byte[]>> records = readTopic(topic, 20, Duration.ofSeconds(60));
    assertCopiesAreIdentical(records);
    Map<String, Long> copies = copiesPerEvent(records);
    assertThat(copies).hasSize(20);
    Set<String> firstOfEachAggregate =
        expectedPerAggregate(appended).values().stream()
            .map(ids -> ids.get(0))
            .collect(Collectors.toSet());
    assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .as("exactly the events published by the dead relay were published twice")
        .containsExactlyInAnyOrderElementsOf(firstOfEachAggregate);
    assertThat(firstCopiesPerAggregate(records)).isEqualTo(expectedPerAggregate(appended));

    assertConsumerKeepsOneInboxRowPerEvent(topic, appended, records.size());
  }

  @Test
  void relayDyingWhileHandingABatchToTheProducerLeavesNoGap() {
    String topic = newTopic("crash-mid-send", 3);
    List<Appended> appended = enqueue(outbox, 4, 5);

    CrashingInterceptor.SENDS_BEFORE_CRASH.set(2); // the third record of the batch kills it
    KafkaOutboxRelay dying =
        relay(store, topic)
            .relayId("relay-a")
            .producerProperty("interceptor.classes", CrashingInterceptor.class.getName())
            .build();
    assertThatThrownBy(dying::runOnce).isInstanceOf(Intercepted.SimulatedCrash.class);
    dying.close();
    assertThat(store.count(OutboxStatus.IN_FLIGHT)).isEqualTo(4);
    assertThat(store.count(OutboxStatus.DELIVERED)).isZero();

    clock.advance(Duration.ofSeconds(31));
    try (KafkaOutboxRelay survivor = relay(store, topic).relayId("relay-b").build()) {
      drain(survivor);
    }

    assertThat(store.count(OutboxStatus.DELIVERED)).isEqualTo(20);
    List<ConsumerRecord<byte[], byte[]>> records = readTopic(topic, 20, Duration.ofSeconds(60));
    assertCopiesAreIdentical(records);
    assertThat(records.size()).as("at most the two records handed over twice").isBetween(20, 22);
    assertThat(copiesPerEvent(records)).hasSize(20);
    assertThat(firstCopiesPerAggregate(records)).isEqualTo(expectedPerAggregate(appended));
    assertConsumerKeepsOneInboxRowPerEvent(topic, appended, records.size());
  }

  private static Map<String, Long> copiesPerEvent(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream()
        .collect(
            Collectors.groupingBy(
                r -> header(r, KafkaEventHeaders.EVENT_ID), Collectors.counting()));
  }

  /** Every copy of an event has the same key, value and event id as the first. */
  static void assertCopiesAreIdentical(List<ConsumerRecord<byte[], byte[]>> records) {
    Map<String, ConsumerRecord<byte[], byte[]>> first = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      String id = header(r, KafkaEventHeaders.EVENT_ID);
      assertThat(id).as("every record carries its event id").isNotBlank();
      ConsumerRecord<byte[], byte[]> original = first.putIfAbsent(id, r);
      if (original != null) {
        assertThat(r.key()).isEqualTo(original.key());
        assertThat(r.value()).isEqualTo(original.value());
        assertThat(r.partition()).isEqualTo(original.partition());
      }
    }
  }

  /** Reads the whole topic into an inbox: one row per event, every copy dropped. */
  private static void assertConsumerKeepsOneInboxRowPerEvent(
      String topic, List<Appended> appended, int recordsInTopic) {
    InMemoryInboxStore inbox = InMemoryInboxStore.create();
    int read = 0;
    int accepted = 0;
    try (KafkaInboxConsumer consumer =
        KafkaInboxConsumer.builder(inbox, "odoo")
            .bootstrapServers(EmbeddedKafka.shared().bootstrapServers())
            .topics(List.of(topic))
            .groupId("dedupe-" + topic)
            .build()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (read < recordsInTopic && System.nanoTime() < deadline) {
        InboxPollResult r = consumer.pollOnce();
        read += r.records();
        accepted += r.accepted();
      }
    }
    assertThat(read).isEqualTo(recordsInTopic);
    assertThat(accepted).isEqualTo(appended.size());
    assertThat(inbox.count(InboxStatus.RECEIVED)).isEqualTo(appended.size());
    for (Appended a : appended) {
      assertThat(inbox.find("odoo", a.eventId())).isPresent();
    }
  }
}
