package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.CountryCode;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/**
 * One commodity line of a {@link CustomsDeclaration}: what it is, its tariff code and origin, how
 * many, what they are worth and what they weigh.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}).
 *
 * @param description plain-language description customs officers understand ({@code "Office chair,
 *     steel frame"}, not a product code)
 * @param sku the seller's product reference, or null
 * @param hsCode the Harmonized System tariff code, 6 to 14 digits (dots and spaces are removed), or
 *     null when unknown (workflows refuse to ship a cross-border parcel without it)
 * @param originCountry ISO 3166-1 alpha-2 country where the goods were made, or null
 * @param quantity how many, positive
 * @param value the total value of the line (not the unit price), in the invoice currency
 * @param netWeight the total net weight of the line, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomsItem(
    @NotBlank @Size(max = 256) String description,
    @Size(max = 128) String sku,
    @Pattern(regexp = "[0-9]{6,14}", message = "must be 6 to 14 digits") String hsCode,
    @CountryCode String originCountry,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @NotNull @Valid Money value,
    @Valid Weight netWeight) {

  /**
   * Normalizes the HS code (removes dots and white space) and the country (upper case); never
   * throws.
   *
   * @param description see the record description
   * @param sku see the record description
   * @param hsCode see the record description
   * @param originCountry see the record description
   * @param quantity see the record description
   * @param value see the record description
   * @param netWeight see the record description
   */
  public CustomsItem {
    hsCode = hsCode == null ? null : hsCode.replaceAll("[\\s.]", "");
    hsCode = hsCode == null || hsCode.isEmpty() ? null : hsCode;
    originCountry = originCountry == null ? null : originCountry.strip().toUpperCase(Locale.ROOT);
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
   * The seller's product reference, if given.
   *
   * @return the sku
   */
  public Optional<String> optionalSku() {
    return Optional.ofNullable(sku);
  }

  /**
   * The HS tariff code, if known.
   *
   * @return the code
   */
  public Optional<String> optionalHsCode() {
    return Optional.ofNullable(hsCode);
  }

  /**
   * The country of origin, if known.
   *
   * @return the country code
   */
  public Optional<String> optionalOriginCountry() {
    return Optional.ofNullable(originCountry);
  }

  /**
   * The net weight, if known.
   *
   * @return the weight
   */
  public Optional<Weight> optionalNetWeight() {
    return Optional.ofNullable(netWeight);
  }

  /** Builder for {@link CustomsItem}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String description;
    private String sku;
    private String hsCode;
    private String originCountry;
    private Quantity quantity;
    private Money value;
    private Weight netWeight;

    private Builder() {}

    /**
     * Sets the description.
     *
     * @param description plain-language description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the product reference.
     *
     * @param sku the seller's reference
     * @return this builder
     */
    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the HS tariff code.
     *
     * @param hsCode 6 to 14 digits, dots and spaces allowed
     * @return this builder
     */
    public Builder hsCode(String hsCode) {
      this.hsCode = hsCode;
      return this;
    }

    /**
     * Sets the country of origin.
     *
     * @param originCountry ISO 3166-1 alpha-2 code
     * @return this builder
     */
    public Builder originCountry(String originCountry) {
      this.originCountry = originCountry;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity how many, positive
     * @return this builder
     */
    public Builder quantity(Quantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the total value of the line.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(Money value) {
      this.value = value;
      return this;
    }

    /**
     * Sets the total net weight of the line.
     *
     * @param netWeight the weight
     * @return this builder
     */
    public Builder netWeight(Weight netWeight) {
      this.netWeight = netWeight;
      return this;
    }

    /**
     * Builds the {@link CustomsItem} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public CustomsItem build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link CustomsItem} without validating it.
     *
     * @return the instance, possibly invalid
     */
    public CustomsItem buildUnvalidated() {
      return new CustomsItem(description, sku, hsCode, originCountry, quantity, value, netWeight);
    }
  }
}
