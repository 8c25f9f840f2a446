package io.github.odooconnector.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.kafka.api.InboxPollResult;
import io.github.odooconnector.kafka.api.KafkaInboxConsumer;
import io.github.odooconnector.kafka.api.KafkaOutboxRelay;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildersTest {

  private final KafkaOutboxRelay.Builder relay =
      KafkaOutboxRelay.builder(InMemoryOutboxStore.create(), "odoo-events")
          .bootstrapServers("localhost:1");

  @Test
  void relayRefusesProducerSettingsItsGuaranteesDependOn() {
    assertThatThrownBy(() -> relay.producerProperty("acks", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acks cannot be set")
        .hasMessageContaining("all in-sync replicas");
    assertThatThrownBy(() -> relay.producerProperty("enable.idempotence", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enable.idempotence");
    assertThatThrownBy(() -> relay.producerProperty("transactional.id", "t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> relay.producerProperty("max.in.flight.requests.per.connection", 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 1..5");
    relay.producerProperty("max.in.flight.requests.per.connection", 1);
  }

  @Test
  void relayNeedsALeaseLongerThanASend() {
    assertThatThrownBy(
            () ->
                relay
                    .sendTimeout(Duration.ofSeconds(30))
                    .leaseDuration(Duration.ofSeconds(30))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("leaseDuration PT30S must be longer than sendTimeout PT30S");
    assertThatThrownBy(
            () -> KafkaOutboxRelay.builder(InMemoryOutboxStore.create(), "odoo-events").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bootstrapServers");
    assertThatThrownBy(() -> KafkaOutboxRelay.builder(InMemoryOutboxStore.create(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topic");
  }

  @Test
  void relayNeverShowsProducerPropertiesWhichMayHoldCredentials() {
    KafkaOutboxRelay built =
        relay
            .relayId("host-1/relay")
            .producerProperty(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"odoo\" password=\"s3cret\";")
            .build();
    try (built) {
      assertThat(built.toString())
          .isEqualTo("KafkaOutboxRelay[host-1/relay, topic=odoo-events, batch=100]")
          .doesNotContain("s3cret");
    }
  }

  @Test
  void consumerRefusesAutoCommitAndNeedsTopicsAndGroup() {
    KafkaInboxConsumer.Builder consumer =
        KafkaInboxConsumer.builder(InMemoryInboxStore.create(), "wms:acme")
            .bootstrapServers("localhost:1");
    assertThatThrownBy(() -> consumer.consumerProperty("enable.auto.commit", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only after the inbox rows are durable");
    assertThatThrownBy(consumer::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("topics");
    consumer.topics(List.of("wms-events"));
    assertThatThrownBy(consumer::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("groupId");
    assertThatThrownBy(() -> KafkaInboxConsumer.builder(InMemoryInboxStore.create(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  @Test
  void pollResultCountsMustAddUp() {
    assertThat(InboxPollResult.empty().records()).isZero();
    assertThatThrownBy(() -> new InboxPollResult(3, 1, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("records (3)");
  }
}
