package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.reliability.spi.ClaimRequest;
import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyStats;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.micrometer.core.instrument.Tags;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An idempotency store that counts claims by result, completions and failures, and forwards every
 * call unchanged. Thread-safe if the delegate is.
 */
final class MeteredIdempotencyStore implements IdempotencyStore {

  private final StoreMeters m;
  private final Tags tags;
  private final IdempotencyStore delegate;

  MeteredIdempotencyStore(StoreMeters m, Tags tags, IdempotencyStore delegate) {
    this.m = m;
    this.tags = tags;
    this.delegate = delegate;
  }

  @Override
  public ClaimResult claim(ClaimRequest request) {
    ClaimResult result = delegate.claim(request);
    ClaimResult.Status status = result.status();
    String value =
        status == ClaimResult.Status.FINGERPRINT_MISMATCH
            ? "conflict"
            : status.name().toLowerCase(Locale.ROOT);
    m.counter(
            "odoo.idempotency.claims",
            "idempotency claims by result (acquired, completed, in_progress, conflict)",
            tags.and("result", value))
        .increment();
    return result;
  }

  @Override
  public boolean renew(String key, long fencingToken, Instant now, Instant leaseExpiresAt) {
    return delegate.renew(key, fencingToken, now, leaseExpiresAt);
  }

  @Override
  public boolean complete(String key, long fencingToken, String resultJson, Instant now) {
    boolean result = delegate.complete(key, fencingToken, resultJson, now);
    if (result) {
      m.counter("odoo.idempotency.completed", "idempotent actions completed", tags).increment();
    }
    return result;
  }

  @Override
  public boolean fail(String key, long fencingToken, String error, Instant now) {
    boolean result = delegate.fail(key, fencingToken, error, now);
    if (result) {
      m.counter("odoo.idempotency.failed", "idempotent actions failed", tags).increment();
    }
    return result;
  }

  @Override
  public Optional<IdempotencyRecord> find(String key) {
    return delegate.find(key);
  }

  @Override
  public int purgeExpired(Instant now) {
    return delegate.purgeExpired(now);
  }

  @Override
  public String toString() {
    return "Metered[" + delegate + "]";
  }

  @Override
  public IdempotencyStats stats() {
    return delegate.stats();
  }
}
