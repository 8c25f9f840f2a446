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
 * <p>Immutable and thread-safe. The constructor does not validate (use {@link CanonicalValidator});
 * lists are defensively copied and never null.
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
}
