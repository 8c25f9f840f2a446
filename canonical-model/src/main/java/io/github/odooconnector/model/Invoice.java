package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.CurrencyCode;
import io.github.odooconnector.model.constraints.UniqueBy;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice for delivered goods (Odoo {@code account.move} of type invoice; EDI 810, INVOIC): who
 * bills whom, for which order, which lines at which prices.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validate) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param invoiceId invoice number
 * @param orderRef the purchase or sales order invoiced, or null
 * @param invoiceDate the invoice date
 * @param dueDate when payment is due, or null
 * @param seller the party that bills
 * @param buyer the party that is billed
 * @param currency ISO 4217 currency of every amount
 * @param lines invoiced lines, at least one
 * @param notes free-text notes, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invoice(
    @NotBlank @Size(max = 128) String invoiceId,
    @Size(max = 128) String orderRef,
    @NotNull LocalDate invoiceDate,
    LocalDate dueDate,
    @NotNull @Valid Party seller,
    @NotNull @Valid Party buyer,
    @NotNull @CurrencyCode String currency,
    @NotEmpty @UniqueBy("lineId") List<@NotNull @Valid InvoiceLine> lines,
    @Size(max = 4000) String notes) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param invoiceId see the record description
   * @param orderRef see the record description
   * @param invoiceDate see the record description
   * @param dueDate see the record description
   * @param seller see the record description
   * @param buyer see the record description
   * @param currency see the record description
   * @param lines see the record description
   * @param notes see the record description
   */
  public Invoice {
    lines = Lists.copy(lines);
  }

  /**
   * The invoice total without taxes: the sum of the line amounts.
   *
   * @return the total in {@link #currency()}
   */
  public Money total() {
    Money total = Money.of(BigDecimal.ZERO, currency);
    for (InvoiceLine line : lines) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /**
   * The purchase or sales order invoiced, if present.
   *
   * @return {@link #orderRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderRef() {
    return Optional.ofNullable(orderRef);
  }

  /**
   * When payment is due, if present.
   *
   * @return {@link #dueDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalDueDate() {
    return Optional.ofNullable(dueDate);
  }

  /**
   * Free-text notes, if present.
   *
   * @return {@link #notes()}, or empty when it is null
   */
  public Optional<String> optionalNotes() {
    return Optional.ofNullable(notes);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder pre-filled with this instance's values, to derive a modified copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.invoiceId = invoiceId;
    b.orderRef = orderRef;
    b.invoiceDate = invoiceDate;
    b.dueDate = dueDate;
    b.seller = seller;
    b.buyer = buyer;
    b.currency = currency;
    b.lines.addAll(lines);
    b.notes = notes;
    return b;
  }

  /** Builder for {@link Invoice}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String invoiceId;
    private String orderRef;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private Party seller;
    private Party buyer;
    private String currency;
    private final List<InvoiceLine> lines = new ArrayList<>();
    private String notes;

    private Builder() {}

    /**
     * Sets the invoiceId.
     *
     * @param invoiceId invoice number
     * @return this builder
     */
    public Builder invoiceId(String invoiceId) {
      this.invoiceId = invoiceId;
      return this;
    }

    /**
     * Sets the orderRef.
     *
     * @param orderRef the purchase or sales order invoiced
     * @return this builder
     */
    public Builder orderRef(String orderRef) {
      this.orderRef = orderRef;
      return this;
    }

    /**
     * Sets the invoiceDate.
     *
     * @param invoiceDate the invoice date
     * @return this builder
     */
    public Builder invoiceDate(LocalDate invoiceDate) {
      this.invoiceDate = invoiceDate;
      return this;
    }

    /**
     * Sets the dueDate.
     *
     * @param dueDate when payment is due
     * @return this builder
     */
    public Builder dueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets the seller.
     *
     * @param seller the party that bills
     * @return this builder
     */
    public Builder seller(Party seller) {
      this.seller = seller;
      return this;
    }

    /**
     * Sets the buyer.
     *
     * @param buyer the party that is billed
     * @return this builder
     */
    public Builder buyer(Party buyer) {
      this.buyer = buyer;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param currency ISO 4217 currency of every amount
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines invoiced lines, at least one
     * @return this builder
     */
    public Builder lines(List<? extends InvoiceLine> lines) {
      this.lines.clear();
      this.lines.addAll(Objects.requireNonNull(lines, "lines"));
      return this;
    }

    /**
     * Appends one element to the lines.
     *
     * @param line the element to add
     * @return this builder
     */
    public Builder addLine(InvoiceLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes free-text notes
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Builds the {@link Invoice} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public Invoice build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link Invoice} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public Invoice buildUnvalidated() {
      return new Invoice(
          invoiceId, orderRef, invoiceDate, dueDate, seller, buyer, currency, lines, notes);
    }
  }
}
