package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.supplier.api.SupplierIncident;
import io.github.odooconnector.supplier.api.SupplierIncidentListener;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Hands {@link SupplierIncident}s to the host's listener, each once per incident key under the
 * idempotency store; without a listener, reviews and mismatches become plain activities on their
 * record (the behaviour before listeners existed) and late deliveries stay in the chatter.
 * Thread-safe.
 */
final class Incidents {
  private final SupplierSettings settings;
  private final PurchaseGateway odoo;
  private final Idempotent idempotent;
  private final String keyPrefix;

  Incidents(SupplierSettings settings, PurchaseGateway odoo, Idempotent idempotent, String prefix) {
    this.settings = settings;
    this.odoo = odoo;
    this.idempotent = idempotent;
    this.keyPrefix = prefix;
  }

  /**
   * Raises an incident once: a repeat with the same kind, record and reference (a redelivered
   * document, a retried run) does nothing more. A listener failure leaves the key failed, so the
   * caller's retry raises it again.
   *
   * @param incident the incident
   * @param note the activity's note (HTML) when there is no listener
   * @param user who the built-in activity is assigned to, or null
   * @return the built-in activity's id, empty when a listener took the incident or none was made
   */
  Optional<Long> raise(SupplierIncident incident, String note, Long user) {
    String key =
        keyPrefix
            + "incident/"
            + incident.kind()
            + "/"
            + incident.model()
            + "/"
            + incident.recordId()
            + "/"
            + incident.reference();
    String activity =
        idempotent.execute(
            key,
            Map.of("kind", incident.kind().name(), "record", incident.recordId()),
            String.class,
            () -> deliver(incident, note, user));
    return activity.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(activity));
  }

  private String deliver(SupplierIncident incident, String note, Long user) {
    SupplierIncidentListener listener = settings.incidentListener();
    if (listener != null) {
      listener.onIncident(incident);
      return "";
    }
    if (incident.kind() == SupplierIncident.Kind.LATE_DELIVERY) {
      return "";
    }
    return String.valueOf(
        odoo.activity(
            incident.model(), incident.recordId(), incident.summary(), note, deadline(), user));
  }

  /** The built-in activities' deadline: the review time rounded up to whole days. */
  LocalDate deadline() {
    long days = Math.max(0, (settings.reviewDeadline().toHours() + 23) / 24);
    return LocalDate.ofInstant(settings.clock().instant(), ZoneOffset.UTC).plusDays(days);
  }
}
