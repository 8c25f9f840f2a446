package io.github.odooconnector.escalation.wms;

import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.wms.api.WmsIncident;
import io.github.odooconnector.wms.api.WmsIncidentListener;
import java.util.Objects;

/**
 * Plugs the WMS workflows into the escalations: every {@link WmsIncident} (short pick, receipt
 * discrepancy, WMS hold, exception or cancellation, a change the WMS could not take) becomes one
 * activity on its {@code stock.picking}, assigned and due by the escalation rules.
 *
 * <pre>{@code
 * WmsIntegration wms = WmsIntegration.builder()
 *     .odoo(odoo)
 *     .adapter(adapter)
 *     .incidentListener(WmsEscalation.listener(escalations))
 *     .build();
 * }</pre>
 *
 * <p>The WMS module does not depend on this one: the host wires them together. Stateless and
 * thread-safe.
 */
public final class WmsEscalation {

  private WmsEscalation() {}

  /**
   * A listener escalating every WMS incident.
   *
   * @param escalations where incidents become activities
   * @return the listener, for {@code WmsIntegration.Builder.incidentListener(...)}
   */
  public static WmsIncidentListener listener(Escalations escalations) {
    Objects.requireNonNull(escalations, "escalations");
    return incident -> escalations.escalate(incident(incident));
  }

  /**
   * The escalation incident of a WMS incident: on the picking, with the WMS incident's reference
   * (so a redelivered WMS event finds the activity raised for it).
   *
   * @param incident the WMS incident
   * @return the incident to escalate
   */
  public static Incident incident(WmsIncident incident) {
    Objects.requireNonNull(incident, "incident");
    return new Incident(
        kind(incident.kind()),
        "stock.picking",
        incident.pickingId(),
        incident.reference(),
        incident.summary(),
        incident.details());
  }

  /**
   * The escalation kind of a WMS incident kind.
   *
   * @param kind the WMS kind
   * @return the escalation kind
   */
  public static IncidentKind kind(WmsIncident.Kind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case SHORT_PICK -> IncidentKind.SHORT_PICK;
      case RECEIPT_DISCREPANCY -> IncidentKind.RECEIPT_DISCREPANCY;
      case ORDER_HELD -> IncidentKind.ORDER_HELD;
      case ORDER_EXCEPTION -> IncidentKind.ORDER_EXCEPTION;
      case ORDER_CANCELLED -> IncidentKind.ORDER_CANCELLED;
      case CHANGE_NOT_SENT -> IncidentKind.CHANGE_NOT_SENT;
    };
  }
}
