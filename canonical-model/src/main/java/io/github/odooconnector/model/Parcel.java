package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One physical package (carton, pallet) of a {@link Shipment}, with its label identifiers and
 * measurements.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param parcelId identifier, unique within the shipment (for example the Odoo package name)
 * @param sscc the SSCC on the label, or null
 * @param trackingNumber the carrier's tracking number for this parcel, or null
 * @param weight gross weight, or null
 * @param dimensions outer dimensions, or null
 * @param packageType packaging type code such as {@code box} or {@code pallet}, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Parcel(
    @NotBlank @Size(max = 128) String parcelId,
    @Valid Sscc sscc,
    @Size(max = 128) String trackingNumber,
    @Valid Weight weight,
    @Valid Dimensions dimensions,
    @Size(max = 64) String packageType) {

  /**
   * Creates a parcel with only an identifier.
   *
   * @param parcelId identifier
   * @return the parcel
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static Parcel of(String parcelId) {
    return Factories.requireValid(new Parcel(parcelId, null, null, null, null, null));
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
    b.parcelId = parcelId;
    b.sscc = sscc;
    b.trackingNumber = trackingNumber;
    b.weight = weight;
    b.dimensions = dimensions;
    b.packageType = packageType;
    return b;
  }

  /**
   * The SSCC if labelled.
   *
   * @return the sscc if present
   */
  public Optional<Sscc> optionalSscc() {
    return Optional.ofNullable(sscc);
  }

  /**
   * The tracking number if known.
   *
   * @return the trackingNumber if present
   */
  public Optional<String> optionalTrackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }

  /**
   * The weight if measured.
   *
   * @return the weight if present
   */
  public Optional<Weight> optionalWeight() {
    return Optional.ofNullable(weight);
  }

  /**
   * Outer dimensions, if present.
   *
   * @return {@link #dimensions()}, or empty when it is null
   */
  public Optional<Dimensions> optionalDimensions() {
    return Optional.ofNullable(dimensions);
  }

  /**
   * Packaging type code such as {@code box} or {@code pallet}, if present.
   *
   * @return {@link #packageType()}, or empty when it is null
   */
  public Optional<String> optionalPackageType() {
    return Optional.ofNullable(packageType);
  }

  /** Builder for {@link Parcel}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String parcelId;
    private Sscc sscc;
    private String trackingNumber;
    private Weight weight;
    private Dimensions dimensions;
    private String packageType;

    private Builder() {}

    /**
     * Sets the parcelId.
     *
     * @param parcelId identifier
     * @return this builder
     */
    public Builder parcelId(String parcelId) {
      this.parcelId = parcelId;
      return this;
    }

    /**
     * Sets the sscc.
     *
     * @param sscc the SSCC on the label
     * @return this builder
     */
    public Builder sscc(Sscc sscc) {
      this.sscc = sscc;
      return this;
    }

    /**
     * Sets the trackingNumber.
     *
     * @param trackingNumber the carrier's tracking number for this parcel
     * @return this builder
     */
    public Builder trackingNumber(String trackingNumber) {
      this.trackingNumber = trackingNumber;
      return this;
    }

    /**
     * Sets the weight.
     *
     * @param weight gross weight
     * @return this builder
     */
    public Builder weight(Weight weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets the dimensions.
     *
     * @param dimensions outer dimensions
     * @return this builder
     */
    public Builder dimensions(Dimensions dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    /**
     * Sets the packageType.
     *
     * @param packageType packaging type code such as {@code box} or {@code pallet}
     * @return this builder
     */
    public Builder packageType(String packageType) {
      this.packageType = packageType;
      return this;
    }

    /**
     * Builds the {@link Parcel} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public Parcel build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link Parcel} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public Parcel buildUnvalidated() {
      return new Parcel(parcelId, sscc, trackingNumber, weight, dimensions, packageType);
    }
  }
}
