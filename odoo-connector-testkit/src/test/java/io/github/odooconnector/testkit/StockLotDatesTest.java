package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code stock.lot} as the captured servers have it (fixtures {@code schema-fields_get-stock.lot},
 * {@code expiry-*}): the lot dates of {@code product_expiry} where the module is installed (the
 * default), none without it; a lot's company is required on 17 only.
 */
class StockLotDatesTest {

  private static final List<String> DATES =
      List.of("expiration_date", "use_date", "removal_date", "alert_date");

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> lotFields(Rpc rpc) {
    return (Map<String, Map<String, Object>>)
        rpc.call(
            "stock.lot",
            "fields_get",
            List.of(),
            Map.of("attributes", List.of("type", "required")));
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void withProductExpiryLotsHaveTheirDatesAndTheCompanyRuleOfTheVersion(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      Map<String, Map<String, Object>> fields = lotFields(rpc);
      for (String date : DATES) {
        assertThat(fields.get(date)).as(date).containsEntry("type", "datetime");
      }
      assertThat(fields.get("company_id")).containsEntry("required", v.major() < 18);

      long lot =
          rpc.create(
              "stock.lot",
              Map.of(
                  "name",
                  "CM-EXP-1",
                  "product_id",
                  odoo.ref("product.product_scanner"),
                  "expiration_date",
                  "2020-01-01 00:00:00",
                  "use_date",
                  "2019-12-01 00:00:00"));
      Object read =
          rpc.call(
              "stock.lot",
              "read",
              List.of(List.of(lot)),
              Map.of("fields", List.of("expiration_date", "use_date", "product_expiry_alert")));
      assertThat(read)
          .asInstanceOf(InstanceOfAssertFactories.LIST)
          .singleElement()
          .asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry("expiration_date", "2020-01-01 00:00:00")
          .containsEntry("use_date", "2019-12-01 00:00:00")
          .containsEntry("product_expiry_alert", true);
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void withoutProductExpiryLotsHaveNoDateFields(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).productExpiry(false).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      assertThat(lotFields(rpc)).doesNotContainKeys(DATES.toArray(String[]::new));
      assertThatThrownBy(
              () ->
                  rpc.create(
                      "stock.lot",
                      Map.of(
                          "name",
                          "CM-EXP-2",
                          "product_id",
                          odoo.ref("product.product_scanner"),
                          "expiration_date",
                          "2020-01-01 00:00:00")))
          .isInstanceOf(Rpc.Fault.class);
    }
  }
}
