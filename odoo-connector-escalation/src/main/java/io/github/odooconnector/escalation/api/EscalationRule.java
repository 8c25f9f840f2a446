package io.github.odooconnector.escalation.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Who gets an incident and by when: the first rule that matches an incident's kind and model
 * decides.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind matched, or null for every kind
 * @param model the Odoo model matched, or null for every model
 * @param assignee the {@code res.users} id the activity is assigned to
 * @param sla the time allowed; the activity's deadline is the date (UTC) when it runs out
 */
public record EscalationRule(IncidentKind kind, String model, long assignee, Duration sla) {

  /**
   * Checks the components.
   *
   * @param kind see the record description
   * @param model see the record description
   * @param assignee see the record description
   * @param sla see the record description
   */
  public EscalationRule {
    Objects.requireNonNull(sla, "sla");
    if (sla.isNegative()) {
      throw new IllegalArgumentException("sla must not be negative: " + sla);
    }
    if (assignee <= 0) {
      throw new IllegalArgumentException("assignee must be a res.users id: " + assignee);
    }
  }

  /**
   * A rule for one kind on any model.
   *
   * @param kind the kind
   * @param assignee the user id
   * @param sla the time allowed
   * @return the rule
   */
  public static EscalationRule forKind(IncidentKind kind, long assignee, Duration sla) {
    return new EscalationRule(Objects.requireNonNull(kind, "kind"), null, assignee, sla);
  }

  /**
   * Whether this rule applies to an incident.
   *
   * @param incident the incident
   * @return true when kind and model match (a null one matches anything)
   */
  public boolean matches(Incident incident) {
    return (kind == null || kind == incident.kind())
        && (model == null || model.equals(incident.model()));
  }

  /**
   * The kind matched, if limited to one.
   *
   * @return the kind
   */
  public Optional<IncidentKind> optionalKind() {
    return Optional.ofNullable(kind);
  }

  /**
   * The model matched, if limited to one.
   *
   * @return the model
   */
  public Optional<String> optionalModel() {
    return Optional.ofNullable(model);
  }
}
