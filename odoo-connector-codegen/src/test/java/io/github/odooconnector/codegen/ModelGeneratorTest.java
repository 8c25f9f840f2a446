package io.github.odooconnector.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.codegen.GeneratorConfig.FieldConfig;
import io.github.odooconnector.codegen.GeneratorConfig.ModelConfig;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.typed.ModelSchema;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.TypedRecord;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelGeneratorTest {

  private static final List<SchemaSnapshot> ALL =
      List.of(Snapshots.sales(17), Snapshots.sales(18), Snapshots.sales(19));

  private static GeneratorConfig orders() {
    return GeneratorConfig.of(
        "com.acme.odoo",
        ModelConfig.of(
            "sale.order",
            "name",
            "partner_id",
            "state",
            "amount_total",
            "date_order",
            "validity_date",
            "order_line",
            "locked",
            "new_in_18"),
        ModelConfig.of("sale.order.line", "order_id", "product_uom_qty")
            .withField(
                FieldConfig.of("product_uom_id")
                    .withAlias(17, "product_uom")
                    .withAlias(18, "product_uom")));
  }

  @Test
  void unknownModelsAndFieldsAreAllReportedAtOnceWithSuggestions() {
    GeneratorConfig config =
        GeneratorConfig.of(
            "com.acme.odoo",
            ModelConfig.of("sale.ordr", "name"),
            ModelConfig.of("sale.order", "nmae", "partner_id", "id"));

    assertThatThrownBy(() -> ModelGenerator.generate(config, ALL))
        .isInstanceOf(CodegenException.class)
        .satisfies(
            e ->
                assertThat(((CodegenException) e).problems())
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("model sale.ordr is not in the snapshot of Odoo 17.0")
                                .contains("did you mean 'sale.order'"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("unknown field 'nmae' on sale.order")
                                .contains("did you mean 'name'"))
                    .anySatisfy(p -> assertThat(p).contains("the id is always generated")));
  }

  @Test
  void aFieldWhoseTypeChangedBetweenVersionsIsRefused() {
    GeneratorConfig config =
        GeneratorConfig.of("com.acme.odoo", ModelConfig.of("sale.order.line", "sequence"));

    assertThatThrownBy(() -> ModelGenerator.generate(config, ALL))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("sale.order.line.sequence: the type differs between versions")
        .hasMessageContaining("integer on 17, char on 18, char on 19");
  }

  @Test
  void unsupportedTypesDuplicateSnapshotsAndAliasesWithoutSnapshotAreRefused() {
    GeneratorConfig config =
        GeneratorConfig.of(
            "com.acme.odoo",
            ModelConfig.of("sale.order", "properties").withAlias(16, "sale.order"));

    assertThatThrownBy(
            () ->
                ModelGenerator.generate(config, List.of(Snapshots.sales(17), Snapshots.sales(17))))
        .isInstanceOf(CodegenException.class)
        .satisfies(
            e ->
                assertThat(((CodegenException) e).problems())
                    .anySatisfy(p -> assertThat(p).contains("two snapshots of Odoo 17"))
                    .anySatisfy(p -> assertThat(p).contains("alias for Odoo 16"))
                    .anySatisfy(p -> assertThat(p).contains("type 'properties'")));
  }

  @Test
  void reservedOrInvalidJavaNamesNeedAnExplicitJavaName() {
    GeneratorConfig bad = GeneratorConfig.of("Com.acme", ModelConfig.of("sale.order", "locked"));
    GeneratorConfig clash =
        GeneratorConfig.of(
            "com.acme.odoo",
            new ModelConfig(
                "sale.order",
                null,
                Map.of(),
                List.of(
                    new FieldConfig("name", "source", Map.of(), false),
                    new FieldConfig("partner_id", "name", Map.of(), false),
                    FieldConfig.of("name"))));

    assertThatThrownBy(() -> ModelGenerator.generate(bad, ALL))
        .hasMessageContaining("'Com.acme' is not a valid lower-case Java package name");
    assertThatThrownBy(() -> ModelGenerator.generate(clash, ALL))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("'source' cannot be a record component name")
        .hasMessageContaining("sale.order.name is listed twice");
  }

  @Test
  void aFieldOnSomeVersionsOnlyIsGeneratedWithAWarning() {
    GenerationResult result = ModelGenerator.generate(orders(), ALL);

    assertThat(result.warnings())
        .containsExactly(
            "sale.order.new_in_18 exists only on Odoo 18, 19 (not on Odoo 17): it reads as null"
                + " there; if it was renamed, declare an alias");
    assertThat(result.files())
        .extracting(GeneratedFile::path)
        .containsExactly(
            "com/acme/odoo/SaleOrder.java",
            "com/acme/odoo/SaleOrderLine.java",
            "com/acme/odoo/SaleOrderState.java");
  }

  @Test
  void selectionKeysBecomeEnumConstantsWithAnUnknownFallbackAndVersionNotes() {
    String e =
        ModelGenerator.generate(orders(), ALL).files().stream()
            .filter(f -> f.path().endsWith("SaleOrderState.java"))
            .findFirst()
            .orElseThrow()
            .content();

    assertThat(e)
        .contains("  DRAFT(\"draft\"),")
        .contains("  TO_APPROVE(\"to approve\"),")
        .contains("{@code to approve}: To Approve. Only on Odoo 18, 19.")
        .contains("  UNKNOWN(null);");
  }

  @Test
  void theSameInputAlwaysGivesTheSameOutput() {
    assertThat(ModelGenerator.generate(orders(), ALL))
        .isEqualTo(ModelGenerator.generate(orders(), List.of(ALL.get(2), ALL.get(0), ALL.get(1))));
  }

  @Test
  void schemasCarryOneSpecPerDistinctShapeAndTheModelNamePerVersion() {
    List<ModelSchema> schemas = ModelGenerator.schemas(orders(), ALL);

    ModelSchema line = schemas.get(1);
    assertThat(line.typeName()).isEqualTo("SaleOrderLine");
    assertThat(line.names()).containsEntry(17, "sale.order.line").hasSize(3);
    assertThat(line.fields().get(2).specs())
        .extracting(s -> s.name() + s.majors())
        .containsExactly("product_uom[17, 18]", "product_uom_id[19]");
    assertThat(schemas.get(0).fields().get(2).specs()).hasSize(2); // state: 17 keys, 18/19 keys
  }

  /** The generated sources compile against core alone and behave per version. */
  @Test
  void generatedSourcesCompileAndDecodePerVersion(@TempDir Path dir) throws Exception {
    GenerationResult result = ModelGenerator.generate(orders(), ALL);
    result.writeTo(dir.resolve("src"));
    ClassLoader loader = compile(dir, result);

    OdooModel<?> lineModel = model(loader, "com.acme.odoo.SaleOrderLine");
    TypedRecord line =
        lineModel.decode(
            OdooRecord.of(
                Map.of(
                    "id",
                    5L,
                    "order_id",
                    List.of(9L, "S0009"),
                    "product_uom_id",
                    List.of(1L, "Units"))),
            ServerVersion.parse("19.0"));
    Method unit = line.getClass().getMethod("productUomId");
    Object condition =
        loader
            .loadClass("com.acme.odoo.SaleOrderLine")
            .getField("PRODUCT_UOM_ID")
            .get(null)
            .getClass()
            .getMethod("eq", long.class)
            .invoke(
                loader
                    .loadClass("com.acme.odoo.SaleOrderLine")
                    .getField("PRODUCT_UOM_ID")
                    .get(null),
                1L);

    assertThat(lineModel.name()).isEqualTo("sale.order.line");
    assertThat(unit.invoke(line).toString()).contains("Units");
    assertThat(
            condition
                .getClass()
                .getMethod("toDomain", ServerVersion.class)
                .invoke(condition, ServerVersion.parse("17.0")))
        .isEqualTo(Domain.where("product_uom", "=", 1L));
    assertThat(result.writeTo(dir.resolve("src"))).as("unchanged files are not rewritten").isZero();
  }

  static ClassLoader compile(Path dir, GenerationResult result)
      throws IOException, URISyntaxException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>();
    args.add("-d");
    args.add(dir.resolve("classes").toString());
    args.add("-classpath");
    args.add(
        Path.of(OdooModel.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
    args.add("-Xlint:all");
    args.add("-Werror");
    args.add("-Xdoclint:all/protected");
    for (GeneratedFile f : result.files()) {
      args.add(dir.resolve("src").resolve(f.path()).toString());
    }
    Files.createDirectories(dir.resolve("classes"));
    int status = javac.run(null, null, null, args.toArray(new String[0]));
    assertThat(status).as("javac exit status of the generated sources").isZero();
    return new URLClassLoader(
        new URL[] {dir.resolve("classes").toUri().toURL()},
        ModelGeneratorTest.class.getClassLoader());
  }

  static OdooModel<?> model(ClassLoader loader, String className) throws Exception {
    return (OdooModel<?>) loader.loadClass(className).getField("MODEL").get(null);
  }
}
