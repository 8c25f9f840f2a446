package io.github.odooconnector.core.api;

/**
 * How a streamed or bulk read fetches its pages: records per call, how many calls may be in flight
 * at once, and whether records come back in ascending id order. Immutable and thread-safe.
 *
 * <p>With a parallelism above 1 the read first lists the matching ids (ids only, in chunks), cuts
 * them into keyset ranges of {@code pageSize} ids and reads up to {@code parallelism} ranges at the
 * same time, so at most {@code parallelism × pageSize} records are held at any moment. A real Odoo
 * serves concurrent requests in parallel, so this shortens large syncs; against a busy or
 * single-worker server it only adds load.
 *
 * @param pageSize records per call, 1 to 10000
 * @param parallelism calls in flight at once, 1 to 32 (1 = the sequential keyset stream)
 * @param ordered {@code true} (the default) to deliver records in ascending id order; {@code false}
 *     to deliver each page as soon as it arrives (pages stay internally ordered)
 */
public record ReadOptions(int pageSize, int parallelism, boolean ordered) {

  /** Largest accepted parallelism. */
  public static final int MAX_PARALLELISM = 32;

  /**
   * Validates the options.
   *
   * @param pageSize records per call, 1 to 10000
   * @param parallelism calls in flight at once, 1 to {@value #MAX_PARALLELISM}
   * @param ordered whether records come in ascending id order
   * @throws IllegalArgumentException naming the offending value
   */
  public ReadOptions {
    if (pageSize < 1 || pageSize > 10_000) {
      throw new IllegalArgumentException("pageSize must be within 1..10000, got " + pageSize);
    }
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "parallelism must be within 1.." + MAX_PARALLELISM + ", got " + parallelism);
    }
  }

  /**
   * Sequential, ordered reads of {@code pageSize} records per call.
   *
   * @param pageSize records per call, 1 to 10000
   * @return the options
   */
  public static ReadOptions pages(int pageSize) {
    return new ReadOptions(pageSize, 1, true);
  }

  /**
   * Copy with another number of calls in flight.
   *
   * @param newParallelism 1 to {@value #MAX_PARALLELISM}
   * @return new options
   */
  public ReadOptions withParallelism(int newParallelism) {
    return new ReadOptions(pageSize, newParallelism, ordered);
  }

  /**
   * Copy that delivers pages in completion order instead of ascending id order.
   *
   * @return new options
   */
  public ReadOptions unordered() {
    return new ReadOptions(pageSize, parallelism, false);
  }
}
