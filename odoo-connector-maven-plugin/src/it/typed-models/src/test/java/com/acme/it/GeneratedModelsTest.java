package com.acme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.it.odoo.ProductProduct;
import com.acme.it.odoo.ProductProductType;
import com.acme.it.odoo.SaleOrderLine;
import com.acme.it.odoo.StockPicking;
import com.acme.it.odoo.StockPickingPickingTypeCode;
import com.acme.it.odoo.StockPickingState;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.schema.DriftReport;
import io.github.odooconnector.core.api.typed.FieldNotAvailableException;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.Values;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The models generated in this build, used against FakeOdoo 17, 18 and 19. */
class GeneratedModelsTest {

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void generatedModelsMatchTheServerAndReadAndWriteOnEveryVersion(OdooVersion version) {
    try (FakeOdoo fake =
            FakeOdoo.builder()
                .version(version)
                .customField("stock.picking", "x_wms_ref", "char")
                .start();
        OdooClient odoo =
            OdooClient.builder()
                .url(fake.url())
                .database(fake.database())
                .login(fake.adminLogin())
                .apiKey(fake.adminApiKey())
                .build()) {
      DriftReport report =
          odoo.schema().verify(StockPicking.MODEL, SaleOrderLine.MODEL, ProductProduct.MODEL);
      assertTrue(report.isClean(), report.format());

      OdooRepository<StockPicking> pickings = odoo.model(StockPicking.MODEL);
      List<StockPicking> ready =
          pickings.searchRead(
              StockPicking.STATE
                  .eq(StockPickingState.ASSIGNED)
                  .and(StockPicking.PICKING_TYPE_CODE.eq(StockPickingPickingTypeCode.OUTGOING)),
              SearchOptions.defaults());
      assertFalse(ready.isEmpty());
      long id = ready.get(0).id();
      pickings.write(
          List.of(id), Values.of(StockPicking.MODEL).set(StockPicking.X_WMS_REF, "WMS-42"));
      assertEquals("WMS-42", pickings.require(id).xWmsRef());

      List<SaleOrderLine> lines =
          odoo.model(SaleOrderLine.MODEL)
              .searchRead(
                  SaleOrderLine.ORDER_ID.eq(fake.ref("sale.sale_order_1")),
                  SearchOptions.defaults());
      assertFalse(lines.isEmpty());
      lines.forEach(l -> assertNotNull(l.productUomId()));

      ProductProduct desk =
          odoo.model(ProductProduct.MODEL).require(fake.ref("product.product_desk"));
      if (version == OdooVersion.V17) {
        assertNull(desk.isStorable());
        assertEquals(ProductProductType.PRODUCT, desk.type());
        assertThrows(
            FieldNotAvailableException.class,
            () -> odoo.model(ProductProduct.MODEL).count(ProductProduct.IS_STORABLE.isTrue()));
      } else {
        assertEquals(Boolean.TRUE, desk.isStorable());
      }
    }
  }
}
