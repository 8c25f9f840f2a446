package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code readGroup} answers the same on 17, 18, 19.0 and the 19.x series (where {@code read_group}
 * is gone and {@code formatted_read_group} is used), and the version comes from {@code GET
 * /web/version} where the server has it.
 */
class ReadGroupAndVersionTest {

  static Stream<Arguments> servers() {
    return Stream.of(
        Arguments.of(OdooVersion.V17, 0),
        Arguments.of(OdooVersion.V18, 0),
        Arguments.of(OdooVersion.V19, 0),
        Arguments.of(OdooVersion.V19, 1),
        Arguments.of(OdooVersion.V19, 5));
  }

  private static FakeOdoo fake(OdooVersion v, int minor) {
    return FakeOdoo.builder()
        .version(v)
        .seriesMinor(minor)
        .seedData(false)
        .customField("res.partner", "x_score", "integer")
        .start();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("servers")
  void readGroupCountsAndSumsInReadGroupShapeOnEveryVersion(OdooVersion v, int minor) {
    try (FakeOdoo odoo = fake(v, minor);
        OdooClient client = Clients.apiKey(odoo)) {
      client.create(
          "res.partner",
          List.of(
              Map.of("name", "grp-a", "is_company", true, "x_score", 2),
              Map.of("name", "grp-b", "is_company", true, "x_score", 3),
              Map.of("name", "grp-c", "is_company", false, "x_score", 4)));
      Domain scope = Domain.where("name", "=like", "grp-%");

      List<Map<String, Object>> groups =
          client.readGroup(
              "res.partner",
              scope,
              List.of("x_score:sum"),
              List.of("is_company"),
              SearchOptions.defaults().withOrder("is_company desc"));

      assertThat(client.serverVersion().minor()).isEqualTo(minor);
      assertThat(groups).hasSize(2);
      assertThat(groups.get(0))
          .containsEntry("is_company", true)
          .containsEntry("__count", 2L)
          .containsEntry("x_score", 5L)
          .containsKey("__domain");
      assertThat(groups.get(1)).containsEntry("is_company", false).containsEntry("__count", 1L);
      assertThat(client.search("res.partner", Domain.of((List<?>) groups.get(1).get("__domain"))))
          .as("__domain selects the group's records")
          .hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("servers")
  void theVersionComesFromGetWebVersionWhereTheServerHasIt(OdooVersion v, int minor) {
    try (FakeOdoo odoo = fake(v, minor);
        OdooClient client = Clients.password(odoo, Protocol.AUTO)) {
      assertThat(client.serverVersion().major()).isEqualTo(v.major());
      assertThat(client.serverVersion().minor()).isEqualTo(minor);
      assertThat(odoo.calls()).as("version detection makes no RPC call on any version").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("servers")
  void readGroupIsGoneFromSaas191ButFormattedReadGroupIsThereFrom190(OdooVersion v, int minor) {
    try (FakeOdoo odoo = fake(v, minor);
        OdooClient client = Clients.password(odoo, Protocol.JSONRPC)) {
      List<Object> args = List.of(List.of());
      Map<String, Object> kw =
          Map.of("fields", List.of(), "groupby", List.of("is_company"), "lazy", false);
      if (v.major() == 19 && minor >= 1) {
        assertThatThrownBy(() -> client.call("res.partner", "read_group", args, kw))
            .isInstanceOf(OdooException.class)
            .hasMessageContaining("read_group");
      } else {
        assertThat(client.call("res.partner", "read_group", args, kw)).isInstanceOf(List.class);
      }
      Map<String, Object> fkw =
          Map.of("groupby", List.of("is_company"), "aggregates", List.of("__count"));
      if (v.major() < 19) {
        assertThatThrownBy(() -> client.call("res.partner", "formatted_read_group", args, fkw))
            .isInstanceOf(OdooException.class);
      } else {
        assertThat((List<?>) client.call("res.partner", "formatted_read_group", args, fkw))
            .isNotEmpty()
            .allSatisfy(
                g -> {
                  Map<?, ?> m = (Map<?, ?>) g;
                  assertThat(m.containsKey("__extra_domain") && m.containsKey("__count")).isTrue();
                });
      }
    }
  }
}
