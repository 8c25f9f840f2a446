package io.github.odooconnector.edi.spi;

/**
 * Where envelope control numbers come from (X12 ISA13, GS06, ST02; EDIFACT UNB 0020, UNH 0062).
 *
 * <p>A trading partner rejects an interchange whose control number it has seen before, and an
 * acknowledgement is matched to what it acknowledges by these numbers, so a source must never hand
 * out the same number of a sequence twice: not after a restart, not to two writers (threads,
 * processes, hosts) sharing it. Shipped: {@code InMemoryControlNumberSource} (one JVM, lost on
 * restart: tests and single-process tools) and {@code JdbcControlNumberSource} (durable, shared
 * through a database row per sequence).
 *
 * <p>Implementations must be thread-safe.
 */
public interface ControlNumberSource {

  /**
   * Returns the next number of a sequence: greater than every number this sequence returned before
   * to any caller, starting at 1.
   *
   * @param sequence the sequence name, for example {@code x12/ACME/US-DIST/interchange}; at most
   *     200 characters
   * @return the next number, at least 1
   * @throws ControlNumberStoreException when the backing store cannot be reached or updated (no
   *     number was handed out)
   */
  long next(String sequence);
}
