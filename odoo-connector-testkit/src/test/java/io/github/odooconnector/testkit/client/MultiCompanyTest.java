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

  /**
   * How the refusal ends: Odoo 18 and 19 name the company to switch to, 17 stops after the cookies
   * (the {@code multicompany-*-read-new-warehouse-allowed-1} captures).
   */
  private static String companyHint(OdooVersion v) {
    return v == OdooVersion.V17
        ? "a batch of freshly baked cookies."
        : "access the record by switching to the company: Second Co.";
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
          .hasMessageContaining("doesn't have 'read' access to:\n- Warehouse (stock.warehouse)")
          .hasMessageEndingWith(companyHint(v));
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
  void aSyncForCompanyACannotConfirmReserveOrValidateCompanyBsPickingThroughBusinessMethods(
      OdooVersion v, Protocol protocol) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient admin = client(odoo, protocol)) {
      CompanyB b = companyB(admin);
      OdooRecord picking =
          admin
              .read(
                  "stock.picking", List.of(b.picking()), List.of("location_id", "location_dest_id"))
              .get(0);
      admin.create(
          "stock.move",
          Map.of(
              "name", "Desk for B",
              "picking_id", b.picking(),
              "product_id", odoo.ref("product.product_desk"),
              "product_uom_qty", 1,
              "product_uom", odoo.ref("uom.product_uom_unit"),
              "location_id", picking.many2one("location_id").orElseThrow().id(),
              "location_dest_id", picking.many2one("location_dest_id").orElseThrow().id()));
      OdooClient companyA = admin.withCompany(1);

      // Odoo's business methods read their records first: the record rule refuses B's picking
      for (String method : List.of("action_confirm", "action_assign", "button_validate")) {
        assertThatThrownBy(
                () ->
                    companyA.call("stock.picking", method, List.of(List.of(b.picking())), Map.of()))
            .as(method)
            .isInstanceOf(OdooAccessException.class)
            .hasMessageContaining("doesn't have 'read' access to:\n- Transfer (stock.picking)")
            .hasMessageEndingWith(companyHint(v));
      }
      assertThatThrownBy(() -> companyA.unlink("stock.picking", List.of(b.picking())))
          .isInstanceOf(OdooAccessException.class)
          .hasMessageContaining("doesn't have 'unlink' access to");
      assertThat(odoo.record("stock.picking", b.picking()).orElseThrow().get("state"))
          .isEqualTo("draft");

      // the same calls for the company the picking belongs to go through
      OdooClient companyB = admin.withCompany(b.company());
      companyB.call("stock.picking", "action_confirm", List.of(List.of(b.picking())), Map.of());
      assertThat(odoo.record("stock.picking", b.picking()).orElseThrow().get("state"))
          .isNotEqualTo("draft");
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
