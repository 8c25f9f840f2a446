package io.github.odooconnector.edi.memory;

import io.github.odooconnector.edi.spi.ControlNumberSource;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ControlNumberSource} held in memory: numbers never repeat within this instance, but
 * start again at 1 after a restart. For tests and single-process tools; production writers use a
 * durable source such as {@code JdbcControlNumberSource}.
 *
 * <p>Thread-safe.
 */
public final class InMemoryControlNumberSource implements ControlNumberSource {
  private final ConcurrentMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();

  private InMemoryControlNumberSource() {}

  /**
   * Creates an empty source: every sequence starts at 1.
   *
   * @return a new source
   */
  public static InMemoryControlNumberSource create() {
    return new InMemoryControlNumberSource();
  }

  @Override
  public long next(String sequence) {
    Objects.requireNonNull(sequence, "sequence");
    return sequences.computeIfAbsent(sequence, s -> new AtomicLong()).incrementAndGet();
  }
}
