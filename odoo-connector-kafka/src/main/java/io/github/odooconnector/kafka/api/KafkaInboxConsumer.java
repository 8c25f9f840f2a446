package io.github.odooconnector.kafka.api;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.kafka.internal.ClientProperties;
import io.github.odooconnector.kafka.internal.KafkaErrors;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads events from Kafka topics into an {@link InboxStore}, so that WMS, carrier or other events
 * arriving through Kafka are applied exactly once, like webhooks: each record is stored once per
 * {@code (source, eventId)} and later processed by a {@code WebhookInbox} limited to that source.
 *
 * <pre>{@code
 * InboxStore store = JdbcInboxStore.create(dataSource);
 * KafkaInboxConsumer consumer = KafkaInboxConsumer.builder(store, "wms:acme")
 *     .bootstrapServers("kafka-1:9092")
 *     .topics(List.of("wms-acme-events"))
 *     .groupId("odoo-connector-wms-acme")
 *     .build();
 * consumer.start();                                   // or pollOnce() from the host's scheduler
 * WebhookInbox inbox = WebhookInbox.builder(store).sources(List.of("wms:acme")).build();
 * inbox.process(100, message -> applyWmsEvent(message.body()));
 * }</pre>
 *
 * <p><b>Guarantees.</b> The event id is the {@link KafkaEventHeaders#EVENT_ID} header (configurable
 * with {@link Builder#eventIdHeader}); a record without a usable one is identified by its position
 * ({@code kafka:<topic>:<partition>:<offset>}), which still discards redeliveries of that record.
 * Offsets are committed only after the inbox rows of all records before them are durable
 * (auto-commit is off), so a crash, rebalance or store failure can only make records be read again,
 * and the inbox drops those as duplicates: exactly one inbox row per event. When the store fails
 * mid-poll, the offsets of the records already stored are committed and the consumer rewinds to the
 * first record not stored. The record value is stored as the message body, byte for byte.
 *
 * <p>Authenticity comes from the Kafka cluster (authenticated clients and ACLs on the topic), not
 * from a signature: give the consumer a source of its own and restrict who may write the topic.
 * Several host instances share the partitions through the consumer group. Thread-safe: {@link
 * #pollOnce()} may be called from any thread (one poll at a time); {@link #start()} runs one
 * background thread; {@link #close()} stops it and closes the consumer.
 */
public final class KafkaInboxConsumer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(KafkaInboxConsumer.class.getName());

  private final InboxStore store;
  private final String source;
  private final List<String> topics;
  private final String eventIdHeader;
  private final Duration pollTimeout;
  private final RetrySettings retry;
  private final Clock clock;
  private final String consumerId;
  private final Consumer<byte[], byte[]> consumer;
  private final Object pollLock = new Object();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean closing;
  private boolean subscribed; // guarded by pollLock
  private boolean closed; // guarded by pollLock
  private volatile Thread thread;

  private KafkaInboxConsumer(Builder b, Map<String, Object> config) {
    this.store = b.store;
    this.source = b.source;
    this.topics = b.topics;
    this.eventIdHeader = b.eventIdHeader;
    this.pollTimeout = b.pollTimeout;
    this.retry = b.retry;
    this.clock = b.clock;
    this.consumerId = b.consumerId;
    try {
      this.consumer =
          new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    } catch (RuntimeException e) {
      throw KafkaErrors.map("inbox.create", e);
    }
  }

  /**
   * Starts configuring a consumer.
   *
   * @param store the inbox to store records in
   * @param source the source recorded with every message, for example {@code wms:acme}; the inbox
   *     processor of that source processes them; 1..200 characters
   * @return a builder
   */
  public static Builder builder(InboxStore store, String source) {
    return new Builder(store, source);
  }

  /**
   * The source recorded with every stored message.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Polls once (waiting at most the poll timeout), stores the records in the inbox and commits
   * their offsets, on the calling thread.
   *
   * @return what was read, stored and dropped as duplicate
   * @throws ReliabilityStoreException if the store fails (the records stored before are committed,
   *     the rest is read again)
   * @throws KafkaUnavailableException if Kafka failed to answer or the commit failed (the records
   *     are durable and will be dropped as duplicates when read again)
   * @throws KafkaRejectedException if Kafka rejected the consumer (credentials, ACLs, settings)
   * @throws IllegalStateException if the consumer was closed
   */
  public InboxPollResult pollOnce() {
    synchronized (pollLock) {
      if (closed) {
        throw new IllegalStateException("kafka inbox consumer " + consumerId + " is closed");
      }
      ConsumerRecords<byte[], byte[]> records;
      try {
        if (!subscribed) {
          consumer.subscribe(topics);
          subscribed = true;
        }
        records = consumer.poll(pollTimeout);
      } catch (WakeupException e) {
        return InboxPollResult.empty();
      } catch (RuntimeException e) {
        throw KafkaErrors.map("inbox.poll", e);
      }
      if (records.isEmpty()) {
        return InboxPollResult.empty();
      }
      return store(records);
    }
  }

  private InboxPollResult store(ConsumerRecords<byte[], byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> durable = new LinkedHashMap<>();
    int accepted = 0;
    int duplicates = 0;
    for (TopicPartition tp : records.partitions()) {
      for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
        VerifiedWebhook message = message(r);
        boolean isNew;
        try {
          isNew = store.store(source, message, now());
        } catch (RuntimeException e) {
          rewind(records, durable);
          commitQuietly(durable);
          throw e;
        }
        if (isNew) {
          accepted++;
        } else {
          duplicates++;
        }
        durable.put(tp, new OffsetAndMetadata(r.offset() + 1));
      }
    }
    boolean committed = commit(durable);
    return new InboxPollResult(records.count(), accepted, duplicates, committed);
  }

  private VerifiedWebhook message(ConsumerRecord<byte[], byte[]> r) {
    byte[] body = r.value() == null ? new byte[0] : r.value();
    Header h = r.headers().lastHeader(eventIdHeader);
    String id =
        h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    if (id == null || id.isBlank() || id.length() > 500) {
      String position = "kafka:" + r.topic() + ":" + r.partition() + ":" + r.offset();
      LOG.log(
          Level.WARNING,
          "kafka inbox consumer {0}: record {1} has no usable {2} header; stored under its"
              + " position",
          consumerId,
          position,
          eventIdHeader);
      id = position;
    }
    return new VerifiedWebhook(id, null, body);
  }

  /** Makes the next poll start at the first record of each partition that is not stored yet. */
  private void rewind(
      ConsumerRecords<byte[], byte[]> records, Map<TopicPartition, OffsetAndMetadata> durable) {
    for (TopicPartition tp : records.partitions()) {
      OffsetAndMetadata stored = durable.get(tp);
      long offset = stored != null ? stored.offset() : records.records(tp).get(0).offset();
      try {
        consumer.seek(tp, offset);
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "kafka inbox consumer " + consumerId + ": seek failed", e);
      }
    }
  }

  private boolean commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets);
      return true;
    } catch (WakeupException e) {
      return false; // closing: the records are durable and will be read again as duplicates
    } catch (RuntimeException e) {
      OdooConnectorException mapped = KafkaErrors.map("inbox.commit", e);
      if (mapped.isRetryable()) {
        LOG.log(
            Level.INFO,
            "kafka inbox consumer {0}: offset commit failed ({1}); the stored records will be"
                + " read again and dropped as duplicates",
            consumerId,
            KafkaErrors.describe(e));
        return false;
      }
      throw mapped;
    }
  }

  private void commitQuietly(Map<TopicPartition, OffsetAndMetadata> offsets) {
    if (offsets.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(offsets);
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "kafka inbox consumer " + consumerId + ": commit failed", e);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Starts a background daemon thread that calls {@link #pollOnce()} until {@link #close()}; after
   * a failure it waits as the {@link Builder#retry retry} backoff says (attempts are not limited:
   * the consumer keeps trying).
   *
   * @throws IllegalStateException if already started or closed
   */
  public void start() {
    if (closing) {
      throw new IllegalStateException("kafka inbox consumer " + consumerId + " is closed");
    }
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException("kafka inbox consumer " + consumerId + " already started");
    }
    Thread t = new Thread(this::loop, "odc-kafka-inbox-" + consumerId);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  private void loop() {
    int failures = 0;
    while (running.get()) {
      try {
        pollOnce();
        failures = 0;
      } catch (RuntimeException e) {
        if (!running.get()) {
          break;
        }
        failures++;
        Duration pause = retry.delayAfter(failures);
        LOG.log(
            Level.WARNING,
            "kafka inbox consumer " + consumerId + ": poll failed, retrying after " + pause,
            e);
        LockSupport.parkNanos(this, pause.toNanos());
      } catch (Error e) {
        LOG.log(Level.ERROR, "kafka inbox consumer " + consumerId + " stopped by an error", e);
        running.set(false);
        throw e;
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
   * Stops the background thread and closes the consumer, leaving the group. Offsets of records
   * stored but not yet committed are not committed: those records are read again (by this group's
   * next owner of the partition) and dropped as duplicates. Idempotent.
   */
  @Override
  public void close() {
    closing = true;
    running.set(false);
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      consumer.wakeup();
      LockSupport.unpark(t);
      try {
        t.join(Math.max(10_000, pollTimeout.toMillis() * 4));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (pollLock) {
      if (!closed) {
        closed = true;
        try {
          consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
        } catch (RuntimeException e) {
          LOG.log(Level.DEBUG, "kafka inbox consumer " + consumerId + ": close failed", e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "KafkaInboxConsumer[" + consumerId + ", source=" + source + ", topics=" + topics + "]";
  }

  /**
   * Configures a {@link KafkaInboxConsumer}. Not thread-safe; use from one thread.
   *
   * <p>The consumer fixes the settings its guarantees depend on ({@code enable.auto.commit=false},
   * the deserializers); setting them with {@link #consumerProperty} is refused.
   */
  public static final class Builder {
    private final InboxStore store;
    private final String source;
    private String bootstrapServers;
    private List<String> topics = List.of();
    private String groupId;
    private String eventIdHeader = KafkaEventHeaders.EVENT_ID;
    private Duration pollTimeout = Duration.ofMillis(500);
    private RetrySettings retry =
        RetrySettings.exponential(
            Integer.MAX_VALUE, Duration.ofMillis(200), Duration.ofSeconds(30));
    private Clock clock = Clock.systemUTC();
    private String consumerId = "kafka-inbox-" + UUID.randomUUID();
    private int maxPollRecords = 200;
    private final ClientProperties properties =
        new ClientProperties(
            "KafkaInboxConsumer",
            Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    "offsets are committed only after the inbox rows are durable",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, "keys are read as bytes",
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, "values are stored byte for byte",
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "it is set with bootstrapServers(...)",
                ConsumerConfig.GROUP_ID_CONFIG, "it is set with groupId(...)",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "it is set with maxPollRecords(...)"));

    private Builder(InboxStore store, String source) {
      this.store = Objects.requireNonNull(store, "store");
      this.source = Objects.requireNonNull(source, "source");
      if (source.isBlank() || source.length() > 200) {
        throw new IllegalArgumentException(
            "source must be 1..200 characters, got length " + source.length());
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
     * Sets the topics to read (required).
     *
     * @param names at least one topic name
     * @return this builder
     */
    public Builder topics(Collection<String> names) {
      Objects.requireNonNull(names, "topics");
      if (names.isEmpty()) {
        throw new IllegalArgumentException("topics must name at least one topic");
      }
      for (String n : names) {
        Objects.requireNonNull(n, "topic");
        if (n.isBlank()) {
          throw new IllegalArgumentException("topic names must not be blank");
        }
      }
      this.topics = List.copyOf(names);
      return this;
    }

    /**
     * Sets the consumer group (required). Host instances with the same group share the partitions.
     *
     * @param id the group id
     * @return this builder
     */
    public Builder groupId(String id) {
      Objects.requireNonNull(id, "groupId");
      if (id.isBlank()) {
        throw new IllegalArgumentException("groupId must not be blank");
      }
      this.groupId = id;
      return this;
    }

    /**
     * Sets the header carrying the event id (default {@link KafkaEventHeaders#EVENT_ID}), for
     * topics written by other producers.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder eventIdHeader(String name) {
      Objects.requireNonNull(name, "eventIdHeader");
      if (name.isBlank()) {
        throw new IllegalArgumentException("eventIdHeader must not be blank");
      }
      this.eventIdHeader = name;
      return this;
    }

    /**
     * Adds a Kafka consumer property, for example security settings or {@code auto.offset.reset}
     * (default {@code earliest}: a new group reads the topics from the beginning). Values are never
     * logged.
     *
     * @param key the consumer property
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the consumer fixes the property (the message says why)
     */
    public Builder consumerProperty(String key, Object value) {
      properties.put(key, value);
      return this;
    }

    /**
     * Sets how long one poll waits for records (default 500 ms).
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder pollTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "pollTimeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("pollTimeout must be positive, got " + timeout);
      }
      this.pollTimeout = timeout;
      return this;
    }

    /**
     * Sets the most records one poll returns (default 200).
     *
     * @param max 1..10000
     * @return this builder
     */
    public Builder maxPollRecords(int max) {
      if (max < 1 || max > 10_000) {
        throw new IllegalArgumentException("maxPollRecords must be 1..10000, got " + max);
      }
      this.maxPollRecords = max;
      return this;
    }

    /**
     * Sets the background thread's backoff after a failed poll (default: exponential from 200 ms to
     * 30 s, unlimited attempts; {@code maxAttempts} is not used).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retry(RetrySettings policy) {
      this.retry = Objects.requireNonNull(policy, "retry");
      return this;
    }

    /**
     * Sets the time source for the receipt times (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Sets the consumer id used as {@code client.id} and in logs (default {@code
     * kafka-inbox-<uuid>}).
     *
     * @param id 1..200 characters
     * @return this builder
     */
    public Builder consumerId(String id) {
      Objects.requireNonNull(id, "consumerId");
      if (id.isBlank() || id.length() > 200) {
        throw new IllegalArgumentException("consumerId must be 1..200 characters");
      }
      this.consumerId = id;
      return this;
    }

    /**
     * Builds the consumer; it joins the group on the first poll.
     *
     * @return the consumer
     * @throws IllegalStateException if bootstrap servers, topics or group id are missing
     * @throws KafkaRejectedException if Kafka refuses the settings
     */
    public KafkaInboxConsumer build() {
      if (bootstrapServers == null) {
        throw new IllegalStateException("bootstrapServers(...) is required");
      }
      if (topics.isEmpty()) {
        throw new IllegalStateException("topics(...) is required");
      }
      if (groupId == null) {
        throw new IllegalStateException("groupId(...) is required");
      }
      Map<String, Object> defaults = new HashMap<>();
      defaults.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      defaults.put(ConsumerConfig.CLIENT_ID_CONFIG, consumerId);
      defaults.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      Map<String, Object> enforced = new HashMap<>();
      enforced.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      enforced.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
      enforced.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      enforced.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
      return new KafkaInboxConsumer(this, properties.merge(defaults, enforced));
    }
  }
}
