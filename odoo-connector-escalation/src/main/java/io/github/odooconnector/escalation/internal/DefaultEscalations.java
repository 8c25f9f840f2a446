package io.github.odooconnector.escalation.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.escalation.api.Escalation;
import io.github.odooconnector.escalation.api.EscalationRule;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.Milestone;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Activities and chatter posts through the Odoo client. Thread-safe. */
public final class DefaultEscalations implements Escalations {
  private final OdooClient odoo;
  private final List<EscalationRule> rules;
  private final Long defaultAssignee;
  private final Duration defaultSla;
  private final Set<Milestone> milestones;
  private final Clock clock;
  private final Map<String, Long> modelIds = new ConcurrentHashMap<>();
  private final Object[] locks = new Object[64];

  private DefaultEscalations(
      OdooClient odoo,
      List<EscalationRule> rules,
      Long defaultAssignee,
      Duration defaultSla,
      Set<Milestone> milestones,
      Clock clock) {
    this.odoo = odoo;
    this.rules = rules;
    this.defaultAssignee = defaultAssignee;
    this.defaultSla = defaultSla;
    this.milestones = milestones;
    this.clock = clock;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  public static DefaultEscalations create(
      OdooClient odoo,
      List<EscalationRule> rules,
      Long defaultAssignee,
      Duration defaultSla,
      Set<Milestone> milestones,
      Clock clock) {
    return new DefaultEscalations(odoo, rules, defaultAssignee, defaultSla, milestones, clock);
  }

  private long modelId(String model) {
    return modelIds.computeIfAbsent(
        model,
        m -> {
          List<Long> ids = odoo.search("ir.model", Domain.where("model", "=", m));
          if (ids.isEmpty()) {
            throw new IllegalArgumentException("Odoo has no model " + m);
          }
          return ids.get(0);
        });
  }

  /** The summary carries the kind and reference, which is what makes an activity findable again. */
  static String summary(Incident incident) {
    return incident.summary() + " [" + incident.kind() + " " + incident.reference() + "]";
  }

  @Override
  public Escalation escalate(Incident incident) {
    Objects.requireNonNull(incident, "incident");
    EscalationRule rule = rules.stream().filter(r -> r.matches(incident)).findFirst().orElse(null);
    Long assignee = rule != null ? Long.valueOf(rule.assignee()) : defaultAssignee;
    Duration sla = rule != null ? rule.sla() : defaultSla;
    LocalDate deadline = clock.instant().plus(sla).atZone(ZoneOffset.UTC).toLocalDate();
    long model = modelId(incident.model());
    String summary = summary(incident);
    // Retries of one incident inside this process queue up here, so the second finds the first's
    // activity; other processes are reconciled after the create (see below).
    synchronized (lockFor(incident.model(), incident.recordId(), summary)) {
      List<OdooRecord> open = sameIncident(model, incident.recordId(), summary, 1);
      if (!open.isEmpty()) {
        return existing(open.get(0), deadline);
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("res_model_id", model);
      values.put("res_id", incident.recordId());
      values.put("summary", summary);
      values.put("note", "<p>" + escape(incident.details()).replace("\n", "<br/>") + "</p>");
      values.put("date_deadline", deadline);
      if (assignee != null) {
        values.put("user_id", assignee);
      }
      long id = odoo.create("mail.activity", values);
      // Another instance may have searched before this create and created its own: the oldest
      // activity of the incident wins everywhere, a younger one is removed by its creator.
      List<OdooRecord> all = sameIncident(model, incident.recordId(), summary, 0);
      if (!all.isEmpty() && all.get(0).id() != id) {
        odoo.unlink("mail.activity", List.of(id));
        return existing(all.get(0), deadline);
      }
      return new Escalation(id, true, deadline, assignee);
    }
  }

  /** The open activities of an incident, oldest first; {@code limit} 0 for all. */
  private List<OdooRecord> sameIncident(long model, long recordId, String summary, int limit) {
    return odoo.searchRead(
        "mail.activity",
        Domain.where("res_model_id", "=", model)
            .and(Domain.where("res_id", "=", recordId))
            .and(Domain.where("summary", "=", summary)),
        List.of("date_deadline", "user_id"),
        (limit > 0 ? SearchOptions.limit(limit) : SearchOptions.defaults()).withOrder("id"));
  }

  private static Escalation existing(OdooRecord a, LocalDate deadline) {
    return new Escalation(
        a.id(),
        false,
        a.date("date_deadline").orElse(deadline),
        a.many2one("user_id").map(Many2one::id).orElse(null));
  }

  private Object lockFor(String model, long recordId, String summary) {
    int h = Objects.hash(model, recordId, summary);
    return locks[Math.floorMod(h, locks.length)];
  }

  @Override
  public Optional<Long> notifyCustomer(
      Milestone milestone, String model, long recordId, String reference, String message) {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(message, "message");
    if (!milestones.contains(milestone)) {
      return Optional.empty();
    }
    String subject = subject(milestone) + " (" + reference + ")";
    List<Long> posted =
        odoo.search(
            "mail.message",
            Domain.where("model", "=", model)
                .and(Domain.where("res_id", "=", recordId))
                .and(Domain.where("subject", "=", subject)));
    if (!posted.isEmpty()) {
      return Optional.of(posted.get(0));
    }
    OdooRecord record = odoo.read(model, List.of(recordId), List.of("partner_id")).get(0);
    List<Long> partners = new ArrayList<>();
    record.many2one("partner_id").ifPresent(p -> partners.add(p.id()));
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("body", "<p>" + escape(message) + "</p>");
    kwargs.put("subject", subject);
    kwargs.put("message_type", "comment");
    kwargs.put("subtype_xmlid", "mail.mt_comment");
    kwargs.put("partner_ids", partners);
    Object id = odoo.call(model, "message_post", List.of(List.of(recordId)), kwargs);
    return Optional.of(((Number) id).longValue());
  }

  private static String subject(Milestone m) {
    return switch (m) {
      case SHIPPED -> "Your order has shipped";
      case DELAYED -> "Your delivery is delayed";
      case DELIVERED -> "Your order was delivered";
    };
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
