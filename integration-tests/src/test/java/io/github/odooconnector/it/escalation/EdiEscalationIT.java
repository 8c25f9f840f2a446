package io.github.odooconnector.it.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.edi.api.AcknowledgementResult;
import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.FunctionalAcknowledgement;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.escalation.api.Escalation;
import io.github.odooconnector.escalation.api.EscalationException;
import io.github.odooconnector.escalation.api.EscalationRule;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.escalation.edi.EdiEscalation;
import io.github.odooconnector.escalation.edi.EdiRejection;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.testkit.FakeOdoo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rejected EDI interchanges as escalations: on the purchase order they name, else on the trading
 * partner's {@code res.partner}, once per interchange also when it is delivered again.
 */
class EdiEscalationIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  /** The supplier as we configure it, and us as the supplier configures us. */
  private static final TradingPartner ACME =
      TradingPartner.builder("acme-supply", EdiStandard.X12)
          .partnerId("ZZ", "ACMESUPPLY")
          .ourId("ZZ", "ODOODIST")
          .build();

  private static final TradingPartner US_AT_ACME =
      TradingPartner.builder("odoo-dist", EdiStandard.X12)
          .partnerId("ZZ", "ODOODIST")
          .ourId("ZZ", "ACMESUPPLY")
          .build();

  private FakeOdoo odoo;
  private OdooClient client;
  private long acme;
  private long ediDesk;
  private EdiEscalation ediEscalation;
  private final EdiTranslator ours =
      EdiTranslator.builder().controlNumbers(InMemoryControlNumberSource.create()).build();
  private final EdiTranslator theirs =
      EdiTranslator.builder().controlNumbers(InMemoryControlNumberSource.create()).build();

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
    acme = client.create("res.partner", Map.of("name", "Acme Supply Ltd", "ref", "ACMESUPPLY"));
    ediDesk = client.create("res.users", Map.of("name", "Edith EDI", "login", "edith"));
    Escalations escalations =
        Escalations.builder()
            .odoo(client)
            .rule(EscalationRule.forKind(IncidentKind.EDI_REJECTION, ediDesk, Duration.ofHours(8)))
            .clock(CLOCK)
            .build();
    ediEscalation = EdiEscalation.builder().escalations(escalations).odoo(client).build();
  }

  @AfterEach
  void stop() {
    client.close();
    odoo.close();
  }

  /** An 856 from Acme whose SN1 quantity is not a number. */
  private String malformedShipNotice() {
    AdvanceShipNotice notice =
        AdvanceShipNotice.builder()
            .asnId("ASN-77")
            .purchaseOrderRef("P00017")
            .supplier(Party.builder("Acme Supply Ltd").build())
            .destination(LocationRef.of("WH"))
            .addLine(AsnLine.of("1", Sku.of("FURN_0001"), Quantity.of(20, UnitOfMeasure.EA)))
            .build();
    String valid =
        theirs
            .write(US_AT_ACME, EdiDocument.shipNotice(PackedShipNotice.of(notice, List.of())))
            .content();
    assertThat(valid).contains("SN1**20*EA");
    return valid.replace("SN1**20*EA", "SN1**2O*EA");
  }

  private List<OdooRecord> activities(String model, long resId) {
    return client
        .searchRead(
            "mail.activity",
            Domain.where("res_id", "=", resId),
            List.of("summary", "note", "res_model", "user_id", "date_deadline"),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .filter(a -> a.string("res_model").orElse("").equals(model))
        .toList();
  }

  private Escalation receive(String interchange) {
    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> ours.read(ACME, interchange));
    return ediEscalation.escalate(EdiRejection.received(ACME, rejected));
  }

  @Test
  void ediRejectionIsEscalatedOnceWhenTheInterchangeIsRedelivered() {
    String interchange = malformedShipNotice();
    String control = interchange.split("\\*")[13]; // ISA13

    Escalation first = receive(interchange);
    Escalation redelivered = receive(interchange);

    assertThat(first.created()).isTrue();
    assertThat(redelivered.created()).isFalse();
    assertThat(redelivered.activityId()).isEqualTo(first.activityId());
    assertThat(activities("res.partner", acme))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow())
                  .contains("EDI_REJECTION", control, "acme-supply");
              assertThat(a.string("note").orElseThrow()).contains("SN1", "2O", "856");
              assertThat(a.many2one("user_id").orElseThrow().id()).isEqualTo(ediDesk);
              assertThat(a.date("date_deadline")).contains(LocalDate.parse("2026-12-01"));
            });
  }

  @Test
  void aPartnersRejectionOfOurPurchaseOrderIsEscalatedOnThatOrder() {
    long po = client.create("purchase.order", Map.of("partner_id", acme));
    String name =
        client
            .read("purchase.order", List.of(po), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();
    EdiRejection rejected =
        EdiRejection.rejectedByPartner(
                ACME, "000000042", List.of("AK5*R*5: one or more segments in error"))
            .aboutPurchaseOrder(name);

    ediEscalation.escalate(rejected);
    ediEscalation.escalate(rejected);

    assertThat(activities("purchase.order", po))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("summary").orElseThrow())
                  .contains("EDI_REJECTION", "000000042", "rejected by acme-supply");
              assertThat(a.string("note").orElseThrow()).contains("AK5*R*5");
            });
    assertThat(activities("res.partner", acme)).isEmpty();
  }

  @Test
  void aPartnersRejecting997ReadThroughTheTranslatorIsEscalatedOnceOnThePurchaseOrder() {
    // A rejecting 997 for an 856 that could not be read, as the translator reads it back: one
    // side rejects the malformed 856 and acknowledges it, the other reads that 997.
    String malformed = malformedShipNotice();
    EdiRejectedException atAcme =
        catchThrowableOfType(EdiRejectedException.class, () -> ours.read(ACME, malformed));
    String their997 = ours.acknowledge(ACME, atAcme).content();
    FunctionalAcknowledgement ack =
        theirs.read(US_AT_ACME, their997).documents(FunctionalAcknowledgement.class).get(0);
    long po = client.create("purchase.order", Map.of("partner_id", acme));
    String name =
        client
            .read("purchase.order", List.of(po), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();

    EdiRejection rejection = EdiRejection.rejectedByPartner(ACME, ack).aboutPurchaseOrder(name);
    Escalation first = ediEscalation.escalate(rejection);
    Escalation again =
        ediEscalation.escalate(EdiRejection.rejectedByPartner(ACME, ack).aboutPurchaseOrder(name));

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(rejection.optionalInterchangeControlNumber())
        .hasValueSatisfying(c -> assertThat(c).startsWith("GS "));
    assertThat(rejection.transactions()).singleElement().asString().contains("856", "REJECTED");
    assertThat(activities("purchase.order", po))
        .singleElement()
        .satisfies(a -> assertThat(a.string("note").orElseThrow()).contains("SN1", "856"));
  }

  @Test
  void anAcceptingFunctionalAcknowledgementIsNotAnEscalation() {
    FunctionalAcknowledgement accepted =
        new FunctionalAcknowledgement(
            EdiStandard.X12, null, "SH", "7", AcknowledgementResult.ACCEPTED, List.of(), List.of());

    assertThatThrownBy(() -> EdiRejection.rejectedByPartner(ACME, accepted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACCEPTED");
  }

  @Test
  void aRejectionNamingAnOrderOdooDoesNotHaveGoesToThePartnerSayingSo() {
    ediEscalation.escalate(
        EdiRejection.rejectedByPartner(ACME, "000000043", List.of()).aboutPurchaseOrder("P99999"));

    assertThat(activities("res.partner", acme))
        .singleElement()
        .satisfies(a -> assertThat(a.string("note").orElseThrow()).contains("P99999"));
  }

  @Test
  void aTradingPartnerWithoutAnOdooPartnerIsATypedErrorNamingTheFix() {
    TradingPartner stranger =
        TradingPartner.builder("stranger", EdiStandard.X12)
            .partnerId("ZZ", "NOBODY")
            .ourId("ZZ", "ODOODIST")
            .build();

    assertThatThrownBy(
            () ->
                ediEscalation.escalate(
                    EdiRejection.rejectedByPartner(stranger, "000000001", List.of())))
        .isInstanceOf(EscalationException.class)
        .hasMessageContaining("stranger")
        .hasMessageContaining("NOBODY")
        .hasMessageContaining("partnerRecord");
  }
}
