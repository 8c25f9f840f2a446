package io.github.odooconnector.kafka;

import static io.github.odooconnector.kafka.KafkaTests.await;
import static io.github.odooconnector.kafka.KafkaTests.enqueue;
import static io.github.odooconnector.kafka.KafkaTests.expectedPerAggregate;
import static io.github.odooconnector.kafka.KafkaTests.firstCopiesPerAggregate;
import static io.github.odooconnector.kafka.KafkaTests.newTopic;
import static io.github.odooconnector.kafka.KafkaTests.readTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.kafka.KafkaTests.Appended;
import io.github.odooconnector.kafka.api.InboxPollResult;
import io.github.odooconnector.kafka.api.KafkaInboxConsumer;
import io.github.odooconnector.kafka.api.KafkaOutboxRelay;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same guarantees on the PostgreSQL stores, with two host instances sharing the work. */
class JdbcStoresKafkaTest {

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }

  private static KafkaOutboxRelay relay(OutboxStore store, String topic, String id) {
    return KafkaOutboxRelay.builder(store, topic)
        .bootstrapServers(EmbeddedKafka.shared().bootstrapServers())
        .relayId(id)
        .batchSize(20)
        .sendTimeout(Duration.ofSeconds(2))
        .leaseDuration(Duration.ofSeconds(3))
        .retry(RetrySettings.fixed(100, Duration.ofMillis(200)))
        .pollInterval(Duration.ofMillis(20))
        .build();
  }

  private static KafkaInboxConsumer consumer(JdbcInboxStore store, String topic, String group) {
    return KafkaInboxConsumer.builder(store, "odoo")
        .bootstrapServers(EmbeddedKafka.shared().bootstrapServers())
        .topics(List.of(topic))
        .groupId(group)
        .pollTimeout(Duration.ofMillis(100))
        .build();
  }

  @Test
  void twoHostInstancesShareRelayAndConsumerWorkWithOneInboxRowPerEventOnPostgres() {
    DataSource instanceA = TestDatabase.dataSource();
    DataSource instanceB = TestDatabase.newPool(4);
    JdbcOutboxStore outboxA = JdbcOutboxStore.create(instanceA);
    JdbcInboxStore inboxA = JdbcInboxStore.create(instanceA);
    JdbcInboxStore inboxB = JdbcInboxStore.create(instanceB);
    String topic = newTopic("jdbc-shared", 4);
    List<Appended> appended = enqueue(Outbox.builder(outboxA).build(), 6, 10);

    try (KafkaOutboxRelay relayA = relay(outboxA, topic, "host-a/relay");
        KafkaOutboxRelay relayB = relay(JdbcOutboxStore.create(instanceB), topic, "host-b/relay");
        KafkaInboxConsumer consumerA = consumer(inboxA, topic, "odoo-inbox-" + topic);
        KafkaInboxConsumer consumerB = consumer(inboxB, topic, "odoo-inbox-" + topic)) {
      relayA.start();
      relayB.start();
      consumerA.start();
      consumerB.start();
      await(
          "all delivered and received",
          Duration.ofSeconds(90),
          () ->
              outboxA.count(OutboxStatus.DELIVERED) == 60
                  && inboxA.count(InboxStatus.RECEIVED) == 60);
    }

    List<ConsumerRecord<byte[], byte[]>> records = readTopic(topic, 60, Duration.ofSeconds(60));
    KafkaOutboxRelayTest.assertCopiesAreIdentical(records);
    assertThat(firstCopiesPerAggregate(records)).isEqualTo(expectedPerAggregate(appended));

    // the topic delivered once more (a replayed group): every record is a duplicate
    try (KafkaInboxConsumer replay = consumer(inboxB, topic, "replay-" + topic)) {
      int read = 0;
      int accepted = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (read < records.size() && System.nanoTime() < deadline) {
        InboxPollResult r = replay.pollOnce();
        read += r.records();
        accepted += r.accepted();
      }
      assertThat(read).isEqualTo(records.size());
      assertThat(accepted).isZero();
    }
    assertThat(inboxA.count(InboxStatus.RECEIVED)).isEqualTo(60);
  }

  @Test
  void relayDyingAfterTheBrokerAcknowledgedRepublishesOnPostgresAndTheInboxKeepsOneRowEach() {
    JdbcOutboxStore outbox = JdbcOutboxStore.create(TestDatabase.dataSource());
    JdbcInboxStore inbox = JdbcInboxStore.create(TestDatabase.dataSource());
    String topic = newTopic("jdbc-crash", 2);
    List<Appended> appended = enqueue(Outbox.builder(outbox).build(), 3, 4);
    OutboxStore crashesOnWriteBack =
        Intercepted.wrap(
            OutboxStore.class,
            outbox,
            (method, args, proceed) -> {
              if (method.getName().equals("markDelivered")) {
                throw new Intercepted.SimulatedCrash("after the broker ack, before write-back");
              }
              return proceed.run();
            });

    KafkaOutboxRelay dying = relay(crashesOnWriteBack, topic, "host-a/relay");
    assertThatThrownBy(dying::runOnce).isInstanceOf(Intercepted.SimulatedCrash.class);
    dying.close();
    assertThat(outbox.count(OutboxStatus.IN_FLIGHT)).isEqualTo(3);

    try (KafkaOutboxRelay survivor = relay(outbox, topic, "host-b/relay");
        KafkaInboxConsumer consumer = consumer(inbox, topic, "g-" + topic)) {
      survivor.start(); // takes the events over once the database says the lease expired
      consumer.start();
      await(
          "all delivered and received",
          Duration.ofSeconds(60),
          () ->
              outbox.count(OutboxStatus.DELIVERED) == 12
                  && inbox.count(InboxStatus.RECEIVED) == 12);
    }

    List<ConsumerRecord<byte[], byte[]>> records = readTopic(topic, 12, Duration.ofSeconds(60));
    assertThat(records).as("the three events published by the dead relay, twice").hasSize(15);
    KafkaOutboxRelayTest.assertCopiesAreIdentical(records);
    assertThat(firstCopiesPerAggregate(records)).isEqualTo(expectedPerAggregate(appended));
    assertThat(inbox.count(InboxStatus.RECEIVED)).isEqualTo(12);
    for (Appended a : appended) {
      assertThat(inbox.find("odoo", a.eventId())).isPresent();
    }
  }
}
