package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a seeded {@link FakeOdoo} in a separate JVM, so that a benchmark measuring the client's heap
 * does not also measure the server's records and response buffers.
 *
 * <p>Child side ({@link #main}): starts the fake, seeds the requested number of contacts, prints
 * one line {@code READY <url> <db> <login> <apiKey> <firstId> <lastId>} and serves until its stdin
 * is closed.
 */
final class FakeOdooProcess implements AutoCloseable {

  private final Process process;
  final String url;
  final String database;
  final String login;
  final String apiKey;
  final Partners.IdRange seeded;

  private FakeOdooProcess(Process process, String[] ready) {
    this.process = process;
    this.url = ready[1];
    this.database = ready[2];
    this.login = ready[3];
    this.apiKey = ready[4];
    this.seeded = new Partners.IdRange(Long.parseLong(ready[5]), Long.parseLong(ready[6]));
  }

  /**
   * Starts a child JVM with the same class path and waits until it is seeded.
   *
   * @param contacts number of contacts to seed
   * @param maxHeap the child's -Xmx, for example {@code 3g}
   * @return the running server
   */
  static FakeOdooProcess start(int contacts, String maxHeap) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + maxHeap,
                "-XX:+UseParallelGC",
                "-cp",
                System.getProperty("java.class.path"),
                FakeOdooProcess.class.getName(),
                Integer.toString(contacts)));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("READY ")) {
          return new FakeOdooProcess(p, line.split(" "));
        }
      }
      p.destroyForcibly();
      throw new IllegalStateException(
          "fake Odoo child exited with " + p.waitFor() + " before it was ready");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Odoo child JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  OdooClient client(Protocol protocol) {
    return OdooClient.builder()
        .url(url)
        .database(database)
        .login(login)
        .apiKey(apiKey)
        .protocol(protocol)
        .maxResponseBytes(512L * 1024 * 1024)
        .build();
  }

  @Override
  public void close() {
    try {
      OutputStream in = process.getOutputStream();
      in.close();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * Child entry point.
   *
   * @param args the number of contacts to seed
   * @throws IOException if stdin fails
   */
  public static void main(String[] args) throws IOException {
    int contacts = Integer.parseInt(args[0]);
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start()) {
      Partners.IdRange range;
      try (OdooClient admin = ProtocolRoundTripBenchmark.client(odoo, Protocol.JSON2)) {
        range = Partners.seed(admin, contacts);
      }
      odoo.clearCalls();
      System.out.println(
          "READY "
              + odoo.url()
              + " "
              + odoo.database()
              + " "
              + odoo.adminLogin()
              + " "
              + odoo.adminApiKey()
              + " "
              + range.first()
              + " "
              + range.last());
      System.out.flush();
      // Serve until the parent closes our stdin (or dies).
      while (System.in.read() >= 0) {
        odoo.clearCalls();
      }
    }
  }
}
