package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.LoadMessage;
import io.github.odooconnector.core.api.LoadResult;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Large initial loads through Odoo's import method {@code load}: rows of text with external ids,
 * created once and updated when loaded again, references resolved by external id or name, and a bad
 * cell failing the whole call with its row and field while nothing is written — over every
 * protocol, against FakeOdoo answering {@code load} as Odoo 19 does.
 */
class LoadImportTest {

  private static final String PARTNER = "res.partner";
  private static final List<String> FIELDS =
      List.of("id", "name", "ref", "is_company", "type", "country_id/id");

  private static FakeOdoo odoo;

  @BeforeAll
  static void start() {
    odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
  }

  @AfterAll
  static void stop() {
    odoo.close();
  }

  private static OdooClient client(Protocol protocol) {
    return protocol == Protocol.JSON2 ? Clients.apiKey(odoo) : Clients.password(odoo, protocol);
  }

  private static List<List<String>> rows(String prefix, int n) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          Arrays.asList(
              prefix + "_" + i,
              "Loaded " + prefix + " " + i,
              prefix + "-" + i,
              i % 2 == 0 ? "1" : "0",
              i % 3 == 0 ? "Invoice Address" : "delivery",
              i % 2 == 0 ? "base.be" : null));
    }
    return rows;
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void rowsAreImportedWithTheirExternalIdsAndReferencesInRowOrder(Protocol protocol) {
    String prefix = "load_" + protocol.name().toLowerCase(Locale.ROOT);
    try (OdooClient c = client(protocol)) {
      LoadResult r = c.load(PARTNER, FIELDS, rows(prefix, 25));
      assertThat(r.imported()).as(r.toString()).isTrue();
      assertThat(r.ids()).hasSize(25).doesNotHaveDuplicates();
      List<OdooRecord> read =
          c.read(PARTNER, r.ids(), List.of("name", "ref", "is_company", "type", "country_id"));
      for (int i = 0; i < 25; i++) {
        OdooRecord rec = read.get(i);
        assertThat(rec.id()).isEqualTo(r.ids().get(i));
        assertThat(rec.string("ref")).contains(prefix + "-" + i);
        assertThat(rec.bool("is_company")).isEqualTo(i % 2 == 0);
        assertThat(rec.string("type")).contains(i % 3 == 0 ? "invoice" : "delivery");
        assertThat(rec.many2one("country_id").map(Many2one::id))
            .isEqualTo(i % 2 == 0 ? Optional.of(odoo.ref("base.be")) : Optional.empty());
      }
      assertThat(c.externalIds().require(PARTNER, "__import__." + prefix + "_7"))
          .isEqualTo(r.ids().get(7));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "XMLRPC"})
  void loadingTheSameExternalIdsAgainUpdatesTheRecordsInsteadOfDuplicatingThem(Protocol protocol) {
    String prefix = "reload_" + protocol.name().toLowerCase(Locale.ROOT);
    try (OdooClient c = client(protocol)) {
      LoadResult first = c.load(PARTNER, FIELDS, rows(prefix, 5));
      List<List<String>> changed = rows(prefix, 5);
      changed.get(3).set(1, "Renamed");
      LoadResult second = c.load(PARTNER, FIELDS, changed);
      assertThat(second.imported()).isTrue();
      assertThat(second.ids()).isEqualTo(first.ids());
      assertThat(c.searchCount(PARTNER, Domain.where("ref", "=like", prefix + "-%"))).isEqualTo(5);
      assertThat(
              c.read(PARTNER, List.of(first.ids().get(3)), List.of("name")).get(0).string("name"))
          .contains("Renamed");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2", "JSONRPC", "XMLRPC"})
  void aBadCellFailsTheWholeCallNamingRowAndFieldAndNothingIsWritten(Protocol protocol) {
    String prefix = "bad_" + protocol.name().toLowerCase(Locale.ROOT);
    try (OdooClient c = client(protocol)) {
      List<List<String>> rows = rows(prefix, 6);
      rows.get(4).set(5, "base.atlantis");
      LoadResult r = c.load(PARTNER, FIELDS, rows);
      assertThat(r.imported()).isFalse();
      assertThat(r.ids()).isEmpty();
      assertThat(r.errors()).hasSize(1);
      LoadMessage e = r.errors().get(0);
      assertThat(e.optionalRow()).contains(4);
      assertThat(e.optionalField()).contains("country_id");
      assertThat(e.message()).contains("base.atlantis").contains("Country");
      assertThat(c.searchCount(PARTNER, Domain.where("ref", "=like", prefix + "-%"))).isZero();
      assertThat(c.externalIds().find("__import__." + prefix + "_0")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2"})
  void anUnknownBooleanTextIsImportedAsTrueWithAWarningAsOdooDoes(Protocol protocol) {
    try (OdooClient c = client(protocol)) {
      List<List<String>> rows = rows("warn", 1);
      rows.get(0).set(3, "maybe");
      LoadResult r = c.load(PARTNER, FIELDS, rows);
      assertThat(r.imported()).isTrue();
      assertThat(r.messages())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.kind()).isEqualTo(LoadMessage.Kind.WARNING);
                assertThat(m.optionalField()).contains("is_company");
              });
      assertThat(c.read(PARTNER, r.ids(), List.of("is_company")).get(0).bool("is_company"))
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Protocol.class,
      names = {"JSON2"})
  void aRowWithTheWrongNumberOfCellsIsRefusedBeforeAnythingIsSent(Protocol protocol) {
    try (OdooClient c = client(protocol)) {
      int before = odoo.calls().size();
      assertThatThrownBy(
              () -> c.load(PARTNER, List.of("name", "ref"), List.of(List.of("only one cell"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("row 0 has 1 cells but there are 2 fields");
      assertThat(odoo.calls().size()).isEqualTo(before);
    }
  }
}
