package io.github.odooconnector.benchmarks;

import io.github.odooconnector.benchmarks.internal.SideResults;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the odoo-connector JMH benchmarks with short but honest settings (1 fork per benchmark and
 * parameter set, 4 warmup and 5 measurement iterations of 1 s; single-shot benchmarks 1 warmup and
 * 3 measured operations) and prints every score as a ratio against the baseline measured in the
 * same run.
 *
 * <p>Usage: {@code mvn -B -q -pl benchmarks -am -DskipTests package exec:java}; pass {@code
 * -Dexec.args="<regex>"} to run only matching benchmarks, e.g. {@code -Dexec.args=Outbox}, and
 * {@code -Dodc.bench.quick=true} for a smoke run (1 warmup, 1 measurement iteration of 1 s; figures
 * meaningless).
 *
 * <p>Not thread-safe; a command-line entry point.
 */
public final class RunBenchmarks {

  private static final String PACKAGE = "io.github.odooconnector.benchmarks.internal.";
  private static final String SINGLE_SHOT_CLASS = PACKAGE + "StreamingSearchReadBenchmark.";
  private static final List<String> SINGLE_SHOT_METHODS =
      List.of("searchReadAll", "streamSearchRead");

  /**
   * Baseline per benchmark class: the value of the distinguishing parameter, or the method name.
   */
  private static final Map<String, Baseline> BASELINES =
      Map.of(
          "XmlRpcDecodeBenchmark", new Baseline(null, "domParse"),
          "JsonDecodeBenchmark", new Baseline(null, "jacksonReadTree"),
          "ProtocolRoundTripBenchmark", new Baseline("protocol", "JSONRPC"),
          "StreamingSearchReadBenchmark", new Baseline(null, "searchReadAll"),
          "IdempotencyBenchmark", new Baseline("store", "raw-jdbc"),
          "OutboxBenchmark", new Baseline("store", "postgresql-v1"),
          "OutboxLatencyBenchmark", new Baseline("wakeup", "polling"));

  private RunBenchmarks() {}

