package io.github.odooconnector.wms.internal;

import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.wms.api.WmsIncident;
import io.github.odooconnector.wms.api.WmsIncidentListener;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands {@link WmsIncident}s to the host's listener, each once per incident key under the
 * idempotency store; without a listener, the incidents people must act on anyway (WMS holds,
 * exceptions, cancellations, changes not sent) become plain activities on the picking and the rest
 * are left to the outbox events as before. Thread-safe.
 */
final class Incidents {

  /** What gets an activity when no listener is configured. */
  private static final Set<WmsIncident.Kind> ACTIVITY_BY_DEFAULT =
      EnumSet.of(
          WmsIncident.Kind.ORDER_HELD,
          WmsIncident.Kind.ORDER_EXCEPTION,
          WmsIncident.Kind.ORDER_CANCELLED,
          WmsIncident.Kind.CHANGE_NOT_SENT);

  private final WmsIncidentListener listener;
  private final PickingActivities activities;
  private final Idempotent idempotent;
  private final WmsSettings settings;

  /** Wires the incidents; {@code listener} is null for the built-in activities. */
  Incidents(
      WmsIncidentListener listener,
      PickingActivities activities,
      Idempotent idempotent,
      WmsSettings settings) {
    this.listener = listener;
    this.activities = activities;
    this.idempotent = idempotent;
    this.settings = settings;
  }

  /** Whether incidents of this kind go anywhere (so callers can skip looking them up). */
  boolean wanted(WmsIncident.Kind kind) {
    return listener != null || ACTIVITY_BY_DEFAULT.contains(kind);
  }

  /**
   * Raises an incident once: a repeat with the same kind, picking and reference (a redelivered
   * event, a retried run) does nothing. A listener failure leaves the key failed, so the caller's
   * retry raises it again.
   */
  void raise(WmsIncident incident) {
    String key =
        settings.keyPrefix()
            + "incident:"
            + incident.kind()
            + ":"
            + incident.pickingId()
            + ":"
            + incident.reference();
    idempotent.execute(
        key,
        Map.of("kind", incident.kind().name(), "picking", incident.pickingId()),
        String.class,
        () -> {
          deliver(incident);
          return incident.kind().name();
        });
  }

  private void deliver(WmsIncident incident) {
    if (listener != null) {
      listener.onIncident(incident);
    } else if (ACTIVITY_BY_DEFAULT.contains(incident.kind())) {
      activities.open(incident);
    }
  }
}
