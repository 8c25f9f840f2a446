package io.github.odooconnector.edi.api;

import io.github.odooconnector.common.internal.Checks;
import java.util.Objects;

/**
 * Everything partner-specific about an EDI exchange, as configuration: the standard and version,
 * both sides' interchange identifiers and qualifiers, separators, test or production. One {@link
 * EdiTranslator} serves any number of partners; a new partner is a new value, not new code.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder(String, EdiStandard)}.
 *
 * @param name our name for the partner, used in control number sequences and messages
 * @param standard X12 or EDIFACT
 * @param partnerQualifier the partner's interchange id qualifier (X12 ISA05/07, for example {@code
 *     ZZ} or {@code 01}; EDIFACT 0007, for example {@code 14} for GLN or {@code ZZZ})
 * @param partnerId the partner's interchange id (X12 up to 15, EDIFACT up to 35 characters)
 * @param ourQualifier our interchange id qualifier
 * @param ourId our interchange id
 * @param version X12: the GS08 version, for example {@code 004010} (ISA12 is derived: {@code
 *     00401}); EDIFACT: the message version and release, for example {@code D:96A}
 * @param syntax EDIFACT syntax identifier and version (UNB S001), for example {@code UNOC:3};
 *     ignored for X12
 * @param delimiters the separators to write with
 * @param test whether interchanges are marked as test (X12 ISA15 {@code T}, EDIFACT 0035 {@code 1})
 * @param acknowledgementRequested whether our interchanges ask for a 997/CONTRL (X12 ISA14, EDIFACT
 *     0031)
 * @param warehouse the codes of the X12 warehouse transactions 940/945/943/944/846 (defaults:
 *     {@link X12WarehouseOptions#defaults()})
 * @param edifactCodes the EDIFACT qualifiers this partner uses in message bodies (SKU, INVRPT
 *     quantities); ignored for X12
 */
