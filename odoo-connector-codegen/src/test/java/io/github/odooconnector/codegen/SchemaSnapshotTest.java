package io.github.odooconnector.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSnapshotTest {

  @Test
  void aSnapshotFileRoundTripsAndIsSortedWithUnixLineEnds(@TempDir Path dir) {
    SchemaSnapshot s = Snapshots.sales(18);
    Path file = dir.resolve("nested/odoo-18.json");

    s.write(file);
    SchemaSnapshot back = SchemaSnapshot.read(file);

    assertThat(back).isEqualTo(s);
    assertThat(back.major()).isEqualTo(18);
    assertThat(s.toJson())
        .startsWith("{\n  \"format\" : \"odoo-connector-schema-snapshot/1\",\n")
        .doesNotContain("\r")
        .containsSubsequence("\"amount_total\"", "\"date_order\"", "\"name\"", "\"state\"");
    assertThat(back.model("sale.order").orElseThrow().get("amount_total").digits())
        .containsExactly(16, 2);
  }

  @Test
  void aFileThatIsNotASnapshotOfThisFormatIsRefusedNamingIt() {
    assertThatThrownBy(() -> SchemaSnapshot.parse("{\"format\": \"other/2\"}", "odoo-17.json"))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("odoo-17.json is not an odoo-connector schema snapshot")
        .hasMessageContaining("odoo-connector-schema-snapshot/1");
    assertThatThrownBy(() -> SchemaSnapshot.parse("{not json", "x.json"))
        .hasMessageContaining("x.json is not valid JSON");
    String wrongMajor = Snapshots.sales(18).toJson().replace("\"major\" : 18", "\"major\" : 17");
    assertThatThrownBy(() -> SchemaSnapshot.parse(wrongMajor, "odoo-18.json"))
        .hasMessageContaining("\"major\" is 17 but serverVersion '18.0-20250101' is Odoo 18");
    assertThatThrownBy(() -> SchemaSnapshot.read(Path.of("does/not/exist.json")))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("cannot read snapshot");
  }

  // Capturing from a live server (FakeOdoo 17/18/19): CodegenOnFakeOdooTest in integration-tests.
}
