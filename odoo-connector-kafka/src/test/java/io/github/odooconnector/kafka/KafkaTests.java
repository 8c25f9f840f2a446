package io.github.odooconnector.kafka;

import io.github.odooconnector.kafka.api.KafkaEventHeaders;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Shared helpers of the Kafka module's tests. */
final class KafkaTests {

  private static final AtomicInteger TOPICS = new AtomicInteger();

  private KafkaTests() {}

  /** A new topic with this many partitions on the shared broker. */
  static String newTopic(String prefix, int partitions) {
    String name = prefix + "-" + TOPICS.incrementAndGet() + "-" + UUID.randomUUID();
    EmbeddedKafka.shared().createTopic(name, partitions);
    return name;
  }

  /** An appended event: its id and aggregate, in append order. */
  record Appended(String eventId, String aggregate) {}

  /**
   * Enqueues {@code perAggregate} events for each of {@code aggregates} aggregates, interleaved
   * (a1, b1, c1, a2, b2, ...), and returns them in append order.
   */
  static List<Appended> enqueue(Outbox outbox, int aggregates, int perAggregate) {
    List<Appended> appended = new ArrayList<>();
    for (int i = 0; i < perAggregate; i++) {
      for (int a = 0; a < aggregates; a++) {
        String aggregate = "picking-" + a;
        BusinessEvent<Map<String, Object>> event =
            BusinessEvent.of(
                "picking.updated",
                "odoo",
                Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i),
                Map.of("picking", aggregate, "seq", i));
        outbox.enqueue(event, aggregate);
        appended.add(new Appended(event.eventId(), aggregate));
      }
    }
    return appended;
  }

  static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /**
   * Reads the whole topic from the beginning: waits until {@code distinctEvents} distinct event ids
   * were seen, then reads to the end offsets, so duplicates written by then are included.
   */
  static List<ConsumerRecord<byte[], byte[]>> readTopic(
      String topic, int distinctEvents, Duration timeout) {
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.shared().bootstrapServers());
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .collect(Collectors.toList());
      c.assign(partitions);
      c.seekToBeginning(partitions);
      List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (ids.size() < distinctEvents && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          all.add(r);
          ids.add(header(r, KafkaEventHeaders.EVENT_ID));
        }
      }
      Map<TopicPartition, Long> end = c.endOffsets(partitions, Duration.ofSeconds(30));
      while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(200)).forEach(all::add);
      }
      return all;
    }
  }

  /** Polls {@code condition} until it holds or the timeout passes. */
  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  /**
   * The event ids per aggregate in the order their first copy appears in the topic (the order a
   * consumer that discards duplicates by event id applies them), checking each aggregate stayed in
   * one partition.
   */
  static Map<String, List<String>> firstCopiesPerAggregate(
      List<ConsumerRecord<byte[], byte[]>> records) {
    Map<String, Integer> partitionOf = new LinkedHashMap<>();
    Map<String, List<String>> order = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    // records of one partition are in offset order; aggregates never span partitions
    for (ConsumerRecord<byte[], byte[]> r : records) {
      String aggregate = new String(r.key(), StandardCharsets.UTF_8);
      Integer before = partitionOf.putIfAbsent(aggregate, r.partition());
      if (before != null && before != r.partition()) {
        throw new AssertionError(
            "aggregate " + aggregate + " in partitions " + before + " and " + r.partition());
      }
      String id = header(r, KafkaEventHeaders.EVENT_ID);
      if (seen.add(id)) {
        order.computeIfAbsent(aggregate, k -> new ArrayList<>()).add(id);
      }
    }
    return order;
  }

  static Map<String, List<String>> expectedPerAggregate(List<Appended> appended) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Appended a : appended) {
      expected.computeIfAbsent(a.aggregate(), k -> new ArrayList<>()).add(a.eventId());
    }
    return expected;
  }
}
