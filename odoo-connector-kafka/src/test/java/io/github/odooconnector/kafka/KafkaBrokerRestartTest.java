package io.github.odooconnector.kafka;

import static io.github.odooconnector.kafka.KafkaTests.await;
import static io.github.odooconnector.kafka.KafkaTests.enqueue;
import static io.github.odooconnector.kafka.KafkaTests.expectedPerAggregate;
import static io.github.odooconnector.kafka.KafkaTests.firstCopiesPerAggregate;
import static io.github.odooconnector.kafka.KafkaTests.newTopic;
import static io.github.odooconnector.kafka.KafkaTests.readTopic;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.kafka.KafkaTests.Appended;
import io.github.odooconnector.kafka.api.KafkaInboxConsumer;
import io.github.odooconnector.kafka.api.KafkaOutboxRelay;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaBrokerRestartTest {

  @Test
  void brokerRestartDuringRelayBatchesLosesNothingAndLeavesOneInboxRowPerEvent() throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.shared();
    String topic = newTopic("restart", 3);
    InMemoryOutboxStore outboxStore = InMemoryOutboxStore.create();
    InMemoryInboxStore inbox = InMemoryInboxStore.create();
    List<Appended> appended = enqueue(Outbox.builder(outboxStore).build(), 8, 25);

    KafkaOutboxRelay relay =
        KafkaOutboxRelay.builder(outboxStore, topic)
            .bootstrapServers(kafka.bootstrapServers())
            .relayId("relay-restart")
            .batchSize(8)
            .sendTimeout(Duration.ofSeconds(3))
            .leaseDuration(Duration.ofSeconds(10))
            .retry(RetrySettings.fixed(1000, Duration.ofMillis(200)))
            .pollInterval(Duration.ofMillis(20))
            .build();
    KafkaInboxConsumer consumer =
        KafkaInboxConsumer.builder(inbox, "odoo")
            .bootstrapServers(kafka.bootstrapServers())
            .topics(List.of(topic))
            .groupId("restart-" + topic)
            .pollTimeout(Duration.ofMillis(100))
            .retry(RetrySettings.fixed(Integer.MAX_VALUE, Duration.ofMillis(200)))
            .build();
    try (relay;
        consumer) {
      relay.start();
      consumer.start();
      await(
          "some events delivered",
          Duration.ofSeconds(60),
          () -> outboxStore.count(OutboxStatus.DELIVERED) >= 40);

      kafka.stop(); // while the relay is publishing its batches
      long deliveredAtRestart = outboxStore.count(OutboxStatus.DELIVERED);
      try {
        await(
            "a relay batch failing against the stopped broker",
            Duration.ofSeconds(60),
            () ->
                outboxStore.list(OutboxStatus.PENDING, 500).stream()
                    .anyMatch(
                        r ->
                            r.optionalLastError()
                                .filter(e -> e.startsWith("KafkaUnavailableException"))
                                .isPresent()));
      } finally {
        kafka.start();
      }

      await(
          "every event delivered after the restart",
          Duration.ofSeconds(90),
          () -> outboxStore.count(OutboxStatus.DELIVERED) == appended.size());
      await(
          "every event in the inbox",
          Duration.ofSeconds(60),
          () -> inbox.count(InboxStatus.RECEIVED) == appended.size());
      assertThat(deliveredAtRestart).as("the restart hit the relay mid-stream").isLessThan(200);
    }

    assertThat(outboxStore.count(OutboxStatus.DEAD)).isZero();
    assertThat(outboxStore.count(OutboxStatus.PENDING)).isZero();
    List<ConsumerRecord<byte[], byte[]>> records =
        readTopic(topic, appended.size(), Duration.ofSeconds(60));
    KafkaOutboxRelayTest.assertCopiesAreIdentical(records);
    assertThat(firstCopiesPerAggregate(records)).isEqualTo(expectedPerAggregate(appended));
    assertThat(inbox.count(InboxStatus.RECEIVED)).isEqualTo(appended.size());
    for (Appended a : appended) {
      assertThat(inbox.find("odoo", a.eventId())).as(a.eventId()).isPresent();
    }
  }
}
