package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * One line of a {@link ReturnAuthorization}: a product and quantity the customer may send back, and
 * why.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(String, Sku, Quantity, ReturnReason)} (which
 * validates) or the canonical constructor (which does not; use {@link CanonicalValidator}). Lists
 * are defensively copied, never null.
 *
 * @param orderLineRef the sales order line being returned, or null
 * @param sku the returned product
 * @param quantity authorized quantity, greater than zero
 * @param reason why it is returned
 * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
 * @param note free-text comment, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReturnLine(
    @Size(max = 128) String orderLineRef,
    @NotNull @Valid Sku sku,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @NotNull ReturnReason reason,
    List<@NotBlank @Size(max = 128) String> serialNumbers,
    @Size(max = 2000) String note) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param orderLineRef see the record description
   * @param sku see the record description
   * @param quantity see the record description
   * @param reason see the record description
   * @param serialNumbers see the record description
   * @param note see the record description
   */
  public ReturnLine {
    serialNumbers = Lists.copy(serialNumbers);
  }

  /**
   * Creates a line without serial numbers and note.
   *
   * @param orderLineRef the sales order line being returned, or null
   * @param sku product
   * @param quantity authorized quantity
   * @param reason why it is returned
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static ReturnLine of(
      String orderLineRef, Sku sku, Quantity quantity, ReturnReason reason) {
    return Factories.requireValid(
        new ReturnLine(orderLineRef, sku, quantity, reason, List.of(), null));
  }

  /**
   * The sales order line being returned, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
  }

  /**
   * Free-text comment, if present.
   *
   * @return {@link #note()}, or empty when it is null
   */
  public Optional<String> optionalNote() {
    return Optional.ofNullable(note);
  }
}
