package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A difference between what was expected and what was received, reported by the warehouse (or
 * derived with {@link Receipt#quantityDiscrepancies()}).
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}).
 *
 * @param sku the affected product
 * @param type what kind of difference
 * @param expectedQuantity expected quantity, or null
 * @param actualQuantity received/affected quantity, or null
 * @param lineId the receipt line concerned, or null
 * @param note free-text explanation, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Discrepancy(
    @NotNull @Valid Sku sku,
    @NotNull DiscrepancyType type,
    @Valid Quantity expectedQuantity,
    @Valid Quantity actualQuantity,
    @Size(max = 128) String lineId,
    @Size(max = 2000) String note) {

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
    b.sku = sku;
    b.type = type;
    b.expectedQuantity = expectedQuantity;
    b.actualQuantity = actualQuantity;
    b.lineId = lineId;
    b.note = note;
    return b;
  }

  /**
   * Expected quantity, if present.
   *
   * @return {@link #expectedQuantity()}, or empty when it is null
   */
  public Optional<Quantity> optionalExpectedQuantity() {
    return Optional.ofNullable(expectedQuantity);
  }

  /**
   * Received/affected quantity, if present.
   *
   * @return {@link #actualQuantity()}, or empty when it is null
   */
  public Optional<Quantity> optionalActualQuantity() {
    return Optional.ofNullable(actualQuantity);
  }

  /**
   * The receipt line concerned, if present.
   *
   * @return {@link #lineId()}, or empty when it is null
   */
  public Optional<String> optionalLineId() {
    return Optional.ofNullable(lineId);
  }

  /**
   * Free-text explanation, if present.
   *
   * @return {@link #note()}, or empty when it is null
   */
  public Optional<String> optionalNote() {
    return Optional.ofNullable(note);
  }

  /** Builder for {@link Discrepancy}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private Sku sku;
    private DiscrepancyType type;
    private Quantity expectedQuantity;
    private Quantity actualQuantity;
    private String lineId;
    private String note;

    private Builder() {}

    /**
     * Sets the sku.
     *
     * @param sku the affected product
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type what kind of difference
     * @return this builder
     */
    public Builder type(DiscrepancyType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the expectedQuantity.
     *
     * @param expectedQuantity expected quantity
     * @return this builder
     */
    public Builder expectedQuantity(Quantity expectedQuantity) {
      this.expectedQuantity = expectedQuantity;
      return this;
    }

    /**
     * Sets the actualQuantity.
     *
     * @param actualQuantity received/affected quantity
     * @return this builder
     */
    public Builder actualQuantity(Quantity actualQuantity) {
      this.actualQuantity = actualQuantity;
      return this;
    }

    /**
     * Sets the lineId.
     *
     * @param lineId the receipt line concerned
     * @return this builder
     */
    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    /**
     * Sets the note.
     *
     * @param note free-text explanation
     * @return this builder
     */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * Builds the {@link Discrepancy} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public Discrepancy build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link Discrepancy} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public Discrepancy buildUnvalidated() {
      return new Discrepancy(sku, type, expectedQuantity, actualQuantity, lineId, note);
    }
  }
}
