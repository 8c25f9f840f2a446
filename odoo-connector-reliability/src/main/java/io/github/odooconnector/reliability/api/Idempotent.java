package io.github.odooconnector.reliability.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Heartbeat;
import io.github.odooconnector.reliability.internal.Json;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a side effect (a write to Odoo, a WMS or a carrier) at most once per idempotency key, across
 * threads and application instances sharing an {@link IdempotencyStore}.
 *
 * <pre>{@code
 * Idempotent idempotent = Idempotent.builder(JdbcIdempotencyStore.create(dataSource))
 *     .owner("host-1").leaseDuration(Duration.ofMinutes(2)).build();
 * long pickingId =
 *     idempotent.execute("ship:" + order.id(), order, Long.class, () -> createPicking(order));
 * }</pre>
 *
 * <p>Semantics of {@link #execute}: the first caller claims the key under a lease and runs the
 * action; its result is stored as JSON and returned to every later caller with the same key
 * (deserialized as {@code resultType}). A caller arriving while the action runs gets {@link
 * IdempotencyInProgressException} (retryable). If the action throws, the key is marked FAILED and
 * the exception is rethrown; the next call runs the action again. If an owner dies, another caller
 * takes the key over once the lease expires; the dead owner's fencing token is then stale, so its
 * late completion is ignored and it gets {@link IdempotencyLeaseLostException}. Reusing a key with
 * a payload whose canonical-JSON SHA-256 differs throws {@link IdempotencyConflictException}.
 * {@link #completedResult(String, Class)} reads a completed key's stored result without running
 * anything.
 *
 * <p>While the action runs, the lease is renewed every third of the lease duration (a heartbeat),
 * so an action may run far longer than the lease; the lease only runs out when this process stops
 * renewing it (it died, or cannot reach the store for a whole lease), and then another caller may
 * take the key over. Choose the lease (default 5 minutes) as the time you accept before a dead
 * owner's key is taken over. Results are kept for the retention period (default 7 days) and then
 * purged by {@link IdempotencyStore#purgeExpired}. Payload fingerprints and results use the
 * canonical model's JSON configuration, the same as outbox events, unless {@link
 * Builder#objectMapper} replaces it.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class Idempotent {

  /** Default retention of completed keys. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  /** Default lease on a claimed key. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  private final IdempotencyStore store;
  private final String owner;
  private final Duration leaseDuration;
  private final Clock clock;
  private final Duration retention;
  private final ObjectMapper mapper;

  private Idempotent(Builder b) {
    this.store = b.store;
    this.owner = b.owner;
    this.leaseDuration = b.leaseDuration;
    this.clock = b.clock;
    this.retention = b.retention;
    this.mapper = b.mapper;
  }

  /**
   * Starts configuring the helper.
   *
   * @param store where keys are recorded
   * @return a builder
   */
  public static Builder builder(IdempotencyStore store) {
    return new Builder(store);
  }

  /**
   * Runs {@code action} at most once for {@code key}; repeats get the stored result.
   *
   * @param key the idempotency key, 1..512 characters
   * @param payloadForFingerprint what the action is about (for example the request); its canonical
   *     JSON's SHA-256 must match on every call with this key; may be null
   * @param resultType the result's class, used to read a stored result back
   * @param action the side effect; may return null (replayed as null)
   * @param <T> the result type
   * @return the action's result, fresh or replayed
   * @throws IdempotencyConflictException if the key was used with a different payload
   * @throws IdempotencyInProgressException if another owner is running the action (retryable)
   * @throws IdempotencyLeaseLostException if this call's lease was taken over before it could
   *     record its result
   * @throws ReliabilityStoreException if the store failed; when this happens after the action ran
   *     (recording the result failed), the outcome is unknown to the store and the key is retried
   *     after its lease expires
   * @throws EventEncodingException if the payload or result cannot be converted to JSON
   */
  public <T> T execute(
      String key, Object payloadForFingerprint, Class<T> resultType, Supplier<T> action) {
    Objects.requireNonNull(resultType, "resultType");
    return run(key, payloadForFingerprint, mapper.constructType(resultType), action);
  }

  /**
   * Like {@link #execute(String, Object, Class, Supplier)} for generic results such as {@code
   * List<Long>}: {@code execute(key, order, new TypeReference<List<Long>>() {}, () ->
   * createPickings(order))}.
   *
   * @param key the idempotency key, 1..512 characters
   * @param payloadForFingerprint what the action is about; may be null
   * @param resultType the result's full generic type, used to read a stored result back
   * @param action the side effect; may return null
   * @param <T> the result type
   * @return the action's result, fresh or replayed
   * @throws IdempotencyConflictException if the key was used with a different payload
   * @throws IdempotencyInProgressException if another owner is running the action (retryable)
   * @throws IdempotencyLeaseLostException if this call's lease was taken over before it could
   *     record its result
   * @throws ReliabilityStoreException if the store failed
   * @throws EventEncodingException if the payload or result cannot be converted to JSON
   */
  public <T> T execute(
      String key, Object payloadForFingerprint, TypeReference<T> resultType, Supplier<T> action) {
    Objects.requireNonNull(resultType, "resultType");
    return run(key, payloadForFingerprint, mapper.constructType(resultType), action);
  }

  @SuppressWarnings("try") // the heartbeat only needs closing
  private <T> T run(
      String key, Object payloadForFingerprint, JavaType resultType, Supplier<T> action) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(action, "action");
    String fingerprint = fingerprint(payloadForFingerprint);
    Instant now = Times.now(clock);
    ClaimResult claim =
        store.claim(
            new ClaimRequest(
                key, fingerprint, owner, now, now.plus(leaseDuration), now.plus(retention)));
    IdempotencyRecord record = claim.record();
    switch (claim.status()) {
      case COMPLETED:
        return read(key, record.optionalResultJson().orElse("null"), resultType);
      case IN_PROGRESS:
        throw new IdempotencyInProgressException(key, record.owner(), record.leaseExpiresAt());
      case FINGERPRINT_MISMATCH:
        throw new IdempotencyConflictException(key, record.fingerprint(), fingerprint);
      case ACQUIRED:
        break;
      default:
        throw new IllegalStateException("unknown claim status " + claim.status());
    }
    long token = record.fencingToken();
    T result;
    try (Heartbeat beat =
        Heartbeat.every(
            Heartbeat.intervalFor(leaseDuration),
            "idempotency key " + key,
            () -> {
              Instant t = Times.now(clock);
              store.renew(key, token, t, t.plus(leaseDuration));
            })) {
      result = action.get();
    } catch (RuntimeException | Error e) {
      try {
        store.fail(key, token, Errors.describe(e), Times.now(clock));
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    String json;
    try {
      json = mapper.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      store.fail(key, token, "result not serializable: " + Errors.describe(e), Times.now(clock));
      throw new EventEncodingException(
          "result of idempotent action '"
              + key
              + "' ("
              + result.getClass().getName()
              + ") cannot be stored as JSON; the action has run",
          e);
    }
    if (!store.complete(key, token, json, Times.now(clock))) {
      throw new IdempotencyLeaseLostException(key, token);
    }
    return result;
  }

  /**
   * Reads the stored result of a key whose action has completed, without running anything: for
   * example to find the label bought under a key before voiding it. The result is read with the
   * same JSON configuration that stored it (this helper's mapper). The payload fingerprint is not
   * compared.
   *
   * @param key the idempotency key
   * @param resultType the result's class
   * @param <T> the result type
   * @return the result; empty if the key is unknown (or purged), still in progress, failed, or its
   *     action returned {@code null}
   * @throws EventEncodingException if the stored result cannot be read as {@code resultType}
   * @throws ReliabilityStoreException if the store fails
   */
  public <T> Optional<T> completedResult(String key, Class<T> resultType) {
    Objects.requireNonNull(resultType, "resultType");
    return lookUp(key, mapper.constructType(resultType));
  }

  /**
   * Like {@link #completedResult(String, Class)} for generic results such as {@code List<Long>}.
   *
   * @param key the idempotency key
   * @param resultType the result's full generic type
   * @param <T> the result type
   * @return the result; empty if the key is unknown (or purged), still in progress, failed, or its
   *     action returned {@code null}
   * @throws EventEncodingException if the stored result cannot be read as {@code resultType}
   * @throws ReliabilityStoreException if the store fails
   */
  public <T> Optional<T> completedResult(String key, TypeReference<T> resultType) {
    Objects.requireNonNull(resultType, "resultType");
    return lookUp(key, mapper.constructType(resultType));
  }

  private <T> Optional<T> lookUp(String key, JavaType resultType) {
    Objects.requireNonNull(key, "key");
    return store
        .find(key)
        .filter(r -> r.state() == IdempotencyState.COMPLETED)
        .flatMap(IdempotencyRecord::optionalResultJson)
        .flatMap(json -> Optional.ofNullable(this.<T>read(key, json, resultType)));
  }

  /**
   * Hex SHA-256 of the canonical JSON of a payload, as used for the fingerprint.
   *
   * @param payload the payload, may be null
   * @return 64 lower-case hex characters
   */
  public String fingerprint(Object payload) {
    return Json.fingerprint(mapper, payload);
  }

  private <T> T read(String key, String json, JavaType type) {
    try {
      return Json.reader(mapper).forType(type).readValue(json);
    } catch (JsonProcessingException e) {
      throw new EventEncodingException(
          "stored result of idempotency key '" + key + "' cannot be read as " + type.toCanonical(),
          e);
    }
  }

  @Override
  public String toString() {
    return "Idempotent[owner="
        + owner
        + ", lease="
        + leaseDuration
        + ", retention="
        + retention
        + "]";
  }

  /** Configures an {@link Idempotent}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final IdempotencyStore store;
    private String owner = "idempotent-" + UUID.randomUUID();
    private Duration leaseDuration = DEFAULT_LEASE;
    private Clock clock = Clock.systemUTC();
    private Duration retention = DEFAULT_RETENTION;
    private ObjectMapper mapper = Json.MAPPER;

    private Builder(IdempotencyStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Sets this instance's name, recorded with claims and shown to other owners in {@link
     * IdempotencyInProgressException} (default {@code idempotent-<uuid>}; the host name and process
     * id are a good choice).
     *
     * @param name 1..200 characters
     * @return this builder
     */
    public Builder owner(String name) {
      Objects.requireNonNull(name, "owner");
      if (name.isBlank() || name.length() > 200) {
        throw new IllegalArgumentException(
            "owner must be 1..200 characters, got length " + name.length());
      }
      this.owner = name;
      return this;
    }

    /**
     * Sets how long a claim holds without renewal before another owner may take the key over
     * (default {@link #DEFAULT_LEASE}); the lease is renewed every third of it while the action
     * runs.
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
     * Sets the time source for leases and retention (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Sets how long completed keys are replayed before they may be purged (default {@link
     * #DEFAULT_RETENTION}).
     *
     * @param r zero or positive duration
     * @return this builder
     */
    public Builder retention(Duration r) {
      Objects.requireNonNull(r, "retention");
      if (r.isNegative()) {
        throw new IllegalArgumentException("retention must not be negative, got " + r);
      }
      this.retention = r;
      return this;
    }

    /**
     * Replaces the JSON configuration used for fingerprints and results (default: the canonical
     * model's, {@code CanonicalJson.mapper()}). Results stored with one configuration must be read
     * with the same one.
     *
     * @param objectMapper the mapper; must not be reconfigured afterwards
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.mapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /**
     * Builds the helper.
     *
     * @return the helper
     */
    public Idempotent build() {
      return new Idempotent(this);
    }
  }
}
