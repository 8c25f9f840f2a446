package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code withCompany}/{@code withCompanies} send {@code allowed_company_ids} as the web client
 * does, on every protocol, and FakeOdoo applies Odoo's multi-company record rules (warehouses,
 * pickings, products, partners), so a sync scoped to company A never reads or writes company B.
 */
class MultiCompanyTest {

  static Stream<Arguments> versionsAndProtocols() {
    List<Arguments> out = new ArrayList<>();
    for (OdooVersion v : OdooVersion.values()) {
      out.add(Arguments.of(v, Protocol.JSONRPC));
      out.add(Arguments.of(v, Protocol.XMLRPC));
      if (v == OdooVersion.V19) {
        out.add(Arguments.of(v, Protocol.JSON2));
      }
    }
    return out.stream();
  }

  private static OdooClient client(FakeOdoo odoo, Protocol protocol) {
    return protocol == Protocol.JSON2 ? Clients.apiKey(odoo) : Clients.password(odoo, protocol);
  }

  /** Company B with a warehouse, a partner, a product and an outgoing picking of its own. */
  private record CompanyB(long company, long warehouse, long partner, long product, long picking) {}

  private static CompanyB companyB(OdooClient admin) {
    long company = admin.create("res.company", Map.of("name", "Second Co"));
    long warehouse =
        admin.create(
            "stock.warehouse", Map.of("name", "Second WH", "code", "SCWH", "company_id", company));
    long partner =
        admin.create("res.partner", Map.of("name", "Customer of B", "company_id", company));
    long product =
        admin.create("product.product", Map.of("name", "Widget of B", "company_id", company));
    OdooRecord template =
        admin
            .searchRead(
                "stock.picking",
                Domain.where("picking_type_code", "=", "outgoing"),
                List.of("picking_type_id", "location_id", "location_dest_id"),
                SearchOptions.limit(1))
            .get(0);
    long picking =
        admin.create(
            "stock.picking",
            Map.of(
                "partner_id", partner,
                "company_id", company,
                "picking_type_id", template.many2one("picking_type_id").orElseThrow().id(),
                "location_id", template.many2one("location_id").orElseThrow().id(),
                "location_dest_id", template.many2one("location_dest_id").orElseThrow().id()));
    return new CompanyB(company, warehouse, partner, product, picking);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("versionsAndProtocols")
  void aSyncScopedToCompanyANeverReadsOrWritesCompanyB(OdooVersion v, Protocol protocol) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient admin = client(odoo, protocol)) {
      CompanyB b = companyB(admin);
      OdooClient companyA = admin.withCompany(1);

      // the sync: every outgoing picking it can see gets a tracking reference
      List<Long> pickings =
          companyA.search("stock.picking", Domain.where("picking_type_code", "=", "outgoing"));
      companyA.write("stock.picking", pickings, Map.of("carrier_tracking_ref", "SYNC-A"));

      assertThat(pickings).isNotEmpty().doesNotContain(b.picking());
      assertThat(
              odoo.record("stock.picking", b.picking()).orElseThrow().get("carrier_tracking_ref"))
          .isIn(null, false);
      assertThat(companyA.search("stock.warehouse", Domain.all())).doesNotContain(b.warehouse());
      assertThat(companyA.search("res.partner", Domain.all())).doesNotContain(b.partner());
      assertThat(companyA.search("product.product", Domain.all())).doesNotContain(b.product());

      assertThatThrownBy(
              () -> companyA.read("stock.warehouse", List.of(b.warehouse()), List.of("name")))
          .isInstanceOf(OdooAccessException.class)
          .hasMessageContaining("Second Co");
      assertThatThrownBy(
              () ->
                  companyA.write(
                      "res.partner", List.of(b.partner()), Map.of("name", "overwritten by A")))
          .isInstanceOf(OdooAccessException.class);
      assertThat(odoo.record("res.partner", b.partner()).orElseThrow().get("name"))
          .isEqualTo("Customer of B");

      // both companies selected (A current): both visible; no context: all the user's companies
      OdooClient both = admin.withCompanies(1, b.company());
      assertThat(both.search("stock.warehouse", Domain.all())).contains(b.warehouse());
      assertThat(admin.search("stock.picking", Domain.all())).contains(b.picking());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("versionsAndProtocols")
  void aCompanyTheUserDoesNotBelongToIsRefused(OdooVersion v, Protocol protocol) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient admin = client(odoo, protocol)) {
      assertThatThrownBy(() -> admin.withCompanies(1, 99_999).search("res.partner", Domain.all()))
          .isInstanceOf(OdooAccessException.class)
          .hasMessageContaining("Access to unauthorized or invalid companies.");
    }
  }
}
