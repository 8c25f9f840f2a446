package io.github.odooconnector.it.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.typed.Condition;
import io.github.odooconnector.core.api.typed.FieldNotAvailableException;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.Values;
import io.github.odooconnector.it.models.fake.ProductProduct;
import io.github.odooconnector.it.models.fake.ProductProductType;
import io.github.odooconnector.it.models.fake.ResPartner;
import io.github.odooconnector.it.models.fake.SaleOrder;
import io.github.odooconnector.it.models.fake.SaleOrderLine;
import io.github.odooconnector.it.models.fake.SaleOrderState;
import io.github.odooconnector.it.models.fake.StockMove;
import io.github.odooconnector.it.models.fake.StockPicking;
import io.github.odooconnector.it.models.fake.StockPickingPickingTypeCode;
import io.github.odooconnector.it.models.fake.StockPickingState;
import io.github.odooconnector.it.models.fake.StockQuant;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The typed repository ({@code odoo.model(...)}) against FakeOdoo posing as Odoo 17, 18 and 19,
 * with models generated from the real servers' {@code fields_get} (the FakeOdoo subset in {@code
 * io.github.odooconnector.it.models.fake}).
 */
class TypedRepositoryOnFakeOdooTest {

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void readyDeliveriesAreFoundWithACompilerCheckedConditionAndReadAsTypedRecords(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<StockPicking> pickings = odoo.model(StockPicking.MODEL);

      List<StockPicking> ready =
          pickings.searchRead(
              StockPicking.STATE
                  .eq(StockPickingState.ASSIGNED)
                  .and(StockPicking.PICKING_TYPE_CODE.eq(StockPickingPickingTypeCode.OUTGOING)),
              SearchOptions.defaults());

      assertThat(ready).isNotEmpty();
      StockPicking p = ready.get(0);
      assertThat(p.name()).startsWith("WH/OUT/");
      assertThat(p.state()).isEqualTo(StockPickingState.ASSIGNED);
      assertThat(p.optionalPartnerId()).isPresent();
      assertThat(p.moveIds()).isNotEmpty();
      assertThat(p.source().asMap()).containsKey("state");
      List<StockMove> moves = odoo.model(StockMove.MODEL).read(p.moveIds());
      assertThat(moves)
          .extracting(StockMove::pickingId)
          .extracting(Many2one::id)
          .containsOnly(p.id());
      assertThat(moves).allSatisfy(m -> assertThat(m.productUomQty()).isPositive());
    }
  }

  /**
   * {@code sale.order.line.product_uom} became {@code product_uom_id} on 19; one generated field
   * reads both (FakeOdoo refuses unknown field names, so a wrong name would fail the read).
   */
  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aFieldRenamedOnOdoo19IsReadUnderItsNameOnEachVersion(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      long quotation = fake.ref("sale.sale_order_1");

      List<SaleOrderLine> lines =
          odoo.model(SaleOrderLine.MODEL)
              .searchRead(SaleOrderLine.ORDER_ID.eq(quotation), SearchOptions.defaults());

      assertThat(lines).isNotEmpty();
      assertThat(lines).allSatisfy(l -> assertThat(l.productUomId()).isNotNull());
      assertThat(SaleOrderLine.PRODUCT_UOM_ID.name(odoo.serverVersion()))
          .isEqualTo(v == OdooVersion.V19 ? "product_uom_id" : "product_uom");
      assertThat(lines.get(0).source().has(v == OdooVersion.V19 ? "product_uom_id" : "product_uom"))
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aPartialUpdateChangesOnlyTheFieldsSetAndClearingIsExplicit(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<ResPartner> partners = odoo.model(ResPartner.MODEL);
      long id =
          partners.create(
              Values.of(ResPartner.MODEL)
                  .set(ResPartner.NAME, "Typed Customer")
                  .set(ResPartner.EMAIL, "buyer@example.com")
                  .set(ResPartner.CITY, "Ghent"));

      partners.write(List.of(id), Values.of(ResPartner.MODEL).set(ResPartner.PHONE, "+32 9 000"));
      ResPartner afterPhone = partners.require(id);
      partners.write(List.of(id), Values.of(ResPartner.MODEL).clear(ResPartner.EMAIL));
      ResPartner afterClear = partners.require(id);

      assertThat(afterPhone.phone()).isEqualTo("+32 9 000");
      assertThat(afterPhone.email()).isEqualTo("buyer@example.com");
      assertThat(afterPhone.city()).isEqualTo("Ghent");
      assertThat(afterClear.optionalEmail()).isEmpty();
      assertThat(afterClear.phone()).isEqualTo("+32 9 000");
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aNullValueIsRefusedBeforeAnythingIsSent(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      fake.clearCalls();

      assertThatThrownBy(() -> Values.of(ResPartner.MODEL).set(ResPartner.EMAIL, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ResPartner.email")
          .hasMessageContaining("clear(email)");
      assertThatThrownBy(
              () -> odoo.model(ResPartner.MODEL).write(List.of(1L), Values.of(ResPartner.MODEL)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
      assertThat(fake.calls()).noneMatch(c -> c.method().equals("write"));
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void streamPagesThroughEveryRecordAndMatchesTheCount(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<StockQuant> quants = odoo.model(StockQuant.MODEL);
      Condition<StockQuant> positive = StockQuant.QUANTITY.gt(BigDecimal.ZERO);

      List<StockQuant> streamed = quants.stream(positive, 2).collect(Collectors.toList());

      assertThat(streamed).hasSize((int) quants.count(positive));
      assertThat(streamed).extracting(StockQuant::id).isSorted().doesNotHaveDuplicates();
      assertThat(streamed).allSatisfy(q -> assertThat(q.productId()).isNotNull());
      assertThat(quants.search(positive)).hasSameSizeAs(streamed);
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aManyToOneToADeletedRecordGivesTheMissingRecordErrorNotANullPointer(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<ResPartner> partners = odoo.model(ResPartner.MODEL);
      long company =
          partners.create(
              Values.of(ResPartner.MODEL)
                  .set(ResPartner.NAME, "Gone Ltd")
                  .set(ResPartner.IS_COMPANY, true));
      long contact =
          partners.create(
              Values.of(ResPartner.MODEL)
                  .set(ResPartner.NAME, "Still Here")
                  .set(ResPartner.PARENT_ID, company));
      Many2one parent = partners.require(contact).parentId();
      partners.unlink(List.of(company));

      assertThat(partners.get(parent.id())).isEmpty();
      assertThatThrownBy(() -> partners.require(parent.id()))
          .isInstanceOf(OdooMissingRecordException.class)
          .hasMessageContaining("res.partner(" + company + ") does not exist");
      assertThatThrownBy(
              () ->
                  partners.write(
                      List.of(contact),
                      Values.of(ResPartner.MODEL).set(ResPartner.PARENT_ID, parent)))
          .isInstanceOf(OdooException.class);
    }
  }

  /** Odoo 18 replaced the 17 product type {@code product} with the flag {@code is_storable}. */
  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void versionSpecificFieldsAndSelectionValuesAreCheckedBeforeAnythingIsWritten(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<ProductProduct> products = odoo.model(ProductProduct.MODEL);
      Values<ProductProduct> storable =
          v == OdooVersion.V17
              ? Values.of(ProductProduct.MODEL)
                  .set(ProductProduct.NAME, "Pallet")
                  .set(ProductProduct.TYPE, ProductProductType.PRODUCT)
              : Values.of(ProductProduct.MODEL)
                  .set(ProductProduct.NAME, "Pallet")
                  .set(ProductProduct.TYPE, ProductProductType.CONSU)
                  .set(ProductProduct.IS_STORABLE, true);
      Values<ProductProduct> wrongVersion =
          v == OdooVersion.V17
              ? storable.set(ProductProduct.IS_STORABLE, true)
              : storable.set(ProductProduct.TYPE, ProductProductType.PRODUCT);

      long id = products.create(storable);
      fake.clearCalls();
      ProductProduct pallet = products.require(id);

      assertThat(pallet.isStorable()).isEqualTo(v == OdooVersion.V17 ? null : Boolean.TRUE);
      assertThat(pallet.type())
          .isEqualTo(v == OdooVersion.V17 ? ProductProductType.PRODUCT : ProductProductType.CONSU);
      assertThatThrownBy(() -> products.create(wrongVersion))
          .isInstanceOf(FieldNotAvailableException.class)
          .hasMessageContaining(v.serverVersion());
      if (v == OdooVersion.V17) {
        assertThatThrownBy(() -> products.count(ProductProduct.IS_STORABLE.isTrue()))
            .isInstanceOf(FieldNotAvailableException.class)
            .hasMessageContaining("ProductProduct.isStorable does not exist on Odoo 17");
      }
      assertThat(fake.calls()).noneMatch(c -> c.method().equals("create"));
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void oneBadRecordInABatchCreatesNothing(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      Values<ProductProduct> good =
          Values.of(ProductProduct.MODEL).set(ProductProduct.NAME, "Good");
      Values<ProductProduct> bad =
          v == OdooVersion.V17
              ? good.set(ProductProduct.IS_STORABLE, true)
              : good.set(ProductProduct.TYPE, ProductProductType.PRODUCT);
      fake.clearCalls();

      assertThatThrownBy(() -> odoo.model(ProductProduct.MODEL).create(List.of(good, bad)))
          .isInstanceOf(FieldNotAvailableException.class);
      assertThat(fake.calls()).noneMatch(c -> c.method().equals("create"));
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void typedCallsKeepTheClientsContextAndRetries(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<SaleOrder> orders =
          odoo.withContext(Context.builder().activeTest(false).build()).model(SaleOrder.MODEL);
      odoo.serverVersion();
      fake.faults().onlyFor("sale.order", "search_read").failNext(1);

      List<SaleOrder> confirmed =
          orders.searchRead(SaleOrder.STATE.eq(SaleOrderState.SALE), SearchOptions.limit(5));

      assertThat(confirmed).extracting(SaleOrder::id).contains(fake.ref("sale.sale_order_2"));
      assertThat(fake.calls().stream().filter(c -> c.is("sale.order", "search_read"))).hasSize(2);
    }
  }
}
