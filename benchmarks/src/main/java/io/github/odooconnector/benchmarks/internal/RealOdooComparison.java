package io.github.odooconnector.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.LoadResult;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ReadOptions;
import io.github.odooconnector.core.api.SearchOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Ratios against a real Odoo (not JMH: each comparison alternates its variants round by round and
 * reports medians, so load changes on the shared machine hit both sides alike). Needs {@code
 * ODOO_URL}, {@code ODOO_DB}, {@code ODOO_API_KEY} and contacts whose {@code ref} starts with
 * {@code perf-} (seed them first); {@code ODOO_LOGIN} defaults to {@code admin}. Arguments select
 * sections: {@code read5k protocols parallel python writes} (default: all). Never run in CI.
 */
public final class RealOdooComparison {

  private static final String PARTNER = "res.partner";
  private static final Domain PERF = Domain.where("ref", "=like", "perf-%");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String url = env("ODOO_URL");
  private final String db = env("ODOO_DB");
  private final String key = env("ODOO_API_KEY");
  private final String login = System.getenv().getOrDefault("ODOO_LOGIN", "admin");
  private final int rounds = Integer.getInteger("odc.rounds", 5);

  private RealOdooComparison() {}

  /**
   * Runs the selected comparisons and prints one line per figure.
   *
   * @param args sections to run
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    List<String> sections =
        args.length == 0
            ? List.of("read5k", "protocols", "parallel", "python", "writes")
            : Arrays.asList(args);
    RealOdooComparison c = new RealOdooComparison();
    System.out.println("load average at start: " + load());
    for (String s : sections) {
      switch (s) {
        case "read5k" -> c.read5k();
        case "protocols" -> c.protocols();
        case "parallel" -> c.parallel();
        case "python" -> c.python();
        case "writes" -> c.writes();
        default -> throw new IllegalArgumentException("unknown section " + s);
      }
    }
    System.out.println("load average at end: " + load());
  }

  private static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return v.trim();
  }

  private OdooClient client(Protocol protocol) {
    return OdooClient.builder()
        .url(url)
        .database(db)
        .login(login)
        .apiKey(key)
        .protocol(protocol)
        .build();
  }

  /** SDK JSON-2 search_read of 5,000 contacts vs a hand-written java.net.http + Jackson call. */
  private void read5k() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("domain", PERF.toList());
    body.put("fields", Partners.FIELDS);
    body.put("limit", 5000);
    body.put("order", "id");
    byte[] bytes = JSON.writeValueAsBytes(body);
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url + "/json/2/res.partner/search_read"))
            .header("Authorization", "bearer " + key)
            .header("X-Odoo-Database", db)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    try (OdooClient sdk = client(Protocol.JSON2)) {
      LongSupplier hand =
          () -> {
            try {
              HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
              JsonNode n = JSON.readTree(r.body());
              if (r.statusCode() != 200 || n.size() != 5000) {
                throw new IllegalStateException("status " + r.statusCode() + " size " + n.size());
              }
              return n.size();
            } catch (IOException e) {
              throw new IllegalStateException(e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
          };
      LongSupplier viaSdk =
          () ->
              sdk.searchRead(
                      PARTNER, PERF, Partners.FIELDS, SearchOptions.limit(5000).withOrder("id"))
                  .size();
      Map<String, LongSupplier> v = new LinkedHashMap<>();
      v.put("hand-written java.net.http + Jackson", hand);
      v.put("SDK JSON-2 searchRead", viaSdk);
      compare("search_read 5,000 JSON-2", v);
    }
  }

  /** The same 5,000-record read over the three protocols. */
  private void protocols() {
    try (OdooClient j2 = client(Protocol.JSON2);
        OdooClient jr = client(Protocol.JSONRPC);
        OdooClient xr = client(Protocol.XMLRPC)) {
      Map<String, LongSupplier> v = new LinkedHashMap<>();
      v.put("JSON-2", () -> read5k(j2));
      v.put("JSON-RPC", () -> read5k(jr));
      v.put("XML-RPC", () -> read5k(xr));
      compare("search_read 5,000 by protocol", v);
    }
  }

  private static long read5k(OdooClient c) {
    List<OdooRecord> r =
        c.searchRead(PARTNER, PERF, Partners.FIELDS, SearchOptions.limit(5000).withOrder("id"));
    if (r.size() != 5000) {
      throw new IllegalStateException("got " + r.size());
    }
    return r.size();
  }

  /** 50,000 contacts: sequential keyset stream vs 2 and 4 pages in flight. */
  private void parallel() {
    try (OdooClient c = client(Protocol.JSON2)) {
      long total = c.searchCount(PARTNER, PERF);
      Map<String, LongSupplier> v = new LinkedHashMap<>();
      v.put("sequential stream (pages of 1,000)", () -> stream(c, ReadOptions.pages(1000), total));
      v.put("2 in flight", () -> stream(c, ReadOptions.pages(1000).withParallelism(2), total));
      v.put("4 in flight", () -> stream(c, ReadOptions.pages(1000).withParallelism(4), total));
      compare("stream " + total + " contacts", v);
    }
  }

  private static long stream(OdooClient c, ReadOptions o, long expected) {
    long n;
    try (Stream<OdooRecord> s = c.streamSearchRead(PARTNER, PERF, Partners.FIELDS, o)) {
      n = s.count();
    }
    if (n != expected) {
      throw new IllegalStateException("streamed " + n + " of " + expected);
    }
    return n;
  }

  /** Python's xmlrpc.client (keyset pages of 1,000, as scripts do) vs the SDK, same records. */
  private void python() throws Exception {
    Path script = Files.createTempFile("odc-xmlrpc", ".py");
    Files.writeString(
        script,
        String.join(
            "\n",
            "import sys, time, xmlrpc.client",
            "url, db, key, login = sys.argv[1:5]",
            "fields = sys.argv[5].split(',')",
            "uid = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/common')"
                + ".authenticate(db, login, key, {})",
            "m = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/object', allow_none=True)",
            "t = time.perf_counter(); last = 0; n = 0",
            "while True:",
            "    page = m.execute_kw(db, uid, key, 'res.partner', 'search_read',",
            "        [[['ref', '=like', 'perf-%'], ['id', '>', last]]],",
            "        {'fields': fields, 'limit': 1000, 'order': 'id'})",
            "    n += len(page)",
            "    if len(page) < 1000: break",
            "    last = page[-1]['id']",
            "print(n, int((time.perf_counter() - t) * 1e9))",
            ""),
        StandardCharsets.UTF_8);
    try (OdooClient c = client(Protocol.JSON2);
        OdooClient xr = client(Protocol.XMLRPC)) {
      long total = c.searchCount(PARTNER, PERF);
      Map<String, LongSupplier> v = new LinkedHashMap<>();
      v.put("python3 xmlrpc.client (pages of 1,000)", () -> pythonRead(script));
      v.put("SDK XML-RPC sequential stream", () -> stream(xr, ReadOptions.pages(1000), total));
      v.put("SDK JSON-2 sequential stream", () -> stream(c, ReadOptions.pages(1000), total));
      v.put(
          "SDK JSON-2, 4 in flight",
          () -> stream(c, ReadOptions.pages(1000).withParallelism(4), total));
      compare("read " + total + " contacts vs Python", v);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /** Returns the script's own timing (excludes interpreter start-up, in favour of Python). */
  private long pythonRead(Path script) {
    try {
      Process p =
          new ProcessBuilder(
                  "python3",
                  script.toString(),
                  url,
                  db,
                  key,
                  login,
                  String.join(",", Partners.FIELDS))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("python failed: " + out);
      }
      String[] parts = out.split("\\s+");
      return -Long.parseLong(parts[parts.length - 1]); // negative = self-timed nanoseconds
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** 10,000 creates in batches of 1,000 vs one call per record (1,000 records, rate compared). */
  private void writes() {
    try (OdooClient c = client(Protocol.JSON2)) {
      for (int round = 0; round < Integer.getInteger("odc.writeRounds", 2); round++) {
        List<Map<String, Object>> batch = values("bench-create-b" + round + "-", 10_000);
        long t0 = System.nanoTime();
        List<Long> ids = c.create(PARTNER, batch, 1000);
        long batched = System.nanoTime() - t0;
        List<Map<String, Object>> single = values("bench-create-s" + round + "-", 1_000);
        List<Long> singleIds = new ArrayList<>();
        t0 = System.nanoTime();
        for (Map<String, Object> m : single) {
          singleIds.add(c.create(PARTNER, m));
        }
        long oneByOne = System.nanoTime() - t0;
        Map<Long, Map<String, Object>> updates = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
          updates.put(ids.get(i), Map.of("city", "Grouped " + (i % 4)));
        }
        t0 = System.nanoTime();
        int calls = c.write(PARTNER, updates);
        long grouped = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
          c.write(PARTNER, List.of(ids.get(i)), Map.of("city", "Single " + (i % 4)));
        }
        long singleWrites = System.nanoTime() - t0;
        System.out.printf(
            Locale.ROOT,
            "writes round %d: batched create %.0f rec/s (10,000 in %.1f s); one-by-one create %.0f"
                + " rec/s (1,000 in %.1f s); ratio %.1fx%n",
            round,
            10_000 / (batched / 1e9),
            batched / 1e9,
            1_000 / (oneByOne / 1e9),
            oneByOne / 1e9,
            (10_000 / (batched / 1e9)) / (1_000 / (oneByOne / 1e9)));
        System.out.printf(
            Locale.ROOT,
            "writes round %d: grouped write %.0f rec/s (10,000 in %d calls, %.1f s); one write per"
                + " record %.0f rec/s (1,000); ratio %.1fx%n",
            round,
            10_000 / (grouped / 1e9),
            calls,
            grouped / 1e9,
            1_000 / (singleWrites / 1e9),
            (10_000 / (grouped / 1e9)) / (1_000 / (singleWrites / 1e9)));
        // Odoo's import path (load): the same 10,000 rows as a matrix of strings, 1,000 per call,
        // once without and once with an external id column (which load resolves and creates)
        long[] loadTimes = new long[2];
        List<Long> loaded = new ArrayList<>();
        for (int withIds = 0; withIds < 2; withIds++) {
          String prefix = "bench-create-l" + withIds + "r" + round + "-";
          List<String> fields =
              withIds == 1
                  ? List.of("id", "name", "ref", "email", "city")
                  : List.of("name", "ref", "email", "city");
          t0 = System.nanoTime();
          for (int from = 0; from < 10_000; from += 1000) {
            List<List<String>> rows = new ArrayList<>(1000);
            for (int i = from; i < from + 1000; i++) {
              List<String> row = new ArrayList<>(5);
              if (withIds == 1) {
                row.add("bench_load_" + round + "_" + i);
              }
              row.add("Bench " + prefix + i);
              row.add(prefix + i);
              row.add("bench" + i + "@example.com");
              row.add("City " + (i % 13));
              rows.add(row);
            }
            LoadResult r = c.load(PARTNER, fields, rows);
            if (!r.imported() || r.ids().size() != 1000) {
              throw new IllegalStateException("load failed: " + r);
            }
            loaded.addAll(r.ids());
          }
          loadTimes[withIds] = System.nanoTime() - t0;
        }
        // the hand-written way to get external ids without load: a batched create, then one
        // ir.model.data create per batch pointing the keys at the new records
        List<Map<String, Object>> keyed = values("bench-create-k" + round + "-", 10_000);
        t0 = System.nanoTime();
        for (int from = 0; from < 10_000; from += 1000) {
          List<Long> made = c.create(PARTNER, keyed.subList(from, from + 1000));
          List<Map<String, Object>> keys = new ArrayList<>(1000);
          for (int i = 0; i < made.size(); i++) {
            keys.add(
                Map.of(
                    "module",
                    "__bench__",
                    "name",
                    "bench_key_" + round + "_" + (from + i),
                    "model",
                    PARTNER,
                    "res_id",
                    made.get(i)));
          }
          c.create("ir.model.data", keys);
          loaded.addAll(made);
        }
        long createAndKeys = System.nanoTime() - t0;
        System.out.printf(
            Locale.ROOT,
            "writes round %d: load %.0f rec/s (10,000 in %.1f s, speed vs batched create %.2fx);"
                + " load with external ids %.0f rec/s (%.1f s, speed vs batched create %.2fx,"
                + " vs batched create + ir.model.data %.0f rec/s (%.1f s) %.2fx)%n",
            round,
            10_000 / (loadTimes[0] / 1e9),
            loadTimes[0] / 1e9,
            (double) batched / loadTimes[0],
            10_000 / (loadTimes[1] / 1e9),
            loadTimes[1] / 1e9,
            (double) batched / loadTimes[1],
            10_000 / (createAndKeys / 1e9),
            createAndKeys / 1e9,
            (double) createAndKeys / loadTimes[1]);
        List<Long> all = new ArrayList<>(ids);
        all.addAll(singleIds);
        all.addAll(loaded);
        for (int from = 0; from < all.size(); from += 2000) {
          c.unlink(PARTNER, all.subList(from, Math.min(all.size(), from + 2000)));
        }
      }
    }
  }

  private static List<Map<String, Object>> values(String prefix, int n) {
    List<Map<String, Object>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          Map.of(
              "name", "Bench " + prefix + i,
              "ref", prefix + i,
              "email", "bench" + i + "@example.com",
              "city", "City " + (i % 13)));
    }
    return out;
  }

  /**
   * Runs every variant once per round (one warm-up round first), in rotating order, and prints the
   * median time of each and its speed relative to the first variant (the baseline). A supplier
   * returning a negative number reports its own duration in nanoseconds.
   */
  private void compare(String title, Map<String, LongSupplier> variants) {
    List<String> names = new ArrayList<>(variants.keySet());
    Map<String, List<Long>> times = new LinkedHashMap<>();
    names.forEach(n -> times.put(n, new ArrayList<>()));
    for (int round = -1; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        String n = names.get(Math.floorMod(k + round, names.size()));
        long t0 = System.nanoTime();
        long r = variants.get(n).getAsLong();
        long t = r < 0 ? -r : System.nanoTime() - t0;
        if (round >= 0) {
          times.get(n).add(t);
        }
      }
    }
    System.out.println("== " + title + " (" + rounds + " rounds, medians; load " + load() + ")");
    double base = median(times.get(names.get(0)));
    for (String n : names) {
      List<Long> ts = times.get(n);
      double m = median(ts);
      System.out.printf(
          Locale.ROOT,
          "  %-42s median %8.1f ms  [%.1f .. %.1f]  speed vs baseline %.2f%n",
          n,
          m / 1e6,
          ts.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
          ts.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6,
          base / m);
    }
  }

  private static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
