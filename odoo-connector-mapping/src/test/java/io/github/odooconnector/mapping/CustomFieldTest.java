package io.github.odooconnector.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooClient;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

  /**
   * An Odoo with one model, {@code stock.picking} (ir.model id 42), whose {@code fields_get}
   * answers {@code fields}; every create is recorded.
   */
  private static final class ScriptedOdoo {
    final Map<String, FieldInfo> fields;
    final List<String> creates = new ArrayList<>();

    ScriptedOdoo(Map<String, FieldInfo> fields) {
      this.fields = fields;
    }

    OdooClient client() {
      return (OdooClient)
          Proxy.newProxyInstance(
              OdooClient.class.getClassLoader(),
              new Class<?>[] {OdooClient.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "fieldsGet" -> "stock.picking".equals(args[0]) ? fields : Map.of();
                    case "search" ->
                        String.valueOf(args[1]).contains("stock.picking")
                            ? List.of(42L)
                            : List.of();
                    case "create" -> {
                      creates.add(args[0] + " " + args[1]);
                      yield 7L;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }

  private static FieldInfo field(String name, String type) {
    return new FieldInfo(name, type, name, false, false, Optional.empty(), Map.of());
  }

  @Test
  void aMissingFieldIsCreatedThroughIrModelFieldsAsStudioDoes() {
    ScriptedOdoo odoo = new ScriptedOdoo(Map.of());

    boolean created =
        CustomField.charField("stock.picking", "x_wms_ref", "WMS reference")
            .ensureIn(odoo.client());

    assertThat(created).isTrue();
    assertThat(odoo.creates)
        .containsExactly(
            "ir.model.fields {model_id=42, name=x_wms_ref, field_description=WMS reference,"
                + " ttype=char, state=manual}");
  }

  @Test
  void anExistingFieldOfTheSameTypeIsLeftAlone() {
    ScriptedOdoo odoo = new ScriptedOdoo(Map.of("x_wms_ref", field("x_wms_ref", "char")));

    assertThat(
            CustomField.charField("stock.picking", "x_wms_ref", "WMS reference")
                .ensureIn(odoo.client()))
        .isFalse();
    assertThat(odoo.creates).isEmpty();
  }

  @Test
  void anExistingFieldOfAnotherTypeIsAMappingErrorNamingBothTypes() {
    ScriptedOdoo odoo = new ScriptedOdoo(Map.of("x_wms_ref", field("x_wms_ref", "boolean")));

    assertThatThrownBy(
            () ->
                CustomField.charField("stock.picking", "x_wms_ref", "WMS reference")
                    .ensureIn(odoo.client()))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("stock.picking.x_wms_ref")
        .hasMessageContaining("boolean")
        .hasMessageContaining("char");
    assertThat(odoo.creates).isEmpty();
  }

  @Test
  void aModelUnknownToTheDatabaseIsAMappingError() {
    ScriptedOdoo odoo = new ScriptedOdoo(Map.of());

    assertThatThrownBy(
            () ->
                CustomField.datetimeField("x_carrier.parcel", "x_delivered_at", "Delivered at")
                    .ensureIn(odoo.client()))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("x_carrier.parcel");
    assertThat(odoo.creates).isEmpty();
  }

  @Test
  void onlyCustomFieldNamesAndSupportedTypesAreAcceptedWithATypedErrorNamingTheValue() {
    assertThatThrownBy(() -> CustomField.charField("stock.picking", "wms_ref", "WMS reference"))
        .isInstanceOfSatisfying(
            MappingException.class,
            e -> {
              assertThat(e).isInstanceOf(OdooConnectorException.class);
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.model()).isEqualTo("stock.picking");
              assertThat(e.field()).contains("wms_ref");
            })
        .hasMessageContaining("'wms_ref'");
    assertThatThrownBy(() -> new CustomField("stock.picking", "x_lines", "one2many", "Lines"))
        .isInstanceOfSatisfying(
            MappingException.class, e -> assertThat(e.field()).contains("x_lines"))
        .hasMessageContaining("'one2many'");
    assertThatThrownBy(() -> CustomField.booleanField("stock.picking", "x_done", " "))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("label")
        .hasMessageContaining("x_done");
  }
}
