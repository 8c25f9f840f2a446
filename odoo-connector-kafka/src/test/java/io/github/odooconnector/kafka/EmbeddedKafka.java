package io.github.odooconnector.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka 4 broker in this JVM: one node in KRaft mode acting as broker and controller, on
 * fixed loopback ports and a temporary log directory, so that {@link #restart()} brings back the
 * same broker (same data, same address) the way a broker process restart does. One shared instance
 * per test JVM ({@link #shared()}); tests use topics of their own.
 */
final class EmbeddedKafka {

  private static EmbeddedKafka shared;

  private final Path dir;
  private final int brokerPort;
  private final int controllerPort;
  private final Map<String, Object> config;
  private KafkaRaftServer server;

  private EmbeddedKafka() throws Exception {
    // a fatal broker fault must fail the test, not halt the test JVM
    Exit.setExitProcedure(
        (code, message) -> {
          throw new IllegalStateException("embedded Kafka asked to exit " + code + ": " + message);
        });
    Exit.setHaltProcedure(
        (code, message) -> {
          throw new IllegalStateException("embedded Kafka asked to halt " + code + ": " + message);
        });
    dir = Files.createTempDirectory("odc-kafka-");
    brokerPort = freePort();
    controllerPort = freePort();
    String logDir = dir.resolve("data").toString();
    config = new HashMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", "1");
    config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    config.put(
        "listeners",
        "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("controller.listener.names", "CONTROLLER");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("log.dirs", logDir);
    config.put("metadata.log.dir", logDir);
    config.put("auto.create.topics.enable", "false");
    config.put("num.partitions", "1");
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "2");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("transaction.state.log.num.partitions", "2");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("log.cleaner.dedupe.buffer.size", "2097152");
    config.put("log.cleaner.enable", "false");
    config.put("num.network.threads", "2");
    config.put("num.io.threads", "2");
    config.put("background.threads", "2");
    config.put("num.recovery.threads.per.data.dir", "1");
    config.put("broker.heartbeat.interval.ms", "500");
    Files.createDirectories(Path.of(logDir));
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(logDir))
        .setMetadataLogDirectory(logDir)
        .setReleaseVersion(MetadataVersion.latestProduction())
        .setControllerListenerName("CONTROLLER")
        .run();
    startServer();
  }

  /** The broker of this test JVM, started on first use and stopped when the JVM exits. */
  static synchronized EmbeddedKafka shared() {
    if (shared == null) {
      try {
        shared = new EmbeddedKafka();
      } catch (Exception e) {
        throw new IllegalStateException("could not start the embedded Kafka broker", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::shutdown, "embedded-kafka-stop"));
    }
    return shared;
  }

  String bootstrapServers() {
    return "localhost:" + brokerPort;
  }

  synchronized void stop() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }

  synchronized void start() {
    if (server == null) {
      startServer();
    }
  }

  /** Stops the broker (controlled shutdown) and starts it again on the same data and ports. */
  void restart() {
    stop();
    start();
  }

  private void startServer() {
    KafkaRaftServer s = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
    s.startup();
    server = s;
  }

  /** Creates a topic (replication factor 1) and waits until it can be written. */
  void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        try {
          admin
              .createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
              .all()
              .get(30, TimeUnit.SECONDS);
          break;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof TopicExistsException) {
            break;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("could not create topic " + name, e);
          }
          Thread.sleep(200);
        }
      }
      while (!hasLeaders(admin, name, partitions)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("topic " + name + " has no leaders after 60 s");
        }
        Thread.sleep(100);
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not create topic " + name, e);
    }
  }

  /** Whether the broker knows the topic and every partition has a leader (metadata propagates). */
  private static boolean hasLeaders(Admin admin, String topic, int partitions) throws Exception {
    try {
      TopicDescription d =
          admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
      return d.partitions().size() == partitions
          && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false;
      }
      throw e;
    }
  }

  Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) Duration.ofSeconds(60).toMillis()));
  }

  private synchronized void shutdown() {
    try {
      stop();
    } catch (RuntimeException e) {
      // the JVM is exiting
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
