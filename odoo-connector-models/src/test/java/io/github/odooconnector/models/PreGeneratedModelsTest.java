package io.github.odooconnector.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.typed.FieldNotAvailableException;
import io.github.odooconnector.core.api.typed.OdooVersionMismatchException;
import io.github.odooconnector.core.api.typed.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped models decode the answers captured from real Odoo 17, 18 and 19 servers, and carry
 * the differences between the versions.
 */
class PreGeneratedModelsTest {

  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19})
  void capturedPickingsDecodeIntoTypedRecords(int major) {
    String caseName =
        major == 19
            ? "json2-search_read-stock.picking"
            : "jsonrpc-execute_kw-search_read-stock.picking";
    ServerVersion version = CapturedAnswers.version(major);

    List<StockPicking> pickings =
        CapturedAnswers.records(major, caseName).stream()
            .map(r -> StockPicking.MODEL.decode(r, version))
            .toList();

    StockPicking first = pickings.get(0);
    assertThat(first.name()).isEqualTo("WH/OUT/00001");
    assertThat(first.state()).isEqualTo(StockPickingState.ASSIGNED);
    assertThat(first.partnerId().displayName()).isEqualTo("Wood Corner");
    assertThat(first.scheduledDate()).isInstanceOf(Instant.class);
    assertThat(first.optionalDateDone()).isEmpty();
    assertThat(first.moveIds()).hasSize(1);
    assertThat(pickings.get(1).dateDone()).isNotNull();
  }

  /** 19 renamed {@code product_uom} to {@code product_uom_id}; one component reads both. */
  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19})
  void capturedSaleLinesDecodeTheRenamedUnitAndRoundedDecimals(int major) {
    SaleOrderLine line =
        SaleOrderLine.MODEL.decode(
            CapturedAnswers.records(major, "decimal-jsonrpc-read-sale.order.line").get(0),
            CapturedAnswers.version(major));

    assertThat(line.productUomId()).isEqualTo(new Many2one(1, "Units"));
    assertThat(line.priceUnit()).isEqualByComparingTo("12.35");
    assertThat(line.productUomQty()).isEqualByComparingTo(new BigDecimal("1.23"));
    assertThat(SaleOrderLine.PRODUCT_UOM_ID.name(CapturedAnswers.version(major)))
        .isEqualTo(major == 19 ? "product_uom_id" : "product_uom");
  }

  /** 19 renamed the model {@code stock.quant.package} to {@code stock.package}. */
  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19})
  void packagesAreOneTypeUnderTheModelNameOfEachVersion(int major) {
    ServerVersion version = CapturedAnswers.version(major);

    StockPackage pack =
        StockPackage.MODEL.decode(
            CapturedAnswers.records(major, "packages-jsonrpc-read-package").get(0), version);
    StockMoveLine line =
        StockMoveLine.MODEL.decode(
            CapturedAnswers.records(major, "packages-jsonrpc-read-move-lines").get(0), version);

    assertThat(StockPackage.MODEL.name(version))
        .isEqualTo(major == 19 ? "stock.package" : "stock.quant.package");
    assertThat(pack.name()).startsWith("PACK");
    assertThat(pack.packDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(line.resultPackageId().id()).isEqualTo(pack.id());
    assertThat(line.optionalPackageId()).isEmpty();
    assertThat(StockMoveLine.RESULT_PACKAGE_ID.spec(version).relation())
        .isEqualTo(major == 19 ? "stock.package" : "stock.quant.package");
  }

  @Test
  void aSelectionValueAddedLaterReadsAsUnknownAndKeepsItsRawKey() {
    ServerVersion v19 = CapturedAnswers.version(19);
    OdooRecord captured = CapturedAnswers.records(19, "json2-search_read-stock.picking").get(0);
    Map<String, Object> values = new LinkedHashMap<>(captured.asMap());
    values.put("state", "to_review");

    StockPicking picking = StockPicking.MODEL.decode(OdooRecord.of(values), v19);

    assertThat(picking.state()).isEqualTo(StockPickingState.UNKNOWN);
    assertThat(StockPicking.STATE.rawValue(picking)).contains("to_review");
    assertThat(picking.state().isUnknown()).isTrue();
    assertThatThrownBy(() -> picking.state().value()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StockPicking.STATE.eq(StockPickingState.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StockPicking.state");
    assertThatThrownBy(
            () ->
                Values.of(StockPicking.MODEL)
                    .set(StockPicking.STATE, StockPickingState.UNKNOWN)
                    .toWire(v19))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void conditionsOnRenamedFieldsResolvePerVersionAndRefuseToGuessWithoutOne() {
    var condition = SaleOrderLine.PRODUCT_UOM_ID.eq(1).and(SaleOrderLine.ORDER_ID.eq(7));

    assertThat(condition.toDomain(CapturedAnswers.version(17)))
        .isEqualTo(Domain.where("product_uom", "=", 1L).and(Domain.where("order_id", "=", 7L)));
    assertThat(condition.toDomain(CapturedAnswers.version(19)))
        .isEqualTo(Domain.where("product_uom_id", "=", 1L).and(Domain.where("order_id", "=", 7L)));
    assertThat(SaleOrderLine.ORDER_ID.eq(7).toDomain())
        .isEqualTo(Domain.where("order_id", "=", 7L));
    assertThatThrownBy(condition::toDomain)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SaleOrderLine.productUomId");
  }

  @Test
  void valuesUseTheWireNamesOfTheConnectedVersion() {
    Values<SaleOrderLine> v =
        Values.of(SaleOrderLine.MODEL)
            .set(SaleOrderLine.PRODUCT_UOM_ID, 3)
            .set(SaleOrderLine.PRODUCT_UOM_QTY, new BigDecimal("2.5"))
            .clear(SaleOrderLine.MOVE_IDS);

    assertThat(v.toWire(CapturedAnswers.version(18)))
        .containsOnlyKeys("product_uom", "product_uom_qty", "move_ids")
        .containsEntry("product_uom", 3L);
    assertThat(v.toWire(CapturedAnswers.version(19))).containsEntry("product_uom_id", 3L);
  }

  /**
   * 18 replaced the {@code product} type with {@code is_storable}; 19 dropped {@code uom_po_id}.
   */
  @Test
  void fieldsAndSelectionValuesThatAVersionLacksAreRefusedForThatVersion() {
    ServerVersion v17 = CapturedAnswers.version(17);
    ServerVersion v19 = CapturedAnswers.version(19);

    assertThat(ProductProduct.IS_STORABLE.isAvailableIn(v17)).isFalse();
    assertThat(ProductProduct.UOM_PO_ID.isAvailableIn(v19)).isFalse();
    assertThat(ProductProduct.MODEL.fieldNames(v19))
        .contains("is_storable")
        .doesNotContain("uom_po_id");
    assertThat(ProductProduct.MODEL.fieldNames(v17))
        .contains("detailed_type")
        .doesNotContain("is_storable");
    assertThatThrownBy(
            () -> Values.of(ProductProduct.MODEL).set(ProductProduct.IS_STORABLE, true).toWire(v17))
        .isInstanceOf(FieldNotAvailableException.class)
        .hasMessageContaining("ProductProduct.isStorable does not exist on Odoo 17.0-20240709");
    assertThatThrownBy(
            () ->
                Values.of(ProductProduct.MODEL)
                    .set(ProductProduct.TYPE, ProductProductType.PRODUCT)
                    .toWire(v19))
        .isInstanceOf(FieldNotAvailableException.class)
        .hasMessageContaining("'product' does not exist on Odoo 19");
  }

  @Test
  void aServerVersionTheModelsWereNotGeneratedForIsRefused() {
    ServerVersion v16 = ServerVersion.parse("16.0-20230101");
    OdooRecord captured =
        CapturedAnswers.records(17, "jsonrpc-execute_kw-search_read-stock.picking").get(0);

    assertThat(StockPicking.MODEL.supports(v16)).isFalse();
    assertThatThrownBy(() -> StockPicking.MODEL.decode(captured, v16))
        .isInstanceOf(OdooVersionMismatchException.class)
        .hasMessageContaining("generated for Odoo [17, 18, 19]")
        .hasMessageContaining("16.0-20230101");
    assertThat(StockPicking.MODEL.majors()).containsExactly(17, 18, 19);
  }
}
