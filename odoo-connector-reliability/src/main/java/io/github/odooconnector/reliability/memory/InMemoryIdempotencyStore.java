package io.github.odooconnector.reliability.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStats;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * {@link IdempotencyStore} in the heap of one process, on a Caffeine cache whose entries expire at
 * their retention instant (in-progress keys not before their lease ends), measured by the given
 * {@link Clock}.
 *
 * <p>Use it for single-instance deployments and tests; keys are lost on restart, so a restarted
 * application may run an action again. Share a JDBC store between instances instead. Thread-safe:
 * every operation is an atomic per-key compute.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  private final Cache<String, IdempotencyRecord> cache;
  private final ConcurrentMap<String, IdempotencyRecord> map;
  private final Clock clock;

  /**
   * Creates an empty store measuring expiry with the system UTC clock.
   *
   * @return the store
   */
  public static InMemoryIdempotencyStore create() {
    return new InMemoryIdempotencyStore(Clock.systemUTC());
  }

  /**
   * Creates an empty store measuring expiry with the given clock.
   *
   * @param clock time source for expiry (use the same clock as the {@link Idempotent} helper)
   * @return the store
   */
  public static InMemoryIdempotencyStore create(Clock clock) {
    return new InMemoryIdempotencyStore(clock);
  }

  private InMemoryIdempotencyStore(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    this.clock = clock;
    Ticker ticker =
        () -> {
          Instant i = clock.instant();
          return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        };
    this.cache =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfter(
                new Expiry<String, IdempotencyRecord>() {
                  @Override
                  public long expireAfterCreate(
                      String key, IdempotencyRecord value, long currentTime) {
                    return remaining(value, currentTime);
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, IdempotencyRecord value, long currentTime, long currentDuration) {
                    return remaining(value, currentTime);
                  }

                  @Override
                  public long expireAfterRead(
                      String key, IdempotencyRecord value, long currentTime, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
    this.map = cache.asMap();
  }

  private static long remaining(IdempotencyRecord r, long nowNanos) {
    Instant until =
        r.state() == IdempotencyState.IN_PROGRESS && r.leaseExpiresAt().isAfter(r.expiresAt())
            ? r.leaseExpiresAt()
            : r.expiresAt();
    long untilNanos = until.getEpochSecond() * 1_000_000_000L + until.getNano();
    return Math.max(0L, untilNanos - nowNanos);
  }

  @Override
  public ClaimResult claim(ClaimRequest request) {
    Objects.requireNonNull(request, "request");
    ClaimResult[] out = new ClaimResult[1];
    Instant now = Times.micros(request.now());
    map.compute(
        request.key(),
        (key, existing) -> {
          if (existing == null) {
            IdempotencyRecord fresh =
                new IdempotencyRecord(
                    key,
                    request.fingerprint(),
                    IdempotencyState.IN_PROGRESS,
                    request.owner(),
                    1L,
                    Times.micros(request.leaseExpiresAt()),
                    null,
                    null,
                    now,
                    now,
                    Times.micros(request.expiresAt()));
            out[0] = new ClaimResult(ClaimResult.Status.ACQUIRED, fresh);
            return fresh;
          }
          if (!existing.fingerprint().equals(request.fingerprint())) {
            out[0] = new ClaimResult(ClaimResult.Status.FINGERPRINT_MISMATCH, existing);
            return existing;
          }
          if (existing.state() == IdempotencyState.COMPLETED) {
            out[0] = new ClaimResult(ClaimResult.Status.COMPLETED, existing);
            return existing;
          }
          if (existing.state() == IdempotencyState.IN_PROGRESS
              && existing.leaseExpiresAt().isAfter(now)) {
            out[0] = new ClaimResult(ClaimResult.Status.IN_PROGRESS, existing);
            return existing;
          }
          IdempotencyRecord taken =
              new IdempotencyRecord(
                  key,
                  existing.fingerprint(),
                  IdempotencyState.IN_PROGRESS,
                  request.owner(),
                  existing.fencingToken() + 1,
                  Times.micros(request.leaseExpiresAt()),
                  null,
                  existing.lastError(),
                  existing.createdAt(),
                  now,
                  Times.micros(request.expiresAt()));
          out[0] = new ClaimResult(ClaimResult.Status.ACQUIRED, taken);
          return taken;
        });
    return out[0];
  }

  @Override
  public boolean complete(String key, long fencingToken, String resultJson, Instant now) {
    Objects.requireNonNull(resultJson, "resultJson");
    return transition(
        key,
        fencingToken,
        r ->
            new IdempotencyRecord(
                r.key(),
                r.fingerprint(),
                IdempotencyState.COMPLETED,
                r.owner(),
                r.fencingToken(),
                r.leaseExpiresAt(),
                resultJson,
                null,
                r.createdAt(),
                Times.micros(now),
                r.expiresAt()));
  }

  @Override
  public boolean fail(String key, long fencingToken, String error, Instant now) {
    Objects.requireNonNull(error, "error");
    return transition(
        key,
        fencingToken,
        r ->
            new IdempotencyRecord(
                r.key(),
                r.fingerprint(),
                IdempotencyState.FAILED,
                r.owner(),
                r.fencingToken(),
                r.leaseExpiresAt(),
                null,
                Errors.truncate(error),
                r.createdAt(),
                Times.micros(now),
                r.expiresAt()));
  }

  @Override
  public boolean renew(String key, long fencingToken, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    return transition(
        key,
        fencingToken,
        r ->
            new IdempotencyRecord(
                r.key(),
                r.fingerprint(),
                r.state(),
                r.owner(),
                r.fencingToken(),
                Times.micros(leaseExpiresAt),
                r.resultJson(),
                r.lastError(),
                r.createdAt(),
                r.updatedAt(),
                r.expiresAt()));
  }

  private boolean transition(String key, long token, UnaryOperator<IdempotencyRecord> change) {
    Objects.requireNonNull(key, "key");
    boolean[] done = new boolean[1];
    map.computeIfPresent(
        key,
        (k, r) -> {
          if (r.fencingToken() != token || r.state() != IdempotencyState.IN_PROGRESS) {
            return r;
          }
          done[0] = true;
          return change.apply(r);
        });
    return done[0];
  }

  @Override
  public Optional<IdempotencyRecord> find(String key) {
    return Optional.ofNullable(map.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    int[] n = new int[1];
    for (String key : map.keySet()) {
      map.computeIfPresent(
          key,
          (k, r) -> {
            if (r.state() != IdempotencyState.IN_PROGRESS && r.expiresAt().isBefore(now)) {
              n[0]++;
              return null;
            }
            return r;
          });
    }
    cache.cleanUp();
    return n[0];
  }

  @Override
  public IdempotencyStats stats() {
    Instant now = clock.instant();
    Map<String, long[]> counts = new HashMap<>();
    Map<String, Instant> oldest = new HashMap<>();
    for (IdempotencyRecord r : map.values()) {
      String s =
          r.state() == IdempotencyState.IN_PROGRESS && !r.leaseExpiresAt().isAfter(now)
              ? "UNKNOWN"
              : r.state().name();
      counts.computeIfAbsent(s, k -> new long[1])[0]++;
      oldest.merge(s, r.updatedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }
    return new IdempotencyStats(
        stat(counts, oldest, "IN_PROGRESS"),
        stat(counts, oldest, "UNKNOWN"),
        stat(counts, oldest, "COMPLETED"),
        stat(counts, oldest, "FAILED"));
  }

  private static StatusStats stat(
      Map<String, long[]> counts, Map<String, Instant> oldest, String state) {
    long[] n = counts.get(state);
    return n == null ? StatusStats.empty() : new StatusStats(n[0], oldest.get(state));
  }

  /**
   * Number of keys currently held (for monitoring).
   *
   * @return the estimated number of keys
   */
  public long size() {
    return cache.estimatedSize();
  }

  @Override
  public String toString() {
    return "InMemoryIdempotencyStore[keys=" + cache.estimatedSize() + "]";
  }
}
