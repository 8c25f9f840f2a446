package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's invoice for a load (EDI 210 style): what the freight actually cost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoiceId the carrier's invoice number; an invoice is applied once per id
 * @param shipperReference the load's shipper reference (the Odoo picking's name)
 * @param carrier the carrier invoicing
 * @param issuedOn the invoice date
 * @param charges the charges; their sum is {@link #total()}
 */
public record FreightInvoice(
    String invoiceId,
    String shipperReference,
    TransportCarrier carrier,
    LocalDate issuedOn,
    List<FreightCharge> charges) {

  /**
   * Checks the components: at least one charge, all in one currency.
   *
   * @param invoiceId see the record description
   * @param shipperReference see the record description
   * @param carrier see the record description
   * @param issuedOn see the record description
   * @param charges see the record description
   */
  public FreightInvoice {
    requireText(invoiceId, "invoiceId");
    requireText(shipperReference, "shipperReference");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(issuedOn, "issuedOn");
    charges = List.copyOf(charges);
    if (charges.isEmpty()) {
      throw new IllegalArgumentException("freight invoice " + invoiceId + " has no charges");
    }
    String currency = charges.get(0).amount().currency();
    for (FreightCharge c : charges) {
      if (!currency.equals(c.amount().currency())) {
        throw new IllegalArgumentException(
            "freight invoice "
                + invoiceId
                + " mixes currencies: "
                + currency
                + " and "
                + c.amount().currency()
                + " (charge "
                + c.code()
                + ")");
      }
    }
  }

  /**
   * The sum of the charges.
   *
   * @return the total, in the charges' currency
   */
  public Money total() {
    return new Money(
        charges.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
        charges.get(0).amount().currency());
  }
}
