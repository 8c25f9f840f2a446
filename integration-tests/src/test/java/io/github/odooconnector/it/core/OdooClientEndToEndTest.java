package io.github.odooconnector.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.CallOptions;
import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooOutcomeUnknownException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Odoo client end to end against the fake Odoo, over every protocol each version offers. */
class OdooClientEndToEndTest {

  static Stream<Arguments> targets() {
    List<Arguments> out = new ArrayList<>();
    for (OdooVersion v : OdooVersion.values()) {
      out.add(Arguments.of(v, Protocol.XMLRPC));
      out.add(Arguments.of(v, Protocol.JSONRPC));
      if (v.supportsJson2()) {
        out.add(Arguments.of(v, Protocol.JSON2));
      }
    }
    return out.stream();
  }

  private static OdooClientBuilder client(FakeOdoo odoo, Protocol p) {
    OdooClientBuilder b =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .protocol(p)
            .retry(new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.1))
            .requestTimeout(Duration.ofSeconds(5));
    return p == Protocol.JSON2 ? b.apiKey(odoo.adminApiKey()) : b.password(odoo.adminPassword());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void createReadSearchWriteAndUnlinkRoundTrip(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long id =
          client.create(
              "res.partner",
              Map.of("name", "E2E Partner " + p, "email", "e2e@example.com", "is_company", true));
      List<OdooRecord> read =
          client.read(
              "res.partner",
              List.of(id),
              List.of("name", "email", "is_company", "parent_id", "write_date"));
      assertThat(read)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.string("name")).contains("E2E Partner " + p);
                assertThat(r.bool("is_company")).isTrue();
                assertThat(r.many2one("parent_id")).isEmpty();
                assertThat(r.datetime("write_date")).isPresent();
              });
      long child = client.create("res.partner", Map.of("name", "E2E Child", "parent_id", id));
      assertThat(
              client
                  .read("res.partner", List.of(child), List.of("parent_id"))
                  .get(0)
                  .many2one("parent_id"))
          .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(id));

      Domain mine =
          Domain.where("name", "ilike", "E2E Partner").and(Domain.where("is_company", "=", true));
      assertThat(client.search("res.partner", mine)).containsExactly(id);
      assertThat(client.searchCount("res.partner", mine)).isEqualTo(1);
      assertThat(client.searchRead("res.partner", mine, List.of("email"), SearchOptions.limit(5)))
          .extracting(r -> r.string("email").orElseThrow())
          .containsExactly("e2e@example.com");

      HashMap<String, Object> vals = new HashMap<>();
      vals.put("email", null);
      assertThat(client.write("res.partner", List.of(id), vals)).isTrue();
      assertThat(client.read("res.partner", List.of(id), List.of("email")).get(0).string("email"))
          .isEmpty();

      assertThat(client.unlink("res.partner", List.of(child))).isTrue();
      assertThat(client.read("res.partner", List.of(child), List.of("name"))).isEmpty();
      assertThatThrownBy(() -> client.write("res.partner", List.of(child), Map.of("name", "x")))
          .isInstanceOf(OdooMissingRecordException.class);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void streamingReadsEveryMatchingRecordPageByPage(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      List<Long> created =
          client.create(
              "res.partner",
              List.of(
                  Map.of("name", "Stream A"),
                  Map.of("name", "Stream B"),
                  Map.of("name", "Stream C"),
                  Map.of("name", "Stream D"),
                  Map.of("name", "Stream E")));
      assertThat(created).hasSize(5);
      List<Long> streamed =
          client
              .streamSearchRead(
                  "res.partner", Domain.where("name", "=like", "Stream %"), List.of("name"), 2)
              .map(OdooRecord::id)
              .toList();
      assertThat(streamed).containsExactlyElementsOf(created);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void aReadThatFailsTwiceSucceedsOnTheThirdAttempt(OdooVersion v, Protocol p) {
    AtomicInteger attempts = new AtomicInteger();
    CallListener listener =
        new CallListener() {
          @Override
          public void callSucceeded(CallInfo call, int n, Duration duration) {
            if (call.method().equals("search_count")) {
              attempts.set(n);
            }
          }
        };
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).listener(listener).build()) {
      odoo.faults().failNext(2);
      assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
      assertThat(attempts.get()).isEqualTo(3);
      assertThat(odoo.faults().pending()).isZero();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void aWriteWhoseResponseIsLostIsNotRepeatedAndIsAppliedExactlyOnce(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      int before = odoo.records("res.partner").size();
      odoo.faults().onlyFor("res.partner", "create").dropResponseNext(1);
      assertThatThrownBy(() -> client.create("res.partner", Map.of("name", "Lost response")))
          .isInstanceOf(OdooOutcomeUnknownException.class);
      assertThat(odoo.records("res.partner")).hasSize(before + 1);
      assertThat(odoo.calls().stream().filter(c -> c.is("res.partner", "create")).count())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void aSerializationFailureOnAWriteIsRetriedSafely(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long id = client.create("res.partner", Map.of("name", "Concurrent"));
      odoo.faults().onlyFor("res.partner", "write").serializationFailureNext(1);
      assertThat(client.write("res.partner", List.of(id), Map.of("name", "Concurrent 2"))).isTrue();
      assertThat(odoo.record("res.partner", id))
          .hasValueSatisfying(r -> assertThat(r.get("name")).isEqualTo("Concurrent 2"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void aSlowServerHitsThePerCallTimeout(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).retry(RetrySettings.none()).build()) {
      client.searchCount("res.partner", Domain.all()); // handshake outside the timed call
      odoo.faults().delayNext(1, Duration.ofSeconds(3));
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  client.call(
                      "res.partner",
                      "search_count",
                      List.of(List.of()),
                      Map.of(),
                      CallOptions.defaults().timeout(Duration.ofMillis(300))))
          .isInstanceOf(OdooTransportException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void wrongCredentialsAreAnAuthenticationError(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      OdooClientBuilder b =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.adminLogin())
              .protocol(p)
              .retry(RetrySettings.none());
      b = p == Protocol.JSON2 ? b.apiKey("not-the-key") : b.password("not-the-password");
      try (OdooClient client = b.build()) {
        assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
            .isInstanceOf(OdooAuthenticationException.class)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-"));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void theDemoUserIsDeniedSystemParameters(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      OdooClientBuilder b =
          OdooClient.builder()
              .url(odoo.url())
              .database(odoo.database())
              .login(odoo.demoLogin())
              .protocol(p)
              .retry(RetrySettings.none());
      b = p == Protocol.JSON2 ? b.apiKey(odoo.demoApiKey()) : b.password(odoo.demoPassword());
      try (OdooClient client = b.build()) {
        assertThatThrownBy(
                () ->
                    client.searchRead(
                        "ir.config_parameter",
                        Domain.all(),
                        List.of("key"),
                        SearchOptions.defaults()))
            .isInstanceOf(OdooAccessException.class);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void x2manyCommandsAndBusinessMethodsWork(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long parent =
          client.create(
              "res.partner",
              Map.of(
                  "name",
                  "Parent Co",
                  "is_company",
                  true,
                  "child_ids",
                  List.of(Command.create(Map.of("name", "Contact One")))));
      List<Long> children =
          client.read("res.partner", List.of(parent), List.of("child_ids")).get(0).ids("child_ids");
      assertThat(children).hasSize(1);
      client.write(
          "res.partner",
          List.of(parent),
          Map.of(
              "child_ids",
              List.of(Command.update(children.get(0), Map.of("name", "Contact Renamed")))));
      assertThat(client.read("res.partner", children, List.of("name")).get(0).string("name"))
          .contains("Contact Renamed");
      // action_archive returns None: over XML-RPC the fake (like Odoo) answers "cannot marshal
      // None", which the client turns into null for this method known to return nothing
      Object archived =
          client.call("res.partner", "action_archive", List.of(List.of(children.get(0))), Map.of());
      assertThat(archived).isNull();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void metadataNameSearchAndGroupingHelpersWork(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      var fields = client.fieldsGet("stock.picking");
      assertThat(fields.get("partner_id").type()).isEqualTo("many2one");
      assertThat(fields.get("partner_id").relation()).contains("res.partner");
      long id = client.create("res.partner", Map.of("name", "Zyxwv Logistics", "is_company", true));
      assertThat(client.nameSearch("res.partner", "Zyxwv", Domain.all(), 5))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.id()).isEqualTo(id);
                assertThat(m.displayName()).isEqualTo("Zyxwv Logistics");
              });
      List<Map<String, Object>> groups =
          client.readGroup(
              "res.partner",
              Domain.all(),
              List.of("id:count"),
              List.of("is_company"),
              SearchOptions.defaults());
      assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat(g).containsKey("is_company"));
    }
  }

  @Test
  void autoDetectionPicksJson2OnOdoo19WithAnApiKey() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient client =
            OdooClient.builder()
                .url(odoo.url())
                .database(odoo.database())
                .login(odoo.adminLogin())
                .apiKey(odoo.adminApiKey())
                .build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSON2);
      assertThat(client.serverVersion().major()).isEqualTo(19);
      assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
    }
  }

  @Test
  void autoDetectionPicksJsonRpcOnOdoo17() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V17).start();
        OdooClient client =
            OdooClient.builder()
                .url(odoo.url())
                .database(odoo.database())
                .login(odoo.adminLogin())
                .apiKey(odoo.adminApiKey())
                .build()) {
      assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
      assertThat(client.searchCount("res.partner", Domain.all())).isPositive();
    }
  }
}
