package io.github.odooconnector.carrier.store;

import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link TrackingStateStore} in a concurrent map: the default, for a single instance and for
 * tests. State is lost on restart (see {@link TrackingStateStore} for what that means).
 *
 * <p>Thread-safe.
 */
public final class InMemoryTrackingStateStore implements TrackingStateStore {

  private final ConcurrentMap<String, TrackingState> states = new ConcurrentHashMap<>();

  private InMemoryTrackingStateStore() {}

  /**
   * Creates an empty store.
   *
   * @return the store
   */
  public static InMemoryTrackingStateStore create() {
    return new InMemoryTrackingStateStore();
  }

  @Override
  public Optional<TrackingState> find(String carrierCode, String trackingNumber) {
    return Optional.ofNullable(states.get(key(carrierCode, trackingNumber)));
  }

  @Override
  public boolean compareAndSet(long expectedVersion, TrackingState next) {
    Objects.requireNonNull(next, "next");
    if (next.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "next.version must be " + (expectedVersion + 1) + ", got " + next.version());
    }
    String key = key(next.carrierCode(), next.trackingNumber());
    if (expectedVersion == 0) {
      return states.putIfAbsent(key, next) == null;
    }
    boolean[] stored = {false};
    states.computeIfPresent(
        key,
        (k, current) -> {
          if (current.version() == expectedVersion) {
            stored[0] = true;
            return next;
          }
          return current;
        });
    return stored[0];
  }

  private static String key(String carrierCode, String trackingNumber) {
    return Objects.requireNonNull(carrierCode, "carrierCode")
        + '\u0000'
        + Objects.requireNonNull(trackingNumber, "trackingNumber");
  }

  @Override
  public String toString() {
    return "InMemoryTrackingStateStore[" + states.size() + " parcels]";
  }
}
