package io.github.odooconnector.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.kafka.api.KafkaRejectedException;
import io.github.odooconnector.kafka.api.KafkaUnavailableException;
import io.github.odooconnector.kafka.internal.KafkaErrors;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class KafkaErrorsTest {

  @Test
  void brokerOutagesAreRetryableSdkExceptionsWithTheKafkaCause() {
    TimeoutException timeout = new TimeoutException("Expiring 3 record(s)");
    OdooConnectorException e = KafkaErrors.map("relay.send", timeout);

    assertThat(e).isInstanceOf(KafkaUnavailableException.class);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getCause()).isSameAs(timeout);
    assertThat(((KafkaUnavailableException) e).operation()).isEqualTo("relay.send");
    assertThat(e.getMessage())
        .isEqualTo("kafka relay.send failed: TimeoutException: Expiring 3 record(s)");
    assertThat(KafkaErrors.map("relay.send", new NotEnoughReplicasException("2 < 3")).isRetryable())
        .isTrue();
    assertThat(KafkaErrors.map("inbox.commit", new CommitFailedException()).isRetryable()).isTrue();
  }

  @Test
  void futureWrappersAreUnwrapped() {
    OdooConnectorException e =
        KafkaErrors.map("relay.send", new ExecutionException(new RecordTooLargeException("big")));
    assertThat(e.getCause()).isInstanceOf(RecordTooLargeException.class);
  }

  @Test
  void rejectionsSayWhatIsAtFaultAndAreNotRetryable() {
    assertThat(reason(new RecordTooLargeException("1 MB")))
        .isEqualTo(KafkaRejectedException.Reason.RECORD);
    assertThat(reason(new TopicAuthorizationException(Set.of("odoo-events"))))
        .isEqualTo(KafkaRejectedException.Reason.SECURITY);
    assertThat(reason(new SaslAuthenticationException("bad credentials")))
        .isEqualTo(KafkaRejectedException.Reason.SECURITY);
    assertThat(reason(new ConfigException("linger.ms", "x", "not a number")))
        .isEqualTo(KafkaRejectedException.Reason.CONFIGURATION);
    assertThat(reason(new ProducerFencedException("fenced")))
        .isEqualTo(KafkaRejectedException.Reason.CLIENT);

    OdooConnectorException record = KafkaErrors.map("relay.send", new RecordTooLargeException("x"));
    assertThat(KafkaErrors.isRecordFault(record)).isTrue();
    assertThat(KafkaErrors.needsNewClient(record)).isFalse();
    OdooConnectorException fenced = KafkaErrors.map("relay.send", new ProducerFencedException("x"));
    assertThat(KafkaErrors.needsNewClient(fenced)).isTrue();
  }

  @Test
  void sdkExceptionsPassThroughUnchanged() {
    ReliabilityStoreException store = new ReliabilityStoreException("inbox.store", "08006", null);
    assertThat(KafkaErrors.map("inbox.poll", store)).isSameAs(store);
  }

  private static KafkaRejectedException.Reason reason(RuntimeException kafka) {
    OdooConnectorException e = KafkaErrors.map("relay.send", kafka);
    assertThat(e).isInstanceOf(KafkaRejectedException.class);
    assertThat(e.isRetryable()).isFalse();
    return ((KafkaRejectedException) e).reason();
  }
}
