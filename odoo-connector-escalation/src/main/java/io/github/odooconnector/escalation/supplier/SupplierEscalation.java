package io.github.odooconnector.escalation.supplier;

import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.supplier.api.SupplierIncident;
import io.github.odooconnector.supplier.api.SupplierIncidentListener;
import java.util.Objects;

/**
 * Plugs the supplier workflows into the escalations: every {@link SupplierIncident} (an
 * acknowledgement raised for review, a late delivery, a ship notice that does not match the order)
 * becomes one activity on its purchase order or incoming picking, assigned and due by the
 * escalation rules.
 *
 * <pre>{@code
 * SupplierIntegration suppliers = SupplierIntegration.builder()
 *     .odoo(odoo)
 *     .adapter(adapter)
 *     .idempotencyStore(idempotency)
 *     .outboxStore(outbox)
 *     .incidentListener(SupplierEscalation.listener(escalations))
 *     .build();
 * }</pre>
 *
 * <p>The supplier module does not depend on this one: the host wires them together. Stateless and
 * thread-safe.
 */
public final class SupplierEscalation {

  private SupplierEscalation() {}

  /**
   * A listener escalating every supplier incident.
   *
   * @param escalations where incidents become activities
   * @return the listener, for {@code SupplierIntegration.Builder.incidentListener(...)}
   */
  public static SupplierIncidentListener listener(Escalations escalations) {
    Objects.requireNonNull(escalations, "escalations");
    return incident -> escalations.escalate(incident(incident));
  }

  /**
   * The escalation incident of a supplier incident: on its record, with the supplier incident's
   * reference (so a redelivered document finds the activity raised for it).
   *
   * @param incident the supplier incident
   * @return the incident to escalate
   */
  public static Incident incident(SupplierIncident incident) {
    Objects.requireNonNull(incident, "incident");
    return new Incident(
        kind(incident.kind()),
        incident.model(),
        incident.recordId(),
        incident.reference(),
        incident.summary() + " (" + incident.recordReference() + ")",
        incident.details());
  }

  /**
   * The escalation kind of a supplier incident kind.
   *
   * @param kind the supplier kind
   * @return the escalation kind
   */
  public static IncidentKind kind(SupplierIncident.Kind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case ACKNOWLEDGEMENT_REVIEW -> IncidentKind.SUPPLIER_REVIEW;
      case LATE_DELIVERY -> IncidentKind.LATE_DELIVERY;
      case SHIP_NOTICE_MISMATCH -> IncidentKind.SHIP_NOTICE_MISMATCH;
    };
  }
}
