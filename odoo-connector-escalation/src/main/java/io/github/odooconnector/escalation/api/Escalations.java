package io.github.odooconnector.escalation.api;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.escalation.internal.DefaultEscalations;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where workflow exceptions become work for people and where customers hear about
 * milestones:
 *
 * <ul>
 *   <li>{@link #escalate(Incident)} puts a {@code mail.activity} on the record the incident is
 *       about, assigned and due by the first matching {@link EscalationRule}; the same incident
 *       (kind and reference on the same record) raised again, by a retry or by another instance,
 *       also at the same moment, returns the open activity instead of creating a second one.
 *   <li>{@link #notifyCustomer} posts a message to the record's chatter addressed to its partner
 *       ({@code partner_id}), so that Odoo e-mails the customer, at the milestones chosen in the
 *       builder and once per milestone and reference.
 * </ul>
 *
 * <p>Depends on the core client only; the workflows plug in through {@code
 * io.github.odooconnector.escalation.wms.WmsEscalation}, {@code ...carrier.CarrierEscalation},
 * {@code ...supplier.SupplierEscalation} and {@code ...edi.EdiEscalation}. Implementations are
 * thread-safe. Create with {@link #builder()}.
 */
public interface Escalations {

  /**
   * Raises an incident as an activity, or finds the activity raised for it before.
   *
   * @param incident what went wrong and where
   * @return the activity
   * @throws io.github.odooconnector.core.api.OdooException if Odoo failed; retrying is safe
   */
  Escalation escalate(Incident incident);

  /**
   * Tells the customer of a record about a milestone, if notifications are enabled for it.
   *
   * @param milestone the milestone
   * @param model the record's model, for example {@code stock.picking} or {@code sale.order}
   * @param recordId the record's id
   * @param reference what makes this notification unique (for example the tracking number); the
   *     same milestone and reference on the same record is posted once
   * @param message the text for the customer (plain text, escaped)
   * @return the chatter message's id (new or posted before); empty when the milestone is not
   *     enabled
   */
  Optional<Long> notifyCustomer(
      Milestone milestone, String model, long recordId, String reference, String message);

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Escalations}. Not thread-safe. */
  final class Builder {
    private OdooClient odoo;
    private final List<EscalationRule> rules = new ArrayList<>();
    private Long defaultAssignee;
    private Duration defaultSla = Duration.ofDays(1);
    private final Set<Milestone> milestones = EnumSet.noneOf(Milestone.class);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the Odoo client (required).
     *
     * @param odoo the client
     * @return this builder
     */
    public Builder odoo(OdooClient odoo) {
      this.odoo = Objects.requireNonNull(odoo, "odoo");
      return this;
    }

    /**
     * Adds a rule; rules are tried in the order added, the first match decides.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(EscalationRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets who gets incidents no rule matches (default: unassigned).
     *
     * @param userId the {@code res.users} id
     * @return this builder
     */
    public Builder defaultAssignee(long userId) {
      this.defaultAssignee = userId;
      return this;
    }

    /**
     * Sets the time allowed for incidents no rule matches (default one day).
     *
     * @param sla the time allowed
     * @return this builder
     */
    public Builder defaultSla(Duration sla) {
      if (sla.isNegative()) {
        throw new IllegalArgumentException("defaultSla must not be negative: " + sla);
      }
      this.defaultSla = sla;
      return this;
    }

    /**
     * Enables customer notifications at these milestones (default: none).
     *
     * @param enabled the milestones
     * @return this builder
     */
    public Builder notifyCustomersAt(Milestone... enabled) {
      for (Milestone m : enabled) {
        milestones.add(Objects.requireNonNull(m, "milestone"));
      }
      return this;
    }

    /**
     * Sets the clock deadlines are computed from (default system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the escalations.
     *
     * @return the escalations
     * @throws NullPointerException if no Odoo client was set
     */
    public Escalations build() {
      return DefaultEscalations.create(
          Objects.requireNonNull(odoo, "odoo"),
          List.copyOf(rules),
          defaultAssignee,
          defaultSla,
          Set.copyOf(milestones),
          clock);
    }
  }
}
