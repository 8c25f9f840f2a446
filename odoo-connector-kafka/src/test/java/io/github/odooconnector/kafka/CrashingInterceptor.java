package io.github.odooconnector.kafka;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A producer interceptor that lets a test kill the relay while it is handing a batch to the
 * producer: after {@link #SENDS_BEFORE_CRASH} records it throws a {@link
 * Intercepted.SimulatedCrash} out of {@code send}. Public because Kafka instantiates it by name.
 */
public final class CrashingInterceptor implements ProducerInterceptor<byte[], byte[]> {

  /** Records allowed through before the crash; negative for never. */
  static final AtomicInteger SENDS_BEFORE_CRASH = new AtomicInteger(-1);

  /** Kafka's constructor. */
  public CrashingInterceptor() {}

  @Override
  public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
    if (SENDS_BEFORE_CRASH.get() >= 0 && SENDS_BEFORE_CRASH.getAndDecrement() == 0) {
      throw new Intercepted.SimulatedCrash("relay handing record to the producer");
    }
    return record;
  }

  @Override
  public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

  @Override
  public void close() {}

  @Override
  public void configure(Map<String, ?> configs) {}
}
