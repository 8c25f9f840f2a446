package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The state a {@link SimulatedCarrier}'s collaborators share: its fixed configuration
 * (capabilities, clock), the one sequence every shipment, manifest, refund and pickup number is
 * drawn from, and the register of shipments bought, cancelled and manifested.
 *
 * <p>Not thread-safe: only used under the owning {@link SimulatedCarrier}'s monitor.
 */
final class CarrierState {

  final CarrierCapabilities capabilities;
  final Clock clock;

  /** Shipments bought, by shipment id, in purchase order. */
  final Map<String, CarrierShipment> byId = new LinkedHashMap<>();

  /** Ids of the shipments cancelled. */
  final Set<String> cancelled = new HashSet<>();

  /** The manifest id each manifested shipment is in, by shipment id. */
  final Map<String, String> manifestOf = new HashMap<>();

  private int sequence;

  CarrierState(CarrierCapabilities capabilities, Clock clock) {
    this.capabilities = capabilities;
    this.clock = clock;
  }

  /** The carrier code, for exceptions and generated ids. */
  String code() {
    return capabilities.carrierCode();
  }

  /** Advances the shared sequence and returns its new value. */
  int nextSequence() {
    return ++sequence;
  }

  /** Advances the shared sequence and returns {@code <kind>-<code>-<6-digit sequence>}. */
  String nextId(String kind) {
    return String.format(Locale.ROOT, "%s-%s-%06d", kind, code(), nextSequence());
  }

  static int requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    return count;
  }

  static int requireNth(int nth) {
    if (nth < 1) {
      throw new IllegalArgumentException("nth must be at least 1, got " + nth);
    }
    return nth;
  }
}
