package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customs declaration of a cross-border shipment: what it contains (one {@link CustomsItem} per
 * commodity), on which terms it travels ({@link Incoterm}, who pays duties) and the trade
 * identifiers of shipper and recipient (EORI, IOSS, VAT, ...). Carriers turn it into the CN22/CN23
 * form, the commercial invoice or their paperless-trade data.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param contentsType what kind of goods these are
 * @param contentsExplanation free text explaining {@link ContentsType#OTHER}, or null
 * @param incoterm the delivery terms, or null for the carrier's default (usually DAP)
 * @param dutiesPayer who pays duties and taxes, or null for the carrier's default (the recipient)
 * @param invoiceNumber the commercial invoice or order number printed on the paperwork, or null
 * @param items the commodities, at least one
 * @param shipperTaxIds the shipper's identifiers (EORI, IOSS, VAT ...), possibly empty
 * @param recipientTaxIds the recipient's identifiers, possibly empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomsDeclaration(
    @NotNull ContentsType contentsType,
    @Size(max = 256) String contentsExplanation,
    Incoterm incoterm,
    DutiesPayer dutiesPayer,
    @Size(max = 64) String invoiceNumber,
    @NotEmpty List<@NotNull @Valid CustomsItem> items,
    List<@NotNull @Valid TaxIdentifier> shipperTaxIds,
    List<@NotNull @Valid TaxIdentifier> recipientTaxIds) {

  /**
   * Copies the lists (null becomes empty); never throws.
   *
   * @param contentsType see the record description
   * @param contentsExplanation see the record description
   * @param incoterm see the record description
   * @param dutiesPayer see the record description
   * @param invoiceNumber see the record description
   * @param items see the record description
   * @param shipperTaxIds see the record description
   * @param recipientTaxIds see the record description
   */
  public CustomsDeclaration {
    items = Lists.copy(items);
    shipperTaxIds = Lists.copy(shipperTaxIds);
    recipientTaxIds = Lists.copy(recipientTaxIds);
  }

  /**
   * Starts an empty builder ({@link ContentsType#MERCHANDISE} unless set).
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
    b.contentsType = contentsType;
    b.contentsExplanation = contentsExplanation;
    b.incoterm = incoterm;
    b.dutiesPayer = dutiesPayer;
    b.invoiceNumber = invoiceNumber;
    b.items.addAll(items);
    b.shipperTaxIds.addAll(shipperTaxIds);
    b.recipientTaxIds.addAll(recipientTaxIds);
    return b;
  }

  /**
   * The explanation of {@link ContentsType#OTHER} contents, if given.
   *
   * @return the explanation
   */
  public Optional<String> optionalContentsExplanation() {
    return Optional.ofNullable(contentsExplanation);
  }

  /**
   * The delivery terms, if given.
   *
   * @return the incoterm
   */
  public Optional<Incoterm> optionalIncoterm() {
    return Optional.ofNullable(incoterm);
  }

  /**
   * Who pays duties and taxes, if given.
   *
   * @return the payer
   */
  public Optional<DutiesPayer> optionalDutiesPayer() {
    return Optional.ofNullable(dutiesPayer);
  }

  /**
   * The invoice or order number, if given.
   *
   * @return the number
   */
  public Optional<String> optionalInvoiceNumber() {
    return Optional.ofNullable(invoiceNumber);
  }

  /**
   * The total value of all items, when they share one currency.
   *
   * @return the sum, empty when there are no items or their currencies differ
   */
  public Optional<Money> totalValue() {
    if (items.isEmpty() || items.stream().anyMatch(i -> i == null || i.value() == null)) {
      return Optional.empty();
    }
    String currency = items.get(0).value().currency();
    BigDecimal sum = BigDecimal.ZERO;
    for (CustomsItem i : items) {
      if (!Objects.equals(currency, i.value().currency())) {
        return Optional.empty();
      }
      sum = sum.add(i.value().amount());
    }
    return Optional.of(new Money(sum, currency));
  }

  /** Builder for {@link CustomsDeclaration}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private ContentsType contentsType = ContentsType.MERCHANDISE;
    private String contentsExplanation;
    private Incoterm incoterm;
    private DutiesPayer dutiesPayer;
    private String invoiceNumber;
    private final List<CustomsItem> items = new ArrayList<>();
    private final List<TaxIdentifier> shipperTaxIds = new ArrayList<>();
    private final List<TaxIdentifier> recipientTaxIds = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the kind of contents (default {@link ContentsType#MERCHANDISE}).
     *
     * @param contentsType the kind
     * @return this builder
     */
    public Builder contentsType(ContentsType contentsType) {
      this.contentsType = contentsType;
      return this;
    }

    /**
     * Sets the explanation of {@link ContentsType#OTHER} contents.
     *
     * @param contentsExplanation free text
     * @return this builder
     */
    public Builder contentsExplanation(String contentsExplanation) {
      this.contentsExplanation = contentsExplanation;
      return this;
    }

    /**
     * Sets the delivery terms.
     *
     * @param incoterm the incoterm
     * @return this builder
     */
    public Builder incoterm(Incoterm incoterm) {
      this.incoterm = incoterm;
      return this;
    }

    /**
     * Sets who pays duties and taxes.
     *
     * @param dutiesPayer the payer
     * @return this builder
     */
    public Builder dutiesPayer(DutiesPayer dutiesPayer) {
      this.dutiesPayer = dutiesPayer;
      return this;
    }

    /**
     * Sets the invoice or order number.
     *
     * @param invoiceNumber the number
     * @return this builder
     */
    public Builder invoiceNumber(String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
      return this;
    }

    /**
     * Adds a commodity.
     *
     * @param item the commodity
     * @return this builder
     */
    public Builder addItem(CustomsItem item) {
      items.add(item);
      return this;
    }

    /**
     * Adds commodities.
     *
     * @param values the commodities
     * @return this builder
     */
    public Builder items(List<CustomsItem> values) {
      items.addAll(values);
      return this;
    }

    /**
     * Adds an identifier of the shipper.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder addShipperTaxId(TaxIdentifier id) {
      shipperTaxIds.add(id);
      return this;
    }

    /**
     * Adds an identifier of the recipient.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder addRecipientTaxId(TaxIdentifier id) {
      recipientTaxIds.add(id);
      return this;
    }

    /**
     * Builds the {@link CustomsDeclaration} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public CustomsDeclaration build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link CustomsDeclaration} without validating it.
     *
     * @return the instance, possibly invalid
     */
    public CustomsDeclaration buildUnvalidated() {
      return new CustomsDeclaration(
          contentsType,
          contentsExplanation,
          incoterm,
          dutiesPayer,
          invoiceNumber,
          items,
          shipperTaxIds,
          recipientTaxIds);
    }
  }
}
