package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One product as a warehouse must know it before it can receive, store or ship it (the item master
 * record of a WMS; an X12 888 or a GS1 item data notification): how it is identified and scanned,
 * counted, weighed, tracked and declared.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (validates on {@link
 * Builder#build()}).
 *
 * @param sku the product's stock keeping unit (Odoo {@code default_code})
 * @param description the product's name for pickers and packing lists
 * @param barcodes the codes scanned for this product (Odoo {@code barcode}; a GTIN when the product
 *     has one), never null
 * @param unit the unit the product is counted in
 * @param weight the weight of one unit, or null when unknown
 * @param volume the volume of one unit (a {@link UnitDimension#VOLUME} quantity), or null
 * @param dimensions the outer dimensions of one unit, or null when unknown
 * @param tracking whether units are tracked per lot or serial number
 * @param expiryTracked true when the units carry an expiry / best-before date the WMS must record
 *     and rotate by (first expired, first out)
 * @param hsCode the customs tariff (Harmonized System) code, or null
 * @param countryOfOrigin the ISO 3166-1 alpha-2 country the goods were made in, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Item(
    @NotNull @Valid Sku sku,
    @NotBlank @Size(max = 500) String description,
    List<@NotBlank @Size(max = 128) String> barcodes,
    @NotNull UnitOfMeasure unit,
    @Valid Weight weight,
    @Valid Quantity volume,
    @Valid Dimensions dimensions,
    @NotNull ItemTracking tracking,
    boolean expiryTracked,
    @Size(max = 32) String hsCode,
    @Pattern(regexp = "[A-Z]{2}") String countryOfOrigin) {

  /**
   * Normalizes the barcode list (null becomes empty, the list is copied).
   *
   * @param sku see the record description
   * @param description see the record description
   * @param barcodes see the record description
   * @param unit see the record description
   * @param weight see the record description
   * @param volume see the record description
   * @param dimensions see the record description
   * @param tracking see the record description
   * @param expiryTracked see the record description
   * @param hsCode see the record description
   * @param countryOfOrigin see the record description
   */
  public Item {
    barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
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
   * The weight of one unit, if known.
   *
   * @return {@link #weight()}, or empty when it is null
   */
  public Optional<Weight> optionalWeight() {
    return Optional.ofNullable(weight);
  }

  /**
   * The volume of one unit, if known.
   *
   * @return {@link #volume()}, or empty when it is null
   */
  public Optional<Quantity> optionalVolume() {
    return Optional.ofNullable(volume);
  }

  /**
   * The outer dimensions of one unit, if known.
   *
   * @return {@link #dimensions()}, or empty when it is null
   */
  public Optional<Dimensions> optionalDimensions() {
    return Optional.ofNullable(dimensions);
  }

  /**
   * The customs tariff code, if known.
   *
   * @return {@link #hsCode()}, or empty when it is null
   */
  public Optional<String> optionalHsCode() {
    return Optional.ofNullable(hsCode);
  }

  /**
   * The country of origin, if known.
   *
   * @return {@link #countryOfOrigin()}, or empty when it is null
   */
  public Optional<String> optionalCountryOfOrigin() {
    return Optional.ofNullable(countryOfOrigin);
  }

  /** Builder for {@link Item}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private Sku sku;
    private String description;
    private final List<String> barcodes = new ArrayList<>();
    private UnitOfMeasure unit = UnitOfMeasure.C62;
    private Weight weight;
    private Quantity volume;
    private Dimensions dimensions;
    private ItemTracking tracking = ItemTracking.NONE;
    private boolean expiryTracked;
    private String hsCode;
    private String countryOfOrigin;

    private Builder() {}

    /**
     * Sets the SKU.
     *
     * @param sku the product's stock keeping unit
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the product's name for pickers and packing lists
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Adds a barcode.
     *
     * @param barcode a code scanned for this product
     * @return this builder
     */
    public Builder addBarcode(String barcode) {
      this.barcodes.add(barcode);
      return this;
    }

    /**
     * Sets the counting unit (default {@link UnitOfMeasure#C62}, pieces).
     *
     * @param unit the unit the product is counted in
     * @return this builder
     */
    public Builder unit(UnitOfMeasure unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Sets the unit weight.
     *
     * @param weight the weight of one unit
     * @return this builder
     */
    public Builder weight(Weight weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets the unit volume.
     *
     * @param volume the volume of one unit
     * @return this builder
     */
    public Builder volume(Quantity volume) {
      this.volume = volume;
      return this;
    }

    /**
     * Sets the unit dimensions.
     *
     * @param dimensions the outer dimensions of one unit
     * @return this builder
     */
    public Builder dimensions(Dimensions dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    /**
     * Sets the tracking (default {@link ItemTracking#NONE}).
     *
     * @param tracking whether units are tracked per lot or serial number
     * @return this builder
     */
    public Builder tracking(ItemTracking tracking) {
      this.tracking = tracking;
      return this;
    }

    /**
     * Sets whether expiry dates are tracked (default false).
     *
     * @param expiryTracked true when units carry an expiry date
     * @return this builder
     */
    public Builder expiryTracked(boolean expiryTracked) {
      this.expiryTracked = expiryTracked;
      return this;
    }

    /**
     * Sets the customs tariff code.
     *
     * @param hsCode the Harmonized System code
     * @return this builder
     */
    public Builder hsCode(String hsCode) {
      this.hsCode = hsCode;
      return this;
    }

    /**
     * Sets the country of origin.
     *
     * @param countryOfOrigin an ISO 3166-1 alpha-2 code
     * @return this builder
     */
    public Builder countryOfOrigin(String countryOfOrigin) {
      this.countryOfOrigin = countryOfOrigin;
      return this;
    }

    /**
     * Builds the {@link Item} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component
     */
    public Item build() {
      return CanonicalValidator.requireValid(
          new Item(
              sku,
              description,
              barcodes,
              unit,
              weight,
              volume,
              dimensions,
              tracking,
              expiryTracked,
              hsCode,
              countryOfOrigin));
    }
  }
}
