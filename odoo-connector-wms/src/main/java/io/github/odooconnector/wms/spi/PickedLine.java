package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import java.time.LocalDate;
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
 * @param expiryDate the picked lot's expiry date, or null
 * @param bestBeforeDate the picked lot's best-before date, or null
 * @param productionDate the picked lot's production date, or null
 */
public record PickedLine(
    String lineId,
    Sku orderedSku,
    Quantity orderedQuantity,
    Sku pickedSku,
    Quantity pickedQuantity,
    String lotNumber,
    List<String> serialNumbers,
    LocalDate expiryDate,
    LocalDate bestBeforeDate,
    LocalDate productionDate) {

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
   * @param expiryDate the expiry date, or null
   * @param bestBeforeDate the best-before date, or null
   * @param productionDate the production date, or null
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
   * A picked line without lot dates (the form used before they existed).
   *
   * @param lineId the line id
   * @param orderedSku the ordered SKU
   * @param orderedQuantity the ordered quantity
   * @param pickedSku the picked SKU
   * @param pickedQuantity the picked quantity
   * @param lotNumber the lot, or null
   * @param serialNumbers the serials
   */
  public PickedLine(
      String lineId,
      Sku orderedSku,
      Quantity orderedQuantity,
      Sku pickedSku,
      Quantity pickedQuantity,
      String lotNumber,
      List<String> serialNumbers) {
    this(
        lineId,
        orderedSku,
        orderedQuantity,
        pickedSku,
        pickedQuantity,
        lotNumber,
        serialNumbers,
        null,
        null,
        null);
  }

  /**
   * The same line with the lot's dates.
   *
   * @param expiry the expiry date, or null
   * @param bestBefore the best-before date, or null
   * @param production the production date, or null
   * @return a copy with these dates
   */
  public PickedLine withLotDates(LocalDate expiry, LocalDate bestBefore, LocalDate production) {
    return new PickedLine(
        lineId,
        orderedSku,
        orderedQuantity,
        pickedSku,
        pickedQuantity,
        lotNumber,
        serialNumbers,
        expiry,
        bestBefore,
        production);
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