public record TradingPartner(
    String name,
    EdiStandard standard,
    String partnerQualifier,
    String partnerId,
    String ourQualifier,
    String ourId,
    String version,
    String syntax,
    EdiDelimiters delimiters,
    boolean test,
    boolean acknowledgementRequested,
    X12WarehouseOptions warehouse,
    EdifactCodes edifactCodes) {

  /**
   * Validates the configuration.
   *
   * @param name see the record description
   * @param standard see the record description
   * @param partnerQualifier see the record description
   * @param partnerId see the record description
   * @param ourQualifier see the record description
   * @param ourId see the record description
   * @param version see the record description
   * @param syntax see the record description
   * @param delimiters see the record description
   * @param test see the record description
   * @param acknowledgementRequested see the record description
   * @param warehouse see the record description
   * @param edifactCodes see the record description
   */
  public TradingPartner {
    requireText(name, "name");
    Objects.requireNonNull(standard, "standard");
    requireText(partnerQualifier, "partnerQualifier");
    requireText(partnerId, "partnerId");
    requireText(ourQualifier, "ourQualifier");
    requireText(ourId, "ourId");
    requireText(version, "version");
    requireText(syntax, "syntax");
    Objects.requireNonNull(delimiters, "delimiters");
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(edifactCodes, "edifactCodes");
    int max = standard == EdiStandard.X12 ? 15 : 35;
    if (partnerId.length() > max || ourId.length() > max) {
      throw new IllegalArgumentException(
          standard + " interchange ids have at most " + max + " characters");
    }
    if (standard == EdiStandard.X12 && !version.matches("\\d{6}")) {
      throw new IllegalArgumentException("X12 version must be 6 digits like 004010: " + version);
    }
    if (standard == EdiStandard.EDIFACT && !version.matches("[A-Z]:\\w{3}")) {
      throw new IllegalArgumentException("EDIFACT version must look like D:96A: " + version);
    }
  }

  private static void requireText(String value, String name) {
    Checks.requireText(value, () -> new IllegalArgumentException(name + " must not be blank"));
  }

  /**
   * Starts a builder with the standard's defaults: X12 {@code 004010} with {@code ~ * >}, EDIFACT
   * {@code D:96A} in {@code UNOC:3} with the default UNA separators, qualifiers {@code ZZ}/{@code
   * ZZZ} (mutually defined), production, acknowledgements requested.
   *
   * @param name our name for the partner
   * @param standard X12 or EDIFACT
   * @return a new builder
   */
  public static Builder builder(String name, EdiStandard standard) {
    return new Builder(name, standard);
  }

  /** Builder for {@link TradingPartner}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private final String name;
    private final EdiStandard standard;
    private String partnerQualifier;
    private String partnerId;
    private String ourQualifier;
    private String ourId;
    private String version;
    private String syntax = "UNOC:3";
    private EdiDelimiters delimiters;
    private boolean test;
    private boolean acknowledgementRequested = true;
    private X12WarehouseOptions warehouse = X12WarehouseOptions.defaults();
    private EdifactCodes edifactCodes = EdifactCodes.defaults();

    private Builder(String name, EdiStandard standard) {
      this.name = name;
      this.standard = Objects.requireNonNull(standard, "standard");
      String qualifier = standard == EdiStandard.X12 ? "ZZ" : "ZZZ";
      this.partnerQualifier = qualifier;
      this.ourQualifier = qualifier;
      this.version = standard == EdiStandard.X12 ? "004010" : "D:96A";
      this.delimiters = standard == EdiStandard.X12 ? EdiDelimiters.x12() : EdiDelimiters.edifact();
    }

    /**
     * Sets the partner's interchange id and qualifier.
     *
     * @param qualifier for example {@code ZZ}, {@code 01} (DUNS), {@code 14} (GLN)
     * @param id the id
     * @return this builder
     */
    public Builder partnerId(String qualifier, String id) {
      this.partnerQualifier = qualifier;
      this.partnerId = id;
      return this;
    }

    /**
     * Sets our interchange id and qualifier.
     *
     * @param qualifier for example {@code ZZ}, {@code 01} (DUNS), {@code 14} (GLN)
     * @param id the id
     * @return this builder
     */
    public Builder ourId(String qualifier, String id) {
      this.ourQualifier = qualifier;
      this.ourId = id;
      return this;
    }

    /**
     * Sets the version: X12 GS08 such as {@code 004010} or {@code 005010}; EDIFACT such as {@code
     * D:96A} or {@code D:01B}.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the EDIFACT syntax identifier, for example {@code UNOA:3} or {@code UNOC:4}.
     *
     * @param syntax the UNB S001 value
     * @return this builder
     */
    public Builder syntax(String syntax) {
      this.syntax = syntax;
      return this;
    }

    /**
     * Sets the separators to write with.
     *
     * @param delimiters the separators
     * @return this builder
     */
    public Builder delimiters(EdiDelimiters delimiters) {
      this.delimiters = delimiters;
      return this;
    }

    /**
     * Marks interchanges as test data.
     *
     * @param test true for test
     * @return this builder
     */
    public Builder test(boolean test) {
      this.test = test;
      return this;
    }

    /**
     * Sets whether our interchanges ask for a functional acknowledgement.
     *
     * @param requested true to ask
     * @return this builder
     */
    public Builder acknowledgementRequested(boolean requested) {
      this.acknowledgementRequested = requested;
      return this;
    }

    /**
     * Sets the codes of the X12 warehouse transactions (940/945/943/944/846) this partner uses.
     *
     * @param options the partner's qualifiers and codes
     * @return this builder
     */
    public Builder warehouse(X12WarehouseOptions options) {
      this.warehouse = options;
      return this;
    }

    /**
     * Sets the EDIFACT qualifiers the partner uses in message bodies (default {@link
     * EdifactCodes#defaults()}).
     *
     * @param codes the codes
     * @return this builder
     */
    public Builder edifactCodes(EdifactCodes codes) {
      this.edifactCodes = codes;
      return this;
    }

    /**
     * Builds the partner.
     *
     * @return the validated configuration
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public TradingPartner build() {
      return new TradingPartner(
          name,
          standard,
          partnerQualifier,
          partnerId,
          ourQualifier,
          ourId,
          version,
          syntax,
          delimiters,
          test,
          acknowledgementRequested,
          warehouse,
          edifactCodes);
    }
  }
}
