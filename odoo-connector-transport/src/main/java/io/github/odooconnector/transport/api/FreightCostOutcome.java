package io.github.odooconnector.transport.api;

import io.github.odooconnector.model.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying a freight invoice did: the invoiced total became the picking's freight cost ({@code
 * carrier_price}), compared with the rate agreed when the tender was accepted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the Odoo picking's id
 * @param picking the picking's name
 * @param invoiceId the carrier's invoice number
 * @param invoiced the invoiced total
 * @param agreed the freight cost on the picking before (the accepted tender's rate), or null
 */
public record FreightCostOutcome(
    long pickingId, String picking, String invoiceId, Money invoiced, BigDecimal agreed) {

  /**
   * Checks the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param invoiceId see the record description
   * @param invoiced see the record description
   * @param agreed see the record description
   */
  public FreightCostOutcome {
    Objects.requireNonNull(picking, "picking");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(invoiced, "invoiced");
  }

  /**
   * The agreed cost, if there was one.
   *
   * @return the amount
   */
  public Optional<BigDecimal> optionalAgreed() {
    return Optional.ofNullable(agreed);
  }

  /**
   * How much more (positive) or less (negative) was invoiced than agreed.
   *
   * @return the difference, empty when nothing was agreed
   */
  public Optional<BigDecimal> optionalDifference() {
    return optionalAgreed().map(a -> invoiced.amount().subtract(a));
  }
}
