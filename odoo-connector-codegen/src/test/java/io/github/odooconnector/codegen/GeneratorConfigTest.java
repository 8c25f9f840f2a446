package io.github.odooconnector.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {

  @Test
  void aConfigurationFileWithAliasesAndOptionsIsRead() {
    GeneratorConfig c =
        GeneratorConfig.parse(
            """
            {
              "format": "odoo-connector-codegen/1",
              "package": "com.acme.odoo",
              "models": [
                { "model": "stock.package", "className": "Parcel",
                  "aliases": { "17": "stock.quant.package" },
                  "fields": ["name",
                             { "field": "tz", "selectionAsText": true, "javaName": "zone" }] }
              ]
            }
            """,
            "odoo-models.json");

    assertThat(c.packageName()).isEqualTo("com.acme.odoo");
    assertThat(c.models().get(0).className()).isEqualTo("Parcel");
    assertThat(c.models().get(0).aliases()).isEqualTo(Map.of(17, "stock.quant.package"));
    assertThat(c.models().get(0).fields().get(1))
        .isEqualTo(new GeneratorConfig.FieldConfig("tz", "zone", Map.of(), true));
  }

  @Test
  void everyProblemOfAConfigurationFileIsListed() {
    assertThatThrownBy(
            () ->
                GeneratorConfig.parse(
                    """
                    {
                      "format": "odoo-connector-codegen/0",
                      "models": [
                        { "model": "sale.order", "feilds": ["name"] },
                        { "model": "stock.picking", "aliases": { "seventeen": "x" },
                          "fields": [42, { "field": "state", "selectionAsText": "yes" }] }
                      ]
                    }
                    """,
                    "odoo-models.json"))
        .isInstanceOf(CodegenException.class)
        .hasMessageStartingWith("odoo-models.json has 7 problems")
        .hasMessageContaining("\"format\" must be \"odoo-connector-codegen/1\"")
        .hasMessageContaining("\"package\" (the Java package of the generated sources) is missing")
        .hasMessageContaining("unknown key \"models[0].feilds\"")
        .hasMessageContaining("models[0] (sale.order).fields must be a non-empty array")
        .hasMessageContaining("'seventeen' is not an Odoo major version")
        .hasMessageContaining("fields[0] must be a field name or an object")
        .hasMessageContaining("selectionAsText must be true or false");
  }
}
