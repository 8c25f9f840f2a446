package io.github.odooconnector.escalation.carrier;

import io.github.odooconnector.carrier.api.CarrierIncident;
import io.github.odooconnector.carrier.api.CarrierIncidentListener;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import java.util.Objects;

/**
 * Plugs the shipping workflows into the escalations: every {@link CarrierIncident} (a label the
 * carrier refused, a label purchase with an unknown outcome, a parcel in trouble) becomes one
 * activity on its {@code stock.picking}, assigned and due by the escalation rules.
 *
 * <pre>{@code
 * ShippingIntegration shipping = ShippingIntegration.builder()
 *     .odoo(odoo)
 *     .carrier(adapter, "Standard delivery")
 *     .incidentListener(CarrierEscalation.listener(escalations))
 *     .build();
 * }</pre>
 *
 * <p>The carrier module does not depend on this one: the host wires them together. Stateless and
 * thread-safe.
 */
public final class CarrierEscalation {

  private CarrierEscalation() {}

  /**
   * A listener escalating every carrier incident.
   *
   * @param escalations where incidents become activities
   * @return the listener, for {@code ShippingIntegrationBuilder.incidentListener(...)}
   */
  public static CarrierIncidentListener listener(Escalations escalations) {
    Objects.requireNonNull(escalations, "escalations");
    return incident -> escalations.escalate(incident(incident));
  }

  /**
   * The escalation incident of a carrier incident: on the picking, with the carrier incident's
   * reference (so a retried purchase or a redelivered tracking event finds the activity raised for
   * it).
   *
   * @param incident the carrier incident
   * @return the incident to escalate
   */
  public static Incident incident(CarrierIncident incident) {
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
   * The escalation kind of a carrier incident kind.
   *
   * @param kind the carrier kind
   * @return the escalation kind
   */
  public static IncidentKind kind(CarrierIncident.Kind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case LABEL_FAILURE -> IncidentKind.LABEL_FAILURE;
      case OUTCOME_UNKNOWN -> IncidentKind.OUTCOME_UNKNOWN;
      case TRACKING_DELAY -> IncidentKind.TRACKING_DELAY;
    };
  }
}
