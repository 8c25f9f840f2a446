package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link PickConfirmation}: what was ordered and what was actually picked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lineId the fulfillment line id as released
 * @param orderedSku the SKU that was ordered
 * @param orderedQuantity the quantity that was ordered
 * @param pickedSku the SKU that was picked; differs from {@code orderedSku} for a substitution
 * @param pickedQuantity the quantity picked (zero when nothing could be picked)
 * @param lotNumber the lot picked, or null
 * @param serialNumbers the serial numbers picked, possibly empty
 */
public record PickedLine(
    String lineId,
    Sku orderedSku,
    Quantity orderedQuantity,
    Sku pickedSku,
    Quantity pickedQuantity,
    String lotNumber,
    List<String> serialNumbers) {

  /**
   * Validates and copies.
   *
   * @param lineId the line id
   * @param orderedSku the ordered SKU
   * @param orderedQuantity the ordered quantity
   * @param pickedSku the picked SKU
   * @param pickedQuantity the picked quantity
   * @param lotNumber the lot, or null
   * @param serialNumbers the serials
   */
  public PickedLine {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(orderedSku, "orderedSku");
    Objects.requireNonNull(orderedQuantity, "orderedQuantity");
    Objects.requireNonNull(pickedSku, "pickedSku");
    Objects.requireNonNull(pickedQuantity, "pickedQuantity");
    serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
  }

  /**
   * Whether less than ordered was picked.
   *
   * @return true for a short pick
   */
  public boolean isShort() {
    return pickedQuantity.compareAmount(orderedQuantity) < 0;
  }

  /**
   * Whether another SKU was picked than ordered.
   *
   * @return true for a substitution
   */
  public boolean isSubstitution() {
    return !orderedSku.equals(pickedSku);
  }
}