  /**
   * Runs the benchmarks and prints the ratio table.
   *
   * @param args optional regular expressions selecting benchmarks (default: all)
   * @throws RunnerException if JMH fails
   * @throws IOException if the side-result file cannot be used
   */
  public static void main(String[] args) throws RunnerException, IOException {
    exposeClassPathToForks();
    Path side = Files.createTempFile("odc-bench-side", ".tsv");
    Instant started = Instant.now();
    String loadBefore = loadAverage();
    boolean quick = Boolean.getBoolean("odc.bench.quick");
    String selection = args.length == 0 ? PACKAGE + ".*" : String.join("|", args);
    List<RunResult> results = new ArrayList<>();
    // Time-boxed benchmarks: 4 warmup + 5 measurement iterations of 1 s.
    results.addAll(
        run(
            common(side)
                .include(selection)
                .exclude(SINGLE_SHOT_CLASS)
                .warmupIterations(quick ? 1 : 4)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : 5)
                .measurementTime(TimeValue.seconds(1))));
    // Single-shot benchmarks (one full 100,000-record read per operation, tens of seconds against
    // the fake):
    // 1 warmup + 3 measured operations.
    Pattern selected = Pattern.compile(selection);
    ChainedOptionsBuilder singleShot =
        common(side).warmupIterations(1).measurementIterations(quick ? 1 : 3);
    boolean any = false;
    for (String method : SINGLE_SHOT_METHODS) {
      if (selected.matcher(SINGLE_SHOT_CLASS + method).find()) {
        singleShot.include(Pattern.quote(SINGLE_SHOT_CLASS + method) + "$");
        any = true;
      }
    }
    if (any) {
      results.addAll(run(singleShot));
    }
    Map<String, List<Long>> sideResults = readSide(side);
    Files.deleteIfExists(side);
    System.out.println();
    System.out.println(report(results, sideResults, Duration.between(started, Instant.now())));
    // Other processes competing for the CPU distort every figure; say how busy the machine was.
    System.out.println(
        "load average (1/5/15 min) at start: "
            + loadBefore
            + ", at end: "
            + loadAverage()
            + ", CPUs: "
            + Runtime.getRuntime().availableProcessors());
  }

  private static String loadAverage() {
    try {
      String[] parts =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    try {
      return new Runner(options.build()).run();
    } catch (NoBenchmarksException none) {
      return List.of();
    }
  }

  private static ChainedOptionsBuilder common(Path side) {
    return new OptionsBuilder()
        .forks(1)
        .shouldFailOnError(true)
        // Explicit JVM arguments, so forks do not inherit Maven's (MAVEN_OPTS, classworlds);
        // benchmarks add
        // their own with @Fork(jvmArgsAppend = ...).
        .jvmArgs(
            "-D" + SideResults.PROPERTY + "=" + side.toAbsolutePath(),
            "-Duser.timezone=UTC",
            "-Duser.language=en",
            "-Duser.country=US",
            "-Dfile.encoding=UTF-8");
  }

  /**
   * Formats the results as ratios against each group's baseline.
   *
   * @param results JMH results
   * @param side side results (peak heap) by key
   * @param took wall-clock time of the run
   * @return the printable report
   */
  static String report(List<RunResult> results, Map<String, List<Long>> side, Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("odoo-connector benchmarks - ratios against the baseline of the same run (")
        .append(took.toMinutes())
        .append(" min ")
        .append(took.toSecondsPart())
        .append(" s)\n");
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (RunResult r : results) {
      Row row = Row.of(r);
      groups.computeIfAbsent(row.group, g -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
      List<Row> rows = g.getValue();
      Optional<Row> base = rows.stream().filter(x -> x.baseline).findFirst();
      out.append('\n').append(g.getKey()).append('\n');
      for (Row row : rows) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-18s %11.3f ± %-11.3f %-6s [%.3f .. %.3f]",
                row.variant,
                row.score,
                row.error,
                row.unit,
                row.min,
                row.max));
        if (base.isPresent()) {
          double speed =
              row.higherIsBetter ? row.score / base.get().score : base.get().score / row.score;
          out.append(
              String.format(
                  Locale.ROOT,
                  speed < 0.1 ? "  speed x%.4f%s" : "  speed x%.2f%s",
                  speed,
                  row.baseline ? " (baseline)" : ""));
        } else {
          out.append("  (no baseline in this run)");
        }
        out.append('\n');
      }
      appendHeap(out, g.getKey(), rows, side);
    }
    out.append(
        "\nscore ± 99.9% confidence half-width (JMH), [min .. max] of the measured iterations.\n");
    out.append(
        "speed = baseline time / time, or throughput / baseline throughput: above 1 is faster.\n");
    return out.toString();
  }

  private static void appendHeap(
      StringBuilder out, String group, List<Row> rows, Map<String, List<Long>> side) {
    Map<String, Double> peaks = new LinkedHashMap<>();
    for (Row row : rows) {
      List<Long> values = side.get(row.simpleClass + "." + row.variant + ":peakHeapBytes");
      if (values != null && !values.isEmpty()) {
        peaks.put(
            row.variant, values.stream().mapToLong(Long::longValue).max().orElse(0) / 1048576.0);
      }
    }
    if (peaks.isEmpty()) {
      return;
    }
    Optional<Row> base = rows.stream().filter(x -> x.baseline).findFirst();
    Double basePeak = base.map(b -> peaks.get(b.variant)).orElse(null);
    out.append("  peak retained heap (max over measured operations):\n");
    for (Map.Entry<String, Double> p : peaks.entrySet()) {
      out.append(String.format(Locale.ROOT, "    %-20s %10.1f MiB", p.getKey(), p.getValue()));
      if (basePeak != null && basePeak > 0) {
        out.append(String.format(Locale.ROOT, "  x%.3f of baseline", p.getValue() / basePeak));
      }
      out.append('\n');
    }
  }

  private static Map<String, List<Long>> readSide(Path file) throws IOException {
    Map<String, List<Long>> m = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] kv = line.split("\t");
      if (kv.length == 2) {
        m.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Long.parseLong(kv[1].trim()));
      }
    }
    return m;
  }

  /**
   * JMH forks benchmark JVMs with {@code java.class.path}. Under {@code mvn exec:java} that is
   * Maven's own class path, and the project's classes live in exec's class loader instead; hand
   * those to the forks.
   */
  private static void exposeClassPathToForks() {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader cl = Thread.currentThread().getContextClassLoader();
        cl != null;
        cl = cl.getParent()) {
      if (cl instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          try {
            if ("file".equals(url.getProtocol())) {
              entries.add(new File(url.toURI()).getAbsolutePath());
            }
          } catch (URISyntaxException | IllegalArgumentException ignored) {
            // not a plain file entry
          }
        }
      }
    }
    if (!entries.isEmpty()) {
      for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!e.isBlank()) {
          entries.add(e);
        }
      }
      System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }
  }

  private record Baseline(String param, String value) {}

  private record Row(
      String group,
      String simpleClass,
      String variant,
      boolean baseline,
      double score,
      double error,
      double min,
      double max,
      String unit,
      boolean higherIsBetter) {

    static Row of(RunResult r) {
      String full = r.getParams().getBenchmark();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String cls = full.substring(0, full.lastIndexOf('.'));
      String simple = cls.substring(cls.lastIndexOf('.') + 1);
      Baseline b = BASELINES.get(simple);
      StringBuilder group = new StringBuilder(simple);
      String variant = method;
      for (String key : r.getParams().getParamsKeys()) {
        String value = r.getParams().getParam(key);
        if (b != null && key.equals(b.param())) {
          variant = value;
        } else {
          group.append(' ').append(key).append('=').append(value);
        }
      }
      boolean isBase = b != null && b.value().equals(variant);
      Result<?> primary = r.getPrimaryResult();
      String unit = primary.getScoreUnit();
      boolean higher = unit.startsWith("ops/");
      double error = Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError();
      return new Row(
          group.toString(),
          simple,
          variant,
          isBase,
          primary.getScore(),
          error,
          primary.getStatistics().getMin(),
          primary.getStatistics().getMax(),
          unit,
          higher);
    }
  }
}
