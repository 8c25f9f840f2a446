package io.github.odooconnector.it.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.schema.Drift;
import io.github.odooconnector.core.api.schema.DriftKind;
import io.github.odooconnector.core.api.schema.DriftReport;
import io.github.odooconnector.core.api.schema.SchemaDriftException;
import io.github.odooconnector.core.api.typed.FieldSchema;
import io.github.odooconnector.core.api.typed.FieldSpec;
import io.github.odooconnector.core.api.typed.ModelSchema;
import io.github.odooconnector.it.models.fake.ProductProduct;
import io.github.odooconnector.it.models.fake.SaleOrder;
import io.github.odooconnector.it.models.fake.SaleOrderLine;
import io.github.odooconnector.it.models.fake.StockMove;
import io.github.odooconnector.it.models.fake.StockPicking;
import io.github.odooconnector.it.models.fake.StockQuant;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code odoo.schema().verify(...)} against FakeOdoo on 17, 18 and 19. */
class SchemaDriftOnFakeOdooTest {

  /** The fields every test model of the fake subset reads exist with the same type on the fake. */
  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void theModelsTheTypedTestsUseReadFromTheFakeWithoutBreakingDrift(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      DriftReport report =
          odoo.schema()
              .verify(
                  SaleOrder.MODEL,
                  SaleOrderLine.MODEL,
                  StockPicking.MODEL,
                  StockMove.MODEL,
                  StockQuant.MODEL,
                  ProductProduct.MODEL);

      assertThat(report.serverVersion().major()).isEqualTo(v.major());
      assertThat(report.differences())
          .extracting(Drift::kind)
          .doesNotContain(DriftKind.FIELD_MISSING, DriftKind.TYPE_CHANGED, DriftKind.MODEL_MISSING);
    }
  }

  /** A Studio field whose type changed on the server since the models were generated. */
  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aDeliberatelyDriftedFieldIsReportedWithModelFieldAndServerVersion(OdooVersion v) {
    try (FakeOdoo fake =
            FakeOdoo.builder()
                .version(v)
                .customField("stock.picking", "x_wms_ref", "integer")
                .start();
        OdooClient odoo = Fakes.admin(fake)) {
      ModelSchema expected =
          withFields(
              StockPicking.MODEL.schema(),
              new FieldSchema("xWmsRef", List.of(FieldSpec.of("x_wms_ref", "char").on(17, 18, 19))),
              new FieldSchema("xDock", List.of(FieldSpec.of("x_dock", "char").on(17, 18, 19))));

      DriftReport report = odoo.schema().verify(List.of(expected));

      assertThat(report.differences())
          .contains(
              new Drift(
                  "stock.picking",
                  "StockPicking",
                  "x_wms_ref",
                  DriftKind.TYPE_CHANGED,
                  "char",
                  "integer"),
              new Drift(
                  "stock.picking", "StockPicking", "x_dock", DriftKind.FIELD_MISSING, "char", ""));
      assertThat(report.byModel()).containsKey("stock.picking");
      assertThat(report.format())
          .startsWith("Odoo " + v.serverVersion() + ": ")
          .contains("stock.picking (StockPicking):")
          .contains("x_wms_ref: type changed from char to integer")
          .contains("x_dock: missing on the server");
      assertThatThrownBy(report::throwIfDrifted)
          .isInstanceOf(SchemaDriftException.class)
          .satisfies(e -> assertThat(((SchemaDriftException) e).report()).isEqualTo(report))
          .hasMessageContaining("x_wms_ref");
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void selectionRelationAndRequirednessChangesAreEachReported(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ModelSchema expected =
          ModelSchema.of(
              "StockPicking",
              Map.of(v.major(), "stock.picking"),
              List.of(
                  new FieldSchema(
                      "state",
                      List.of(
                          FieldSpec.of("state", "selection")
                              .withSelection(
                                  "draft", "confirmed", "assigned", "done", "cancel", "to_approve")
                              .on(v.major()))),
                  new FieldSchema(
                      "partnerId",
                      List.of(
                          FieldSpec.of("partner_id", "many2one")
                              .withRelation("res.users")
                              .on(v.major()))),
                  new FieldSchema(
                      "origin",
                      List.of(FieldSpec.of("origin", "char").withRequired(true).on(v.major())))));

      DriftReport report = odoo.schema().verify(List.of(expected));

      assertThat(report.differences())
          .extracting(Drift::field, Drift::kind)
          .containsExactlyInAnyOrder(
              tuple("state", DriftKind.SELECTION_VALUES_ADDED),
              tuple("state", DriftKind.SELECTION_VALUES_REMOVED),
              tuple("partner_id", DriftKind.RELATION_CHANGED),
              tuple("origin", DriftKind.NO_LONGER_REQUIRED));
      assertThat(report.breaking())
          .extracting(Drift::kind)
          .containsExactlyInAnyOrder(
              DriftKind.SELECTION_VALUES_REMOVED, DriftKind.RELATION_CHANGED);
      assertThat(report.format())
          .contains("state: selection values added on the server: [waiting]")
          .contains("state: selection values removed on the server: [to_approve]")
          .contains("partner_id: relation changed from res.users to res.partner");
    }
  }

  /**
   * Models generated for Odoo 17 only, checked against an Odoo 19 server before an upgrade: the
   * report says so and still compares with the 17 metadata.
   */
  @Test
  void modelsGeneratedForAnotherVersionAreComparedWithTheClosestOneAndFlagged() {
    try (FakeOdoo fake = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ModelSchema line17 =
          ModelSchema.of(
              "SaleOrderLine",
              Map.of(17, "sale.order.line"),
              List.of(
                  new FieldSchema(
                      "productUom",
                      List.of(
                          FieldSpec.of("product_uom", "many2one")
                              .withRelation("uom.uom")
                              .on(17)))));
      ModelSchema missing = ModelSchema.of("Nope", Map.of(19, "x_nope.model"), List.of());

      DriftReport report = odoo.schema().verify(List.of(line17, missing));

      assertThat(report.differences())
          .extracting(Drift::model, Drift::kind)
          .containsExactly(
              tuple("sale.order.line", DriftKind.VERSION_NOT_COVERED),
              tuple("sale.order.line", DriftKind.FIELD_MISSING),
              tuple("x_nope.model", DriftKind.MODEL_MISSING));
      assertThat(report.format())
          .contains(
              "generated for Odoo 17 (compared with the Odoo 17 metadata), not for the"
                  + " server's Odoo 19.0+e-20251227")
          .contains("product_uom: missing on the server");
    }
  }

  @Test
  void aCleanServerGivesACleanReport() {
    try (FakeOdoo fake = FakeOdoo.builder().version(OdooVersion.V18).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ModelSchema picking =
          ModelSchema.of(
              "StockPicking",
              Map.of(18, "stock.picking"),
              List.of(
                  new FieldSchema("name", List.of(FieldSpec.of("name", "char").on(18))),
                  new FieldSchema(
                      "moveIds",
                      List.of(
                          FieldSpec.of("move_ids", "one2many")
                              .withRelation("stock.move")
                              .on(18)))));

      DriftReport report = odoo.schema().verify(List.of(picking));

      assertThat(report.isClean()).isTrue();
      assertThat(report.format())
          .isEqualTo("Odoo 18.0+e-20250520: the server matches the generated models");
      report.throwIfDrifted();
    }
  }

  private static ModelSchema withFields(ModelSchema base, FieldSchema... extra) {
    List<FieldSchema> fields = new ArrayList<>(base.fields());
    fields.addAll(List.of(extra));
    return new ModelSchema(base.typeName(), base.names(), fields);
  }
}
