package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit 5 extension injects started fakes, one per test, with the requested version. */
@ExtendWith(FakeOdooExtension.class)
@FakeOdooExtension.Version(OdooVersion.V18)
class FakeOdooExtensionTest {

  private FakeOdoo fromBeforeEach;

  @BeforeEach
  void setUp(FakeOdoo odoo) {
    this.fromBeforeEach = odoo;
  }

  @Test
  void injectsTheSameRunningFakeIntoBeforeEachAndTheTest(FakeOdoo odoo) throws Exception {
    assertThat(odoo).isSameAs(fromBeforeEach);
    assertThat(odoo.version()).isEqualTo(OdooVersion.V18);
    assertThat(
            Wire.jsonRpc(odoo, "common", "version", List.of())
                .json()
                .at("/result/server_version")
                .asText())
        .isEqualTo(OdooVersion.V18.serverVersion());
  }

  @Test
  void parameterAnnotationOverridesTheClassVersion(
      @FakeOdooExtension.Version(OdooVersion.V19) FakeOdoo odoo) {
    assertThat(odoo.version()).isEqualTo(OdooVersion.V19);
    assertThat(odoo.url()).startsWith("http://127.0.0.1:");
  }
}
