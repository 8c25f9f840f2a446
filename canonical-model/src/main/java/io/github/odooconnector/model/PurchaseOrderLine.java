package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a {@link PurchaseOrder}: what is bought from the supplier, how many, at what price,
 * by when.
 *
 * <p>Immutable and thread-safe. The constructor does not validate (use {@link CanonicalValidator});
 * lists are defensively copied and never null.
 *
 * @param lineId line identifier, unique within the order (for example the Odoo {@code
 *     purchase.order.line} id)
 * @param sku our product code
 * @param supplierSku the supplier's product code, or null
 * @param description line description, or null
 * @param quantity ordered quantity, greater than zero
 * @param unitPrice unit price, or null
 * @param expectedDate when this line is expected to arrive, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchaseOrderLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Size(max = 128) String supplierSku,
    @Size(max = 1000) String description,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Valid Money unitPrice,
    LocalDate expectedDate) {

  /**
   * Creates a line with only product and quantity.
   *
   * @param lineId line identifier
   * @param sku product
   * @param quantity ordered quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static PurchaseOrderLine of(String lineId, Sku sku, Quantity quantity) {
    return Factories.requireValid(
        new PurchaseOrderLine(lineId, sku, null, null, quantity, null, null));
  }

  /**
   * The supplier's product code, if present.
   *
   * @return {@link #supplierSku()}, or empty when it is null
   */
  public Optional<String> optionalSupplierSku() {
    return Optional.ofNullable(supplierSku);
  }

  /**
   * Line description, if present.
   *
   * @return {@link #description()}, or empty when it is null
   */
  public Optional<String> optionalDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * Unit price, if present.
   *
   * @return {@link #unitPrice()}, or empty when it is null
   */
  public Optional<Money> optionalUnitPrice() {
    return Optional.ofNullable(unitPrice);
  }

  /**
   * When this line is expected to arrive, if present.
   *
   * @return {@link #expectedDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpectedDate() {
    return Optional.ofNullable(expectedDate);
  }
}
