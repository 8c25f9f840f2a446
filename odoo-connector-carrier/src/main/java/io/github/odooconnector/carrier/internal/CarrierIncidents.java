package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.CarrierIncident;
import io.github.odooconnector.carrier.api.CarrierIncidentListener;

/** The host's incident listener, or none. Thread-safe. */
final class CarrierIncidents {

  private final CarrierIncidentListener listener;

  /** Wires the incidents; {@code listener} is null when the host configured none. */
  CarrierIncidents(CarrierIncidentListener listener) {
    this.listener = listener;
  }

  /** Whether a listener takes the incidents. */
  boolean present() {
    return listener != null;
  }

  /** Hands an incident to the listener; nothing without one. */
  void raise(CarrierIncident incident) {
    if (listener != null) {
      listener.onIncident(incident);
    }
  }

  /**
   * The incident of a label purchase whose outcome is unknown: raised by the purchase and again by
   * the reconciler when the carrier cannot answer, the same kind, picking, reference and summary
   * each time, so a listener recognises it as one incident (one activity).
   */
  static CarrierIncident outcomeUnknown(
      long pickingId, String pickingName, String idempotencyKey, String details) {
    return new CarrierIncident(
        CarrierIncident.Kind.OUTCOME_UNKNOWN,
        pickingId,
        pickingName,
        idempotencyKey,
        "Label purchase outcome unknown for " + pickingName,
        details);
  }
}
