package io.github.odooconnector.it.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.typed.Field;
import io.github.odooconnector.core.api.typed.FieldNotAvailableException;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.Values;
import io.github.odooconnector.models.ProductProduct;
import io.github.odooconnector.models.ProductProductType;
import io.github.odooconnector.models.StockMove;
import io.github.odooconnector.models.StockPackage;
import io.github.odooconnector.models.StockQuant;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped models of {@code odoo-connector-models} used the way the WMS and carrier modules use
 * them, against FakeOdoo posing as Odoo 17, 18 and 19: reads of only the fields a workflow names
 * (FakeOdoo, like a database without some modules, lacks a few generated fields, so reading every
 * field would fail), names resolved per version ({@code stock.quant.package} on 17/18, {@code
 * stock.package} on 19; {@code type='product'} on 17, {@code is_storable} on 18/19), and a field
 * the server's version does not have is a typed error before anything is sent.
 */
class ShippedModelsOnFakeOdooTest {

  private static FakeOdoo start(OdooVersion v) {
    return FakeOdoo.builder().version(v).start();
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void quantsAreReadWithOnlyTheFieldsTheWorkflowNames(OdooVersion v) {
    try (FakeOdoo fake = start(v);
        OdooClient odoo = Fakes.admin(fake)) {
      long desk = fake.ref("product.product_desk");
      OdooRepository<StockQuant> quants = odoo.model(StockQuant.MODEL);

      List<StockQuant> ofDesk =
          quants.searchRead(
              StockQuant.PRODUCT_ID.eq(desk),
              SearchOptions.defaults(),
              List.of(StockQuant.PRODUCT_ID, StockQuant.LOCATION_ID, StockQuant.QUANTITY));

      assertThat(ofDesk)
          .isNotEmpty()
          .allSatisfy(
              q -> {
                assertThat(q.productId().id()).isEqualTo(desk);
                assertThat(q.locationId()).isNotNull();
                assertThat(q.inDate()).as("not asked for").isNull();
              });
      assertThat(ofDesk.stream().map(StockQuant::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("50");

      StockQuant first = ofDesk.get(0);
      List<StockQuant> byId = quants.read(List.of(first.id()), List.of(StockQuant.QUANTITY));
      assertThat(byId).singleElement().satisfies(q -> assertThat(q.productId()).isNull());
      assertThat(byId.get(0).quantity()).isEqualByComparingTo(first.quantity());
      assertThat(quants.read(List.of(), List.of(StockQuant.QUANTITY))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void packagesAreStockQuantPackagesOn17And18AndStockPackagesOn19(OdooVersion v) {
    try (FakeOdoo fake = start(v);
        OdooClient odoo = Fakes.admin(fake)) {
      OdooRepository<StockPackage> packages = odoo.model(StockPackage.MODEL);

      long pallet =
          packages.create(Values.of(StockPackage.MODEL).set(StockPackage.NAME, "PALLET-1"));

      String model = v == OdooVersion.V19 ? "stock.package" : "stock.quant.package";
      assertThat(fake.record(model, pallet))
          .hasValueSatisfying(r -> assertThat(r.get("name")).isEqualTo("PALLET-1"));
      assertThat(packages.read(List.of(pallet), List.of(StockPackage.NAME)))
          .singleElement()
          .satisfies(p -> assertThat(p.name()).isEqualTo("PALLET-1"));
    }
  }

  /** Whether a product keeps stock: {@code type='product'} on 17, {@code is_storable} after. */
  static boolean storable(OdooClient odoo, long productId) {
    ServerVersion v = odoo.serverVersion();
    OdooRepository<ProductProduct> products = odoo.model(ProductProduct.MODEL);
    if (ProductProduct.IS_STORABLE.isAvailableIn(v)) {
      return products.read(List.of(productId), List.of(ProductProduct.IS_STORABLE)).stream()
          .anyMatch(p -> Boolean.TRUE.equals(p.isStorable()));
    }
    return products.read(List.of(productId), List.of(ProductProduct.TYPE)).stream()
        .anyMatch(p -> p.type() == ProductProductType.PRODUCT);
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aFieldTheServersVersionDoesNotHaveIsATypedErrorBeforeAnythingIsSent(OdooVersion v) {
    try (FakeOdoo fake = start(v);
        OdooClient odoo = Fakes.admin(fake)) {
      long desk = fake.ref("product.product_desk");
      assertThat(storable(odoo, desk)).isTrue();
      assertThat(storable(odoo, fake.ref("delivery.product_delivery"))).isFalse();

      // 17 has no is_storable, 18 and 19 no detailed_type; 19 dropped stock.move's name
      Field<ProductProduct, ?> notOnThisVersion =
          v == OdooVersion.V17 ? ProductProduct.IS_STORABLE : ProductProduct.DETAILED_TYPE;
      fake.clearCalls();
      assertThatThrownBy(
              () ->
                  odoo.model(ProductProduct.MODEL)
                      .read(List.of(desk), List.of(ProductProduct.NAME, notOnThisVersion)))
          .isInstanceOf(FieldNotAvailableException.class)
          .hasMessageContaining(notOnThisVersion.toString())
          .hasMessageContaining("does not exist on Odoo " + odoo.serverVersion());
      if (v == OdooVersion.V19) {
        assertThatThrownBy(
                () ->
                    odoo.model(StockMove.MODEL)
                        .searchRead(
                            StockMove.PRODUCT_ID.eq(desk),
                            SearchOptions.limit(1),
                            List.of(StockMove.NAME)))
            .isInstanceOf(FieldNotAvailableException.class)
            .hasMessageContaining("StockMove.name");
      }
      assertThat(fake.calls()).noneMatch(c -> "read".equals(c.method()));
      assertThat(fake.calls()).noneMatch(c -> "search_read".equals(c.method()));

      assertThatThrownBy(() -> odoo.model(StockQuant.MODEL).read(List.of(1L), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no fields to read from stock.quant");
      // the compiler refuses another model's field; a raw list gets past it, not past the check
      @SuppressWarnings({"rawtypes", "unchecked"})
      List<Field<StockQuant, ?>> foreign = (List) List.of(StockMove.QUANTITY);
      assertThatThrownBy(() -> odoo.model(StockQuant.MODEL).read(List.of(1L), foreign))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("StockMove.quantity is not a field of");
      assertThat(fake.calls()).noneMatch(c -> "read".equals(c.method()));
    }
  }
}
