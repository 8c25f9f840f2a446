package io.github.odooconnector.mapping;

import java.util.Map;
import java.util.Objects;

/**
 * The result of a lenient product read ({@link OdooDocuments#productLookup}): the products that
 * could be mapped, and for each one that could not (no internal reference, unknown unit) the
 * reason, so that a caller such as an inventory reconciliation can report them and go on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param products the mapped products by id
 * @param unmapped the products that could not be mapped, by id, with the mapping error
 */
public record ProductLookup(Map<Long, ProductInfo> products, Map<Long, MappingException> unmapped) {

  /**
   * Validates and copies.
   *
   * @param products the mapped products
   * @param unmapped the unmapped products
   */
  public ProductLookup {
    products = Map.copyOf(Objects.requireNonNull(products, "products"));
    unmapped = Map.copyOf(Objects.requireNonNull(unmapped, "unmapped"));
  }
}
