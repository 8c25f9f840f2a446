package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A physical handling unit, a pallet or a carton, as announced in an EDI 856 (HL levels T and P) or
 * DESADV (CPS/PAC) and as a WMS receives or ships it: its identity, its SSCC label, the unit it
 * sits on or in, and the line quantities packed directly in it. Carried by {@link
 * PackedShipNotice}, {@link AdvanceShipNotice}, {@link Receipt} and {@link Shipment}.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String,
 * HandlingUnitType)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}). Lists are defensively copied, never null.
 *
 * @param unitId unit identifier, unique within the document
 * @param parentUnitId the unit this one is stacked on or packed in (a carton on a pallet), or null
 *     for a top-level unit
 * @param type pallet or carton
 * @param sscc the SSCC-18 on the unit's label, or null
 * @param grossWeight gross weight of the unit, or null
 * @param contents line quantities packed directly in this unit, possibly empty (a pallet of
 *     cartons)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandlingUnit(
    @NotBlank @Size(max = 128) String unitId,
    @Size(max = 128) String parentUnitId,
    @NotNull HandlingUnitType type,
    @Valid Sscc sscc,
    @Valid Weight grossWeight,
    List<@NotNull @Valid PackedItem> contents) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param unitId see the record description
   * @param parentUnitId see the record description
   * @param type see the record description
   * @param sscc see the record description
   * @param grossWeight see the record description
   * @param contents see the record description
   */
  public HandlingUnit {
    contents = Lists.copy(contents);
  }

  /**
   * Creates an empty top-level unit.
   *
   * @param unitId unit identifier, unique within the document
   * @param type pallet or carton
   * @return the validated instance
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static HandlingUnit of(String unitId, HandlingUnitType type) {
    return Factories.requireValid(new HandlingUnit(unitId, null, type, null, null, List.of()));
  }

  /**
   * The unit this one is stacked on or packed in (a carton on a pallet) for a top-level unit, if
   * present.
   *
   * @return {@link #parentUnitId()}, or empty when it is null
   */
  public Optional<String> optionalParentUnitId() {
    return Optional.ofNullable(parentUnitId);
  }

  /**
   * The SSCC-18 on the unit's label, if present.
   *
   * @return {@link #sscc()}, or empty when it is null
   */
  public Optional<Sscc> optionalSscc() {
    return Optional.ofNullable(sscc);
  }

  /**
   * Gross weight of the unit, if present.
   *
   * @return {@link #grossWeight()}, or empty when it is null
   */
  public Optional<Weight> optionalGrossWeight() {
    return Optional.ofNullable(grossWeight);
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
    b.unitId = unitId;
    b.parentUnitId = parentUnitId;
    b.type = type;
    b.sscc = sscc;
    b.grossWeight = grossWeight;
    b.contents.addAll(contents);
    return b;
  }

  /** Builder for {@link HandlingUnit}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String unitId;
    private String parentUnitId;
    private HandlingUnitType type;
    private Sscc sscc;
    private Weight grossWeight;
    private final List<PackedItem> contents = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the unitId.
     *
     * @param unitId unit identifier, unique within the document
     * @return this builder
     */
    public Builder unitId(String unitId) {
      this.unitId = unitId;
      return this;
    }

    /**
     * Sets the parentUnitId.
     *
     * @param parentUnitId the unit this one is stacked on or packed in (a carton on a pallet) for a
     *     top-level unit
     * @return this builder
     */
    public Builder parentUnitId(String parentUnitId) {
      this.parentUnitId = parentUnitId;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type pallet or carton
     * @return this builder
     */
    public Builder type(HandlingUnitType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the sscc.
     *
     * @param sscc the SSCC-18 on the unit's label
     * @return this builder
     */
    public Builder sscc(Sscc sscc) {
      this.sscc = sscc;
      return this;
    }

    /**
     * Sets the grossWeight.
     *
     * @param grossWeight gross weight of the unit
     * @return this builder
     */
    public Builder grossWeight(Weight grossWeight) {
      this.grossWeight = grossWeight;
      return this;
    }

    /**
     * Replaces the contents.
     *
     * @param contents line quantities packed directly in this unit, possibly empty (a pallet of
     *     cartons)
     * @return this builder
     */
    public Builder contents(List<? extends PackedItem> contents) {
      this.contents.clear();
      this.contents.addAll(Objects.requireNonNull(contents, "contents"));
      return this;
    }

    /**
     * Appends one element to the contents.
     *
     * @param item the element to add
     * @return this builder
     */
    public Builder addItem(PackedItem item) {
      this.contents.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Builds the {@link HandlingUnit} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public HandlingUnit build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link HandlingUnit} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public HandlingUnit buildUnvalidated() {
      return new HandlingUnit(unitId, parentUnitId, type, sscc, grossWeight, contents);
    }
  }
}
