package io.github.odooconnector.it.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.escalation.api.Escalation;
import io.github.odooconnector.escalation.api.EscalationRule;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.escalation.api.Milestone;
import io.github.odooconnector.testkit.FakeOdoo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workflow exceptions as Odoo activities, and customer notifications, against FakeOdoo. */
class EscalationsIT {
  private static final Clock LATE_EVENING =
      Clock.fixed(Instant.parse("2026-12-01T22:00:00Z"), ZoneOffset.UTC);

  private FakeOdoo odoo;
  private OdooClient client;
  private long customer;
  private long order;
  private long warehouseLead;
  private long transportDesk;

  @BeforeEach
  void start() {
    odoo = FakeOdoo.builder().start();
    client =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .password(odoo.adminPassword())
            .retry(RetrySettings.none())
            .build();
    customer = client.create("res.partner", Map.of("name", "Acme Retail"));
    order = client.create("sale.order", Map.of("partner_id", customer));
    warehouseLead = client.create("res.users", Map.of("name", "Wanda Lead", "login", "wanda"));
    transportDesk = client.create("res.users", Map.of("name", "Tom Desk", "login", "tom"));
  }

  @AfterEach
  void stop() {
    client.close();
    odoo.close();
  }

  private Escalations escalations() {
    return Escalations.builder()
        .odoo(client)
        .rule(EscalationRule.forKind(IncidentKind.SHORT_PICK, warehouseLead, Duration.ofHours(4)))
        .rule(
            new EscalationRule(
                IncidentKind.TRACKING_DELAY, "sale.order", transportDesk, Duration.ofDays(2)))
        .defaultAssignee(transportDesk)
        .defaultSla(Duration.ofDays(5))
        .notifyCustomersAt(Milestone.SHIPPED, Milestone.DELAYED)
        .clock(LATE_EVENING)
        .build();
  }

  private List<OdooRecord> activities() {
    return client.searchRead(
        "mail.activity",
        Domain.where("res_id", "=", order),
        List.of("summary", "date_deadline", "user_id", "res_model", "note"),
        SearchOptions.defaults());
  }

  @Test
  void anEscalationActivityIsCreatedOnceWithItsDeadlineAndAssignee() {
    Incident shortPick =
        new Incident(
            IncidentKind.SHORT_PICK,
            "sale.order",
            order,
            "wms-event-77",
            "Short pick on " + order,
            "FURN_0001: 3 ordered, 1 picked <bin empty>");

    Escalation first = escalations().escalate(shortPick);
    Escalation retried = escalations().escalate(shortPick);

    assertThat(first.created()).isTrue();
    assertThat(retried.created()).isFalse();
    assertThat(retried.activityId()).isEqualTo(first.activityId());
    assertThat(first.deadline()).isEqualTo(LocalDate.parse("2026-12-02")); // 22:00 + 4 h
    List<OdooRecord> activities = activities();
    assertThat(activities).hasSize(1);
    OdooRecord a = activities.get(0);
    assertThat(a.string("res_model")).contains("sale.order");
    assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-02"));
    assertThat(a.many2one("user_id"))
        .hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(warehouseLead));
    assertThat(a.string("summary").orElseThrow()).contains("SHORT_PICK wms-event-77");
    assertThat(a.string("note").orElseThrow()).contains("&lt;bin empty&gt;");
  }

  @Test
  void theFirstMatchingRuleDecidesAndUnmatchedIncidentsGetTheDefaults() {
    Escalations escalations = escalations();

    Escalation delay =
        escalations.escalate(
            new Incident(
                IncidentKind.TRACKING_DELAY, "sale.order", order, "1Z999", "Parcel late", ""));
    Escalation edi =
        escalations.escalate(
            new Incident(
                IncidentKind.EDI_REJECTION,
                "sale.order",
                order,
                "ISA 000000042",
                "997 rejected",
                ""));

    assertThat(delay.assignee()).isEqualTo(transportDesk);
    assertThat(delay.deadline()).isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(edi.assignee()).isEqualTo(transportDesk);
    assertThat(edi.deadline()).isEqualTo(LocalDate.parse("2026-12-06"));
    assertThat(activities()).hasSize(2);
  }

  @Test
  void customersAreNotifiedOnceAndOnlyAtTheChosenMilestones() {
    Escalations escalations = escalations();

    Optional<Long> shipped =
        escalations.notifyCustomer(
            Milestone.SHIPPED, "sale.order", order, "1Z999", "Your parcel 1Z999 is on its way.");
    Optional<Long> again =
        escalations.notifyCustomer(
            Milestone.SHIPPED, "sale.order", order, "1Z999", "Your parcel 1Z999 is on its way.");
    Optional<Long> delivered =
        escalations.notifyCustomer(Milestone.DELIVERED, "sale.order", order, "1Z999", "Delivered.");

    assertThat(shipped).isPresent();
    assertThat(again).isEqualTo(shipped);
    assertThat(delivered).isEmpty();
    List<OdooRecord> messages =
        client.searchRead(
            "mail.message",
            Domain.where("model", "=", "sale.order").and(Domain.where("res_id", "=", order)),
            List.of("subject", "partner_ids", "body"),
            SearchOptions.defaults());
    assertThat(messages)
        .filteredOn(m -> m.string("subject").orElse("").contains("1Z999"))
        .singleElement()
        .satisfies(m -> assertThat(m.ids("partner_ids")).containsExactly(customer));
  }
}
