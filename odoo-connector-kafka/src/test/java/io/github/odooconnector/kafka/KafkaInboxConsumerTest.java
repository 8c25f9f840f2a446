package io.github.odooconnector.kafka;

import static io.github.odooconnector.kafka.KafkaTests.newTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.kafka.api.InboxPollResult;
import io.github.odooconnector.kafka.api.KafkaEventHeaders;
import io.github.odooconnector.kafka.api.KafkaInboxConsumer;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaInboxConsumerTest {

  private final InMemoryInboxStore store = InMemoryInboxStore.create();

  /** Publishes records as a WMS or another relay would: event id header, JSON body. */
  private static void publish(String topic, List<String> eventIds) {
    try (KafkaProducer<byte[], byte[]> p =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.shared().bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      for (String id : eventIds) {
        ProducerRecord<byte[], byte[]> r =
            new ProducerRecord<>(topic, utf8("order-1"), utf8("{\"event\":\"" + id + "\"}"));
        if (id != null) {
          r.headers().add(KafkaEventHeaders.EVENT_ID, utf8(id));
        }
        p.send(r);
      }
      p.flush();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static KafkaInboxConsumer.Builder consumer(InboxStore into, String topic, String group) {
    return KafkaInboxConsumer.builder(into, "wms:acme")
        .bootstrapServers(EmbeddedKafka.shared().bootstrapServers())
        .topics(List.of(topic))
        .groupId(group)
        .pollTimeout(Duration.ofMillis(200));
  }

  /** Polls until {@code records} records were read; returns the results. */
  private static List<InboxPollResult> pollUntil(KafkaInboxConsumer c, int records) {
    List<InboxPollResult> results = new ArrayList<>();
    int read = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (read < records) {
      assertThat(System.nanoTime()).as("read %d of %d records", read, records).isLessThan(deadline);
      InboxPollResult r = c.pollOnce();
      read += r.records();
      if (r.records() > 0) {
        results.add(r);
      }
    }
    return results;
  }

  private static long committedOffset(String group, String topic) throws Exception {
    try (Admin admin = EmbeddedKafka.shared().admin()) {
      OffsetAndMetadata o =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS)
              .get(new TopicPartition(topic, 0));
      return o == null ? 0 : o.offset();
    }
  }

  private static int sum(List<InboxPollResult> results, boolean accepted) {
    return results.stream().mapToInt(r -> accepted ? r.accepted() : r.duplicates()).sum();
  }

  @Test
  void recordsRedeliveredToTheConsumerAreStoredOnceInTheInbox() {
    String topic = newTopic("redelivery", 2);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add("wms-evt-" + i);
    }
    List<String> withCopies = new ArrayList<>(ids);
    withCopies.addAll(ids.subList(0, 3)); // a producer that wrote three events twice
    publish(topic, withCopies);

    try (KafkaInboxConsumer first = consumer(store, topic, "g1-" + topic).build()) {
      List<InboxPollResult> results = pollUntil(first, 13);
      assertThat(sum(results, true)).isEqualTo(10);
      assertThat(sum(results, false)).isEqualTo(3);
      assertThat(results).allMatch(InboxPollResult::committed);
    }
    // the whole topic delivered again (a new group, a reset offset, a replayed partition)
    try (KafkaInboxConsumer replay = consumer(store, topic, "g2-" + topic).build()) {
      List<InboxPollResult> results = pollUntil(replay, 13);
      assertThat(sum(results, true)).isZero();
      assertThat(sum(results, false)).isEqualTo(13);
    }

    assertThat(store.count(InboxStatus.RECEIVED)).isEqualTo(10);
    for (String id : ids) {
      InboxMessage m = store.find("wms:acme", id).orElseThrow();
      assertThat(new String(m.body(), StandardCharsets.UTF_8))
          .isEqualTo("{\"event\":\"" + id + "\"}");
    }
  }

  @Test
  void offsetsAreCommittedOnlyAfterTheInboxRowIsDurable() throws Exception {
    String topic = newTopic("commit-after-store", 1);
    List<String> ids = List.of("e1", "e2", "e3", "e4", "e5", "e6");
    publish(topic, ids);
    AtomicInteger stores = new AtomicInteger();
    InboxStore failsOnFourthWrite =
        Intercepted.wrap(
            InboxStore.class,
            store,
            (method, args, proceed) -> {
              if (method.getName().equals("store") && stores.incrementAndGet() == 4) {
                throw new ReliabilityStoreException(
                    "inbox.store", "08006", new SQLException("connection lost"));
              }
              return proceed.run();
            });
    String group = "g-" + topic;

    try (KafkaInboxConsumer c = consumer(failsOnFourthWrite, topic, group).build()) {
      List<InboxPollResult> before = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      ReliabilityStoreException failure = null;
      while (failure == null && System.nanoTime() < deadline) {
        try {
          before.add(c.pollOnce());
        } catch (ReliabilityStoreException e) {
          failure = e;
        }
      }
      assertThat(failure).as("the store failure reaches the caller").isNotNull();
      assertThat(failure.isRetryable()).isTrue();
      assertThat(store.count(InboxStatus.RECEIVED)).isEqualTo(3);
      assertThat(committedOffset(group, topic))
          .as("committed exactly up to the last durable row")
          .isEqualTo(3);

      List<InboxPollResult> after = pollUntil(c, 3);
      assertThat(sum(after, true)).as("resumed at the first record not stored").isEqualTo(3);
      assertThat(sum(after, false)).isZero();
    }
    assertThat(committedOffset(group, topic)).isEqualTo(6);
    for (String id : ids) {
      assertThat(store.find("wms:acme", id)).isPresent();
    }
  }

  @Test
  void consumerDyingBetweenInboxWriteAndCommitRereadsAndTheInboxDropsTheCopies() throws Exception {
    String topic = newTopic("crash-before-commit", 1);
    List<String> ids = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8");
    publish(topic, ids);
    AtomicInteger stores = new AtomicInteger();
    InboxStore crashesAfterFifthWrite =
        Intercepted.wrap(
            InboxStore.class,
            store,
            (method, args, proceed) -> {
              Object result = proceed.run();
              if (method.getName().equals("store") && stores.incrementAndGet() == 5) {
                throw new Intercepted.SimulatedCrash("inbox row durable, offset not committed");
              }
              return result;
            });
    String group = "g-" + topic;

    KafkaInboxConsumer dying = consumer(crashesAfterFifthWrite, topic, group).build();
    assertThatThrownBy(() -> pollUntil(dying, 8)).isInstanceOf(Intercepted.SimulatedCrash.class);
    dying.close();
    assertThat(store.count(InboxStatus.RECEIVED)).isEqualTo(5);
    long committed = committedOffset(group, topic);
    assertThat(committed).isLessThan(5);

    try (KafkaInboxConsumer next = consumer(store, topic, group).build()) {
      List<InboxPollResult> results = pollUntil(next, 8 - (int) committed);
      assertThat(sum(results, false))
          .as("the stored but uncommitted records come again and are dropped")
          .isEqualTo(5 - committed);
      assertThat(sum(results, true)).isEqualTo(3);
    }
    assertThat(store.count(InboxStatus.RECEIVED)).isEqualTo(8);
    assertThat(committedOffset(group, topic)).isEqualTo(8);
  }

  @Test
  void eventsFromKafkaAreAppliedByTheWebhookInboxOfTheirSource() {
    String topic = newTopic("to-processor", 1);
    publish(topic, List.of("ship-1", "ship-2", "ship-1"));
    try (KafkaInboxConsumer c = consumer(store, topic, "g-" + topic).build()) {
      pollUntil(c, 3);
    }
    WebhookInbox wms = WebhookInbox.builder(store).sources(List.of("wms:acme")).build();
    WebhookInbox carrier = WebhookInbox.builder(store).sources(List.of("carrier:dhl")).build();
    List<String> applied = new ArrayList<>();

    assertThat(carrier.process(10, m -> applied.add("wrong processor"))).isZero();
    assertThat(wms.process(10, m -> applied.add(m.eventId()))).isEqualTo(2);
    assertThat(wms.process(10, m -> applied.add("again"))).isZero();

    assertThat(applied).containsExactly("ship-1", "ship-2");
    assertThat(store.count(InboxStatus.PROCESSED)).isEqualTo(2);
  }

  @Test
  void recordWithoutEventIdIsIdentifiedByItsPositionSoRedeliveriesAreStillDropped() {
    String topic = newTopic("no-event-id", 1);
    List<String> noId = new ArrayList<>();
    noId.add(null);
    publish(topic, noId);
    for (String group : List.of("a-" + topic, "b-" + topic)) {
      try (KafkaInboxConsumer c = consumer(store, topic, group).build()) {
        pollUntil(c, 1);
      }
    }
    assertThat(store.count(InboxStatus.RECEIVED)).isEqualTo(1);
    assertThat(store.find("wms:acme", "kafka:" + topic + ":0:0")).isPresent();
  }
}
