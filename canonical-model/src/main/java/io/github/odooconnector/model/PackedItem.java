package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A quantity of one line packed in a {@link HandlingUnit} (the item level of an EDI 856/DESADV
 * packing hierarchy). The line is named by its id in the unit's document: {@link AsnLine#lineId()}
 * in an advance ship notice, {@link ReceiptLine#lineId()} in a receipt, {@link
 * ShipmentLine#orderLineRef()} in a shipment.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(String, Quantity)} (which validate) or the
 * canonical constructor (which does not; use {@link CanonicalValidator}).
 *
 * @param lineId the packed line's id in the document (see above)
 * @param quantity how much of the line is in this unit, greater than zero
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackedItem(
    @NotBlank @Size(max = 128) String lineId, @NotNull @Valid @PositiveQuantity Quantity quantity) {

  /**
   * Creates a packed quantity.
   *
   * @param lineId the {@link AsnLine#lineId()} of the packed line
   * @param quantity how much of the line is in this unit, greater than zero
   * @return the validated instance
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static PackedItem of(String lineId, Quantity quantity) {
    return Factories.requireValid(new PackedItem(lineId, quantity));
  }
}
