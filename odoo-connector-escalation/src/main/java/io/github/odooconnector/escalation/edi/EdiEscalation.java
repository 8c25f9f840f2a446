package io.github.odooconnector.escalation.edi;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.escalation.api.Escalation;
import io.github.odooconnector.escalation.api.EscalationException;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Escalates rejected EDI interchanges: an {@link EdiRejection} becomes one {@link
 * IncidentKind#EDI_REJECTION} activity on the purchase order or picking it names, otherwise on the
 * trading partner's {@code res.partner}, assigned and due by the escalation rules.
 *
 * <pre>{@code
 * EdiEscalation ediEscalation = EdiEscalation.builder()
 *     .escalations(escalations)
 *     .odoo(odoo)
 *     .partnerRecord("acme-supply", acmePartnerId)  // else the res.partner whose ref is the EDI id
 *     .build();
 * try {
 *   ReceivedInterchange in = translator.read(acme, bytes);
 *   ...
 * } catch (EdiRejectedException rejected) {
 *   send(translator.acknowledge(acme, rejected).bytes());
 *   ediEscalation.escalate(EdiRejection.received(acme, rejected));
 * }
 * }</pre>
 *
 * <p>The incident's reference is the partner, the direction and the interchange control number (or
 * a hash of the errors when the envelope was unreadable), so a redelivered interchange, rejected
 * again, finds the activity raised for it. The EDI module does not depend on this one. Immutable
 * and thread-safe.
 */
public final class EdiEscalation {
  private static final int MAX_ERRORS = 50;

  private final Escalations escalations;
  private final OdooClient odoo;
  private final Map<String, Long> partnerRecords;

  private EdiEscalation(Builder b) {
    this.escalations = Objects.requireNonNull(b.escalations, "escalations");
    this.odoo = Objects.requireNonNull(b.odoo, "odoo");
    this.partnerRecords = Map.copyOf(b.partnerRecords);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Raises a rejection as an activity, or finds the activity raised for it before.
   *
   * @param rejection the rejection
   * @return the activity
   * @throws EscalationException if no record stands for the trading partner
   * @throws io.github.odooconnector.core.api.OdooException if Odoo failed; retrying is safe
   */
  public Escalation escalate(EdiRejection rejection) {
    return escalations.escalate(incident(rejection));
  }

  /**
   * The escalation incident of a rejection: on the purchase order or picking it names if Odoo has
   * it, else on the partner's {@code res.partner}.
   *
   * @param rejection the rejection
   * @return the incident
   * @throws EscalationException if no record stands for the trading partner
   */
  public Incident incident(EdiRejection rejection) {
    Objects.requireNonNull(rejection, "rejection");
    TradingPartner partner = rejection.partner();
    StringBuilder details = new StringBuilder();
    String model = null;
    Long id = null;
    if (rejection.purchaseOrder() != null) {
      id = byName("purchase.order", rejection.purchaseOrder()).orElse(null);
      model = "purchase.order";
      if (id == null) {
        details.append("Purchase order ").append(rejection.purchaseOrder());
        details.append(" is not in Odoo.\n");
      }
    }
    if (id == null && rejection.picking() != null) {
      id = byName("stock.picking", rejection.picking()).orElse(null);
      model = "stock.picking";
      if (id == null) {
        details.append("Picking ").append(rejection.picking()).append(" is not in Odoo.\n");
      }
    }
    if (id == null) {
      model = "res.partner";
      id = partnerRecord(partner);
    }
    String control = rejection.interchangeControlNumber();
    boolean received = rejection.direction() == EdiRejection.Direction.RECEIVED;
    String interchange = "EDI interchange" + (control == null ? "" : " " + control);
    String summary =
        received
            ? interchange + " from " + partner.name() + " rejected"
            : interchange + " rejected by " + partner.name();
    details
        .append(received ? "We rejected " : "The partner rejected ")
        .append(received ? "an interchange from " : "our interchange to ")
        .append(partner.name())
        .append(" (")
        .append(partner.standard())
        .append(' ')
        .append(partner.partnerId())
        .append(")")
        .append(control == null ? ", envelope unreadable" : ", control number " + control)
        .append(".\n");
    if (!rejection.transactions().isEmpty()) {
      details.append("Transactions: ").append(String.join(", ", rejection.transactions()));
      details.append('\n');
    }
    List<String> errors = rejection.errors();
    errors.stream().limit(MAX_ERRORS).forEach(e -> details.append(e).append('\n'));
    if (errors.size() > MAX_ERRORS) {
      details.append("... and ").append(errors.size() - MAX_ERRORS).append(" more\n");
    }
    String reference =
        "edi/"
            + partner.name()
            + "/"
            + (received ? "received" : "sent")
            + "/"
            + (control != null ? control : "errors-" + hash(errors));
    return new Incident(
        IncidentKind.EDI_REJECTION, model, id, reference, summary, details.toString().strip());
  }

  private Optional<Long> byName(String model, String name) {
    return odoo
        .search(model, Domain.where("name", "=", name), SearchOptions.limit(1).withOrder("id"))
        .stream()
        .findFirst();
  }

  private long partnerRecord(TradingPartner partner) {
    Long mapped = partnerRecords.get(partner.name());
    if (mapped != null) {
      return mapped;
    }
    return byRef(partner.partnerId())
        .orElseThrow(
            () ->
                new EscalationException(
                    "no res.partner stands for EDI trading partner "
                        + partner.name()
                        + ": none has ref '"
                        + partner.partnerId()
                        + "'; set it with EdiEscalation.Builder.partnerRecord(\""
                        + partner.name()
                        + "\", id)"));
  }

  private Optional<Long> byRef(String ref) {
    return odoo
        .search(
            "res.partner", Domain.where("ref", "=", ref), SearchOptions.limit(1).withOrder("id"))
        .stream()
        .findFirst();
  }

  private static String hash(List<String> errors) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", errors).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Builder for {@link EdiEscalation}. Not thread-safe. */
  public static final class Builder {
    private Escalations escalations;
    private OdooClient odoo;
    private final Map<String, Long> partnerRecords = new HashMap<>();

    private Builder() {}

    /**
     * Sets where incidents become activities (required).
     *
     * @param escalations the escalations
     * @return this builder
     */
    public Builder escalations(Escalations escalations) {
      this.escalations = Objects.requireNonNull(escalations, "escalations");
      return this;
    }

    /**
     * Sets the Odoo client the records are looked up with (required).
     *
     * @param odoo the client
     * @return this builder
     */
    public Builder odoo(OdooClient odoo) {
      this.odoo = Objects.requireNonNull(odoo, "odoo");
      return this;
    }

    /**
     * Names the {@code res.partner} that stands for a trading partner. Without it, the partner
     * whose internal reference ({@code ref}) is the trading partner's interchange id is used.
     *
     * @param tradingPartnerName the {@link TradingPartner#name()}
     * @param resPartnerId the {@code res.partner} id
     * @return this builder
     */
    public Builder partnerRecord(String tradingPartnerName, long resPartnerId) {
      Objects.requireNonNull(tradingPartnerName, "tradingPartnerName");
      if (resPartnerId <= 0) {
        throw new IllegalArgumentException("resPartnerId must be positive: " + resPartnerId);
      }
      partnerRecords.put(tradingPartnerName, resPartnerId);
      return this;
    }

    /**
     * Builds it.
     *
     * @return the EDI escalation
     * @throws NullPointerException if the escalations or the client are missing, naming them
     */
    public EdiEscalation build() {
      return new EdiEscalation(this);
    }
  }
}
