package io.github.odooconnector.carrier.api;

import io.github.odooconnector.model.ContentsType;
import io.github.odooconnector.model.DutiesPayer;
import io.github.odooconnector.model.Incoterm;
import io.github.odooconnector.model.TaxIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a customs declaration that do not come from the picking: delivery terms, who pays
 * duties, what kind of goods are shipped and the shipper's trade identifiers (EORI, IOSS, ...). The
 * commodities (description, HS code, origin, quantity, value, net weight) are read from the picking
 * and its products; the recipient's VAT number from the partner.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; {@link #defaults()} is DAP, duties
 * paid by the recipient, merchandise, no identifiers.
 *
 * @param incoterm the delivery terms
 * @param dutiesPayer who pays duties and taxes
 * @param contentsType the kind of goods of outbound shipments (returns are always {@link
 *     ContentsType#RETURNED_GOODS})
 * @param shipperTaxIds the shipper's identifiers
 */
public record CustomsSettings(
    Incoterm incoterm,
    DutiesPayer dutiesPayer,
    ContentsType contentsType,
    List<TaxIdentifier> shipperTaxIds) {

  /**
   * Validates and copies the components.
   *
   * @param incoterm incoterm
   * @param dutiesPayer duties payer
   * @param contentsType contents type
   * @param shipperTaxIds shipper identifiers
   */
  public CustomsSettings {
    Objects.requireNonNull(incoterm, "incoterm");
    Objects.requireNonNull(dutiesPayer, "dutiesPayer");
    Objects.requireNonNull(contentsType, "contentsType");
    shipperTaxIds = List.copyOf(shipperTaxIds);
  }

  /**
   * DAP, duties paid by the recipient, merchandise, no identifiers.
   *
   * @return the defaults
   */
  public static CustomsSettings defaults() {
    return builder().build();
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomsSettings}. Not thread-safe. */
  public static final class Builder {
    private Incoterm incoterm = Incoterm.DAP;
    private DutiesPayer dutiesPayer = DutiesPayer.RECIPIENT;
    private ContentsType contentsType = ContentsType.MERCHANDISE;
    private final List<TaxIdentifier> shipperTaxIds = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the delivery terms (default DAP).
     *
     * @param value the incoterm
     * @return this builder
     */
    public Builder incoterm(Incoterm value) {
      this.incoterm = Objects.requireNonNull(value, "incoterm");
      return this;
    }

    /**
     * Sets who pays duties and taxes (default the recipient).
     *
     * @param value the payer
     * @return this builder
     */
    public Builder dutiesPayer(DutiesPayer value) {
      this.dutiesPayer = Objects.requireNonNull(value, "dutiesPayer");
      return this;
    }

    /**
     * Sets the kind of goods shipped (default merchandise).
     *
     * @param value the kind
     * @return this builder
     */
    public Builder contentsType(ContentsType value) {
      this.contentsType = Objects.requireNonNull(value, "contentsType");
      return this;
    }

    /**
     * Adds an identifier of the shipper (EORI, IOSS, VAT, ...).
     *
     * @param value the identifier
     * @return this builder
     */
    public Builder shipperTaxId(TaxIdentifier value) {
      shipperTaxIds.add(Objects.requireNonNull(value, "shipperTaxId"));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public CustomsSettings build() {
      return new CustomsSettings(incoterm, dutiesPayer, contentsType, shipperTaxIds);
    }
  }
}
