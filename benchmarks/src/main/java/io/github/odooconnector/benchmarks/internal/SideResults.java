package io.github.odooconnector.benchmarks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Figures a benchmark reports besides JMH's score (peak heap): printed in the fork's output and,
 * when the runner set system property {@value #PROPERTY}, appended to that file as {@code
 * key<TAB>value} lines.
 */
public final class SideResults {

  /** System property naming the file the runner reads side results from. */
  public static final String PROPERTY = "odc.bench.sideResults";

  private SideResults() {}

  /**
   * Records one observation.
   *
   * @param key what was measured, for example {@code
   *     StreamingSearchReadBenchmark.searchReadAll:peakHeapBytes}
   * @param value the observation
   */
  public static synchronized void record(String key, long value) {
    System.out.println("[side-result] " + key + " = " + value);
    String file = System.getProperty(PROPERTY);
    if (file == null || file.isBlank()) {
      return;
    }
    try {
      Files.writeString(
          Path.of(file),
          key + "\t" + value + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record side result to " + file, e);
    }
  }
}
