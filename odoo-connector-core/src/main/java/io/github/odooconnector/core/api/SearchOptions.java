package io.github.odooconnector.core.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Paging and ordering of a search: {@code limit}, {@code offset}, {@code order}. Immutable and
 * thread-safe.
 */
public final class SearchOptions {

  private static final SearchOptions DEFAULTS = new SearchOptions(0, 0, null);

  private final int limit;
  private final int offset;
  private final String order;

  private SearchOptions(int limit, int offset, String order) {
    this.limit = limit;
    this.offset = offset;
    this.order = order;
  }

  /**
   * No limit, no offset, Odoo's default order.
   *
   * @return the default options
   */
  public static SearchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * At most {@code limit} records.
   *
   * @param limit positive maximum
   * @return options with the limit
   */
  public static SearchOptions limit(int limit) {
    return DEFAULTS.withLimit(limit);
  }

  /**
   * Copy with another limit.
   *
   * @param newLimit positive maximum number of records
   * @return new options
   */
  public SearchOptions withLimit(int newLimit) {
    if (newLimit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + newLimit);
    }
    return new SearchOptions(newLimit, offset, order);
  }

  /**
   * Copy with another offset.
   *
   * @param newOffset number of records to skip, not negative
   * @return new options
   */
  public SearchOptions withOffset(int newOffset) {
    if (newOffset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + newOffset);
    }
    return new SearchOptions(limit, newOffset, order);
  }

  /**
   * Copy with an order clause.
   *
   * @param newOrder Odoo order, for example {@code "scheduled_date asc, id"}
   * @return new options
   */
  public SearchOptions withOrder(String newOrder) {
    Objects.requireNonNull(newOrder, "order");
    if (!newOrder.matches("[A-Za-z0-9_., ]+")) {
      throw new IllegalArgumentException(
          "order must be a list of field names with asc/desc, got '" + newOrder + "'");
    }
    return new SearchOptions(limit, offset, newOrder);
  }

  /**
   * The limit.
   *
   * @return the maximum number of records, empty for no limit
   */
  public OptionalInt limit() {
    return limit > 0 ? OptionalInt.of(limit) : OptionalInt.empty();
  }

  /**
   * The offset.
   *
   * @return number of records skipped
   */
  public int offset() {
    return offset;
  }

  /**
   * The order clause.
   *
   * @return the order, empty for Odoo's default model order
   */
  public Optional<String> order() {
    return Optional.ofNullable(order);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchOptions s
        && s.limit == limit
        && s.offset == offset
        && Objects.equals(s.order, order);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, offset, order);
  }

  @Override
  public String toString() {
    return "SearchOptions[limit=" + limit + ", offset=" + offset + ", order=" + order + "]";
  }
}
