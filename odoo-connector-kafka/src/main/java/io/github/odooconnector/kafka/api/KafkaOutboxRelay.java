package io.github.odooconnector.kafka.api;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.kafka.internal.ClientProperties;
import io.github.odooconnector.kafka.internal.KafkaErrors;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Relays outbox events to a Kafka topic: claims a batch from an {@link OutboxStore} under a lease,
 * publishes each event keyed by its aggregate key, waits for the broker's acknowledgement and only
 * then marks the events {@code DELIVERED}.
 *
 * <pre>{@code
 * OutboxStore store = JdbcOutboxStore.create(dataSource);
 * KafkaOutboxRelay relay = KafkaOutboxRelay.builder(store, "odoo-events")
 *     .bootstrapServers("kafka-1:9092,kafka-2:9092")
 *     .producerProperty("security.protocol", "SASL_SSL")   // plus the SASL settings
 *     .relayId("host-1/relay")
 *     .build();
 * relay.start();         // background thread; or call runOnce() from the host's own scheduler
 * ...
 * relay.close();
 * }</pre>
 *
 * <p><b>Guarantees.</b> At-least-once into the topic, with per-aggregate order: the record key is
 * the aggregate key, so all events of an aggregate go to one partition; the store hands out an
 * aggregate's next event only once the previous one is {@code DELIVERED} (or dead), and an event is
 * marked {@code DELIVERED} only after the broker acknowledged it with {@code acks=all}, so an event
 * is never written before its predecessor is in the partition. The producer is idempotent ({@code
 * enable.idempotence=true}, {@code max.in.flight.requests.per.connection} at most 5), so its own
 * retries neither duplicate nor reorder records. A relay that dies mid-batch (before or after the
 * broker acknowledged) leaves its events {@code IN_FLIGHT}; once the lease expires any relay sends
 * them again: no gap, and a copy written twice carries the same {@link KafkaEventHeaders#EVENT_ID}
 * header so consumers (such as {@link KafkaInboxConsumer}) discard it.
 *
 * <p><b>Failures.</b> Kafka exceptions are mapped to {@link KafkaUnavailableException} (retryable:
 * the event is retried with the {@link Builder#retry(RetrySettings) retry} backoff, by default
 * without limit, and moved to the dead letters after {@link RetrySettings#maxAttempts()} attempts)
 * or {@link KafkaRejectedException}: a rejected record ({@link
 * KafkaRejectedException.Reason#RECORD}, for example too large) is moved to the dead letters at
 * once; a rejected setup (credentials, ACLs, configuration, fenced producer) keeps the events in
 * the outbox for a retry with backoff, replaces the producer and is thrown from {@link #runOnce()}
 * so the operator sees it.
 *
 * <p>Several relays (threads or host instances) may share one store: claims hand each event to one
 * relay at a time. Thread-safe: {@link #runOnce()} may be called from any thread (batches of one
 * relay run one at a time); {@link #start()} runs one background thread; {@link #close()} stops it
 * and closes the producer.
 */
public final class KafkaOutboxRelay implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(KafkaOutboxRelay.class.getName());
  private static final String SEND = "relay.send";

  private final OutboxStore store;
  private final String topic;
  private final String relayId;
  private final int batchSize;
  private final Duration leaseDuration;
  private final Duration sendTimeout;
  private final RetrySettings retry;
  private final Duration pollInterval;
  private final Clock clock;
  private final Map<String, Object> producerConfig;
  private final AtomicBoolean running = new AtomicBoolean();
  private final Object batchLock = new Object();
  private volatile boolean closed;
  private volatile Thread thread;
  private Producer<byte[], byte[]> producer; // guarded by batchLock

  private KafkaOutboxRelay(Builder b, Map<String, Object> producerConfig) {
    this.store = b.store;
    this.topic = b.topic;
    this.relayId = b.relayId;
    this.batchSize = b.batchSize;
    this.leaseDuration = b.leaseDuration;
    this.sendTimeout = b.sendTimeout;
    this.retry = b.retry;
    this.pollInterval = b.pollInterval;
    this.clock = b.clock;
    this.producerConfig = producerConfig;
  }

  /**
   * Starts configuring a relay.
   *
   * @param store the outbox to relay from
   * @param topic the Kafka topic every event is published to
   * @return a builder
   */
  public static Builder builder(OutboxStore store, String topic) {
    return new Builder(store, topic);
  }

  /**
   * This relay's id, recorded as lease owner and used as the producer's {@code client.id}.
   *
   * @return the id
   */
  public String relayId() {
    return relayId;
  }

  /**
   * The topic events are published to.
   *
   * @return the topic
   */
  public String topic() {
    return topic;
  }

  /**
   * Claims one batch, publishes it and records the outcome of every event, on the calling thread.
   *
   * @return the number of events claimed (0 when nothing was due)
   * @throws ReliabilityStoreException if the store fails (claimed events are retried after their
   *     lease)
   * @throws KafkaRejectedException if Kafka rejected the setup (not a single record): the events
   *     stay in the outbox with the error and are retried with backoff
   * @throws IllegalStateException if the relay was closed
   */
  public int runOnce() {
    synchronized (batchLock) {
      if (closed) {
        throw new IllegalStateException("kafka outbox relay " + relayId + " is closed");
      }
      Instant now = now();
      List<OutboxRecord> batch = store.claim(relayId, batchSize, now, now.plus(leaseDuration));
      if (batch.isEmpty()) {
        return 0;
      }
      relay(batch);
      return batch.size();
    }
  }

  private void relay(List<OutboxRecord> batch) {
    List<OutboxRecord> toSend = new ArrayList<>();
    for (OutboxRecord entry : batch) {
      if (entry.attempts() > retry.maxAttempts()) {
        giveUp(entry);
      } else {
        toSend.add(entry);
      }
    }
    Map<OutboxRecord, Future<RecordMetadata>> sent = new LinkedHashMap<>();
    OdooConnectorException sendFailure = null;
    int next = 0;
    try {
      Producer<byte[], byte[]> p = producer();
      for (; next < toSend.size(); next++) {
        OutboxRecord entry = toSend.get(next);
        sent.put(entry, p.send(record(entry)));
      }
      p.flush();
    } catch (RuntimeException e) {
      // a synchronous failure (metadata unavailable within the send timeout, producer unusable):
      // the entries not handed over yet are retried; those handed over report through futures
      sendFailure = KafkaErrors.map(SEND, e);
    }
    // An Error (the JVM failing, a crash) propagates without recording anything: the entries stay
    // IN_FLIGHT and are sent again after the lease; copies already written carry their event id.
    List<OutboxRecord> acknowledged = new ArrayList<>();
    Map<OutboxRecord, OdooConnectorException> failed = new LinkedHashMap<>();
    long waitMillis = sendTimeout.toMillis() + 5_000;
    for (Map.Entry<OutboxRecord, Future<RecordMetadata>> s : sent.entrySet()) {
      try {
        s.getValue().get(waitMillis, TimeUnit.MILLISECONDS);
        acknowledged.add(s.getKey());
      } catch (ExecutionException e) {
        failed.put(s.getKey(), KafkaErrors.map(SEND, e.getCause()));
      } catch (TimeoutException e) {
        failed.put(
            s.getKey(),
            new KafkaUnavailableException(
                SEND, "kafka relay.send got no answer within " + waitMillis + " ms", e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failed.put(s.getKey(), KafkaErrors.map(SEND, new InterruptException(e)));
      }
    }
    for (int i = next; i < toSend.size(); i++) {
      failed.put(toSend.get(i), sendFailure);
    }
    acknowledge(acknowledged);
    OdooConnectorException setupFailure = null;
    for (Map.Entry<OutboxRecord, OdooConnectorException> f : failed.entrySet()) {
      recordFailure(f.getKey(), f.getValue());
      if (KafkaErrors.needsNewClient(f.getValue())) {
        setupFailure = f.getValue();
      }
    }
    if (setupFailure != null) {
      replaceProducer();
      throw setupFailure;
    }
  }

  private ProducerRecord<byte[], byte[]> record(OutboxRecord entry) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(KafkaEventHeaders.EVENT_ID, utf8(entry.eventId()));
    headers.add(KafkaEventHeaders.EVENT_TYPE, utf8(entry.eventType()));
    headers.add(KafkaEventHeaders.SOURCE, utf8(entry.source()));
    headers.add(KafkaEventHeaders.PAYLOAD_TYPE, utf8(entry.payloadType()));
    headers.add(KafkaEventHeaders.OUTBOX_ID, utf8(Long.toString(entry.id())));
    return new ProducerRecord<>(
        topic, null, utf8(entry.aggregateKey()), utf8(entry.envelopeJson()), headers);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void acknowledge(List<OutboxRecord> acknowledged) {
    if (acknowledged.isEmpty()) {
      return;
    }
    Set<Long> recorded = store.markDelivered(acknowledged, now());
    for (OutboxRecord entry : acknowledged) {
      if (!recorded.contains(entry.id())) {
        LOG.log(
            Level.WARNING,
            "kafka outbox relay {0}: event {1} reached the topic but its lease had been taken"
                + " over; it may be published again (same event id)",
            relayId,
            entry.eventId());
      }
    }
  }

  private void recordFailure(OutboxRecord entry, OdooConnectorException error) {
    Instant now = now();
    String description = KafkaErrors.describe(error);
    boolean dead =
        KafkaErrors.isRecordFault(error)
            || (error.isRetryable() && !retry.allowsAnotherAttempt(entry.attempts()));
    boolean recorded;
    if (dead) {
      recorded = store.markDead(entry.id(), entry.leaseToken(), description, now);
      if (recorded) {
        LOG.log(
            Level.WARNING,
            "kafka outbox relay {0}: event {1} moved to dead letters after {2} attempts: {3}",
            relayId,
            entry.eventId(),
            entry.attempts(),
            description);
      }
    } else {
      Instant nextAttempt = now.plus(retry.delayAfter(entry.attempts()));
      recorded = store.markRetry(entry.id(), entry.leaseToken(), description, now, nextAttempt);
    }
    if (!recorded) {
      LOG.log(
          Level.DEBUG,
          "kafka outbox relay {0}: lease on event {1} lost before recording its failure",
          relayId,
          entry.eventId());
    }
  }

  private void giveUp(OutboxRecord entry) {
    String error =
        "claimed "
            + entry.attempts()
            + " times without an acknowledgement; relays probably crashed while publishing it"
            + entry.optionalLastError().map(e -> "; last recorded error: " + e).orElse("");
    if (store.markDead(entry.id(), entry.leaseToken(), error, now())) {
      LOG.log(
          Level.WARNING,
          "kafka outbox relay {0}: event {1} moved to dead letters: {2}",
          relayId,
          entry.eventId(),
          error);
    }
  }

  private Producer<byte[], byte[]> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    }
    return producer;
  }

  private void replaceProducer() {
    Producer<byte[], byte[]> p = producer;
    producer = null;
    if (p != null) {
      try {
        p.close(Duration.ZERO);
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "kafka outbox relay " + relayId + ": closing the producer failed", e);
      }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Starts a background daemon thread that calls {@link #runOnce()} until {@link #close()},
   * sleeping the poll interval when there was nothing to do or a batch failed.
   *
   * @throws IllegalStateException if already started or closed
   */
  public void start() {
    if (closed) {
      throw new IllegalStateException("kafka outbox relay " + relayId + " is closed");
    }
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException("kafka outbox relay " + relayId + " already started");
    }
    Thread t = new Thread(this::loop, "odc-kafka-relay-" + relayId);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  private void loop() {
    while (running.get()) {
      int claimed = 0;
      try {
        claimed = runOnce();
      } catch (RuntimeException e) {
        if (!running.get()) {
          break;
        }
        LOG.log(
            Level.WARNING,
            "kafka outbox relay " + relayId + ": batch failed, retrying after " + pollInterval,
            e);
      } catch (Error e) {
        LOG.log(
            Level.ERROR,
            "kafka outbox relay " + relayId + " stopped by an error; its leases will expire",
            e);
        running.set(false);
        throw e;
      }
      if (claimed == 0 && running.get()) {
        LockSupport.parkNanos(this, pollInterval.toNanos());
      }
    }
  }

  /**
   * Whether the background thread is running.
   *
   * @return {@code true} between {@link #start()} and {@link #close()}
   */
  public boolean isRunning() {
    return running.get();
  }

  /**
   * Stops the background thread after its current batch and closes the producer (waiting at most
   * the send timeout for records still in flight; their events stay in the outbox until
   * acknowledged). Idempotent.
   */
  @Override
  public void close() {
    running.set(false);
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      LockSupport.unpark(t);
      try {
        t.join(leaseDuration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (batchLock) {
      closed = true;
      Producer<byte[], byte[]> p = producer;
      producer = null;
      if (p != null) {
        p.close(sendTimeout);
      }
    }
  }

  @Override
  public String toString() {
    return "KafkaOutboxRelay[" + relayId + ", topic=" + topic + ", batch=" + batchSize + "]";
  }

  /**
   * Configures a {@link KafkaOutboxRelay}. Not thread-safe; use from one thread.
   *
   * <p>The relay fixes the producer settings its guarantees depend on ({@code enable.idempotence},
   * {@code acks}, the serializers, {@code transactional.id}); setting them with {@link
   * #producerProperty} is refused.
   */
  public static final class Builder {
    private final OutboxStore store;
    private final String topic;
    private String bootstrapServers;
    private String relayId = "kafka-relay-" + UUID.randomUUID();
    private int batchSize = 100;
    private Duration leaseDuration = Duration.ofMinutes(2);
    private Duration sendTimeout = Duration.ofSeconds(30);
    private RetrySettings retry =
        RetrySettings.exponential(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ofMinutes(1));
    private Duration pollInterval = Duration.ofMillis(500);
    private Clock clock = Clock.systemUTC();
    private final ClientProperties properties =
        new ClientProperties(
            "KafkaOutboxRelay",
            Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    "the producer must be idempotent so its retries neither duplicate nor reorder",
                ProducerConfig.ACKS_CONFIG,
                    "an event is marked delivered only once all in-sync replicas have it (all)",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, "the key is the aggregate key",
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, "the value is the event's JSON",
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "the relay does not use transactions",
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "it is set with bootstrapServers(...)",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "it is set with sendTimeout(...)",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "it is set with sendTimeout(...)"));

    private Builder(OutboxStore store, String topic) {
      this.store = Objects.requireNonNull(store, "store");
      this.topic = Objects.requireNonNull(topic, "topic");
      if (topic.isBlank() || topic.length() > 249) {
        throw new IllegalArgumentException(
            "topic must be 1..249 characters, got length " + topic.length());
      }
    }

    /**
     * Sets the brokers to connect to (required).
     *
     * @param servers comma-separated {@code host:port} list
     * @return this builder
     */
    public Builder bootstrapServers(String servers) {
      Objects.requireNonNull(servers, "bootstrapServers");
      if (servers.isBlank()) {
        throw new IllegalArgumentException("bootstrapServers must not be blank");
      }
      this.bootstrapServers = servers;
      return this;
    }

    /**
     * Adds a Kafka producer property, for example security ({@code security.protocol}, {@code
     * sasl.jaas.config}) or tuning ({@code linger.ms}, {@code compression.type}). Values are never
     * logged.
     *
     * @param key the producer property
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the relay fixes the property (the message says why), or
     *     {@code max.in.flight.requests.per.connection} is not 1..5
     */
    public Builder producerProperty(String key, Object value) {
      if (ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION.equals(key)) {
        int n = Integer.parseInt(String.valueOf(Objects.requireNonNull(value, key)));
        if (n < 1 || n > 5) {
          throw new IllegalArgumentException(
              key + " must be 1..5 for an idempotent, order-preserving producer, got " + n);
        }
      }
      properties.put(key, value);
      return this;
    }

    /**
     * Sets the relay id recorded as lease owner (default {@code kafka-relay-<uuid>}).
     *
     * @param id 1..200 characters, unique per relay
     * @return this builder
     */
    public Builder relayId(String id) {
      Objects.requireNonNull(id, "relayId");
      if (id.isBlank() || id.length() > 200) {
        throw new IllegalArgumentException("relayId must be 1..200 characters");
      }
      this.relayId = id;
      return this;
    }

    /**
     * Sets how many events are claimed and published at once (default 100). A batch holds at most
     * one event per aggregate (the store's order rule).
     *
     * @param size 1..10000
     * @return this builder
     */
    public Builder batchSize(int size) {
      if (size < 1 || size > 10_000) {
        throw new IllegalArgumentException("batchSize must be 1..10000, got " + size);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Sets how long a claim holds (default 2 min): after a relay died, its events are published
     * again once this has passed. Must be longer than the send timeout.
     *
     * @param lease positive duration
     * @return this builder
     */
    public Builder leaseDuration(Duration lease) {
      Objects.requireNonNull(lease, "leaseDuration");
      if (lease.isZero() || lease.isNegative()) {
        throw new IllegalArgumentException("leaseDuration must be positive, got " + lease);
      }
      this.leaseDuration = lease;
      return this;
    }

    /**
     * Sets how long one publication may take before it counts as failed (default 30 s): the
     * producer's {@code delivery.timeout.ms} and {@code max.block.ms}.
     *
     * @param timeout 1 s or more
     * @return this builder
     */
    public Builder sendTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "sendTimeout");
      if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("sendTimeout must be at least 1 s, got " + timeout);
      }
      this.sendTimeout = timeout;
      return this;
    }

    /**
     * Sets the backoff between publication attempts of an event and the attempts before it is moved
     * to the dead letters. The default retries without limit (1 s doubling up to 1 min): an outage
     * of the cluster is not the event's fault, and dead-lettering the head of every aggregate
     * during a long outage would only make work for the operator. Set a finite {@code maxAttempts}
     * to dead-letter events that Kafka keeps refusing.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retry(RetrySettings policy) {
      this.retry = Objects.requireNonNull(policy, "retry");
      return this;
    }

    /**
     * Sets the background thread's sleep when idle (default 500 ms).
     *
     * @param interval positive duration
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      Objects.requireNonNull(interval, "pollInterval");
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException("pollInterval must be positive, got " + interval);
      }
      this.pollInterval = interval;
      return this;
    }

    /**
     * Sets the time source for leases and retry times (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Builds the relay. The producer connects on the first batch.
     *
     * @return the relay
     * @throws IllegalStateException if {@link #bootstrapServers} was not set, or the lease is not
     *     longer than the send timeout
     */
    public KafkaOutboxRelay build() {
      if (bootstrapServers == null) {
        throw new IllegalStateException("bootstrapServers(...) is required");
      }
      if (leaseDuration.compareTo(sendTimeout) <= 0) {
        throw new IllegalStateException(
            "leaseDuration "
                + leaseDuration
                + " must be longer than sendTimeout "
                + sendTimeout
                + ", or another relay could take over events still being published");
      }
      long timeoutMs = sendTimeout.toMillis();
      long lingerMs =
          properties.get(ProducerConfig.LINGER_MS_CONFIG) == null
              ? 5
              : Long.parseLong(String.valueOf(properties.get(ProducerConfig.LINGER_MS_CONFIG)));
      long requestTimeoutMs = Math.max(500, Math.min(30_000, (timeoutMs - lingerMs) / 2));
      Map<String, Object> defaults = new LinkedHashMap<>();
      defaults.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
      defaults.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
      defaults.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeoutMs);
      defaults.put(ProducerConfig.CLIENT_ID_CONFIG, relayId);
      Map<String, Object> enforced = new LinkedHashMap<>();
      enforced.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      enforced.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      enforced.put(ProducerConfig.ACKS_CONFIG, "all");
      enforced.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeoutMs);
      enforced.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
      return new KafkaOutboxRelay(this, properties.merge(defaults, enforced));
    }
  }
}
