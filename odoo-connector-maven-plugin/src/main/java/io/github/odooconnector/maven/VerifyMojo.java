package io.github.odooconnector.maven;

import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.ModelGenerator;
import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.schema.DriftReport;
import io.github.odooconnector.core.api.typed.ModelSchema;
import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Compares a live Odoo with the models generated from the snapshots (the same metadata the
 * generated classes embed): missing models and fields, changed types and relations, required-ness,
 * selection values added or removed. Prints one report grouped by model, naming the server's
 * version, and fails the build or warns ({@code driftPolicy}). Not thread-safe (one instance per
 * execution).
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends AbstractOdooMojo {

  /** Which models and fields were generated. */
  @Parameter(
      property = "odoo.configFile",
      defaultValue = "${project.basedir}/src/main/odoo/odoo-models.json")
  private File configFile;

  /** Directory with the snapshots {@code odoo-<major>.json}. */
  @Parameter(property = "odoo.snapshotDirectory", defaultValue = "${project.basedir}/src/main/odoo")
  private File snapshotDirectory;

  /** Explicit snapshot files, instead of every {@code odoo-<major>.json} of the directory. */
  @Parameter private List<File> snapshots;

  /** {@code FAIL}, {@code FAIL_ON_BREAKING} or {@code WARN}. */
  @Parameter(property = "odoo.driftPolicy", defaultValue = "FAIL_ON_BREAKING")
  private DriftPolicy driftPolicy;

  /** Skips verification. */
  @Parameter(property = "odoo.verify.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Creates the goal (called by Maven).
   *
   * @param decrypter decrypts passwords of settings.xml servers
   */
  @Inject
  public VerifyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("typed model verification skipped");
      return;
    }
    DriftReport report;
    try {
      List<ModelSchema> schemas =
          ModelGenerator.schemas(
              GeneratorConfig.read(configFile.toPath()),
              Snapshots.read(snapshots, snapshotDirectory));
      try (OdooClient client = connect()) {
        report = client.schema().verify(schemas);
      }
    } catch (OdooConnectorException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    if (report.isClean()) {
      getLog().info(report.format());
      return;
    }
    boolean fail =
        switch (driftPolicy) {
          case FAIL -> true;
          case FAIL_ON_BREAKING -> !report.breaking().isEmpty();
          case WARN -> false;
        };
    for (String line : report.format().split("\n")) {
      getLog().warn(line);
    }
    if (fail) {
      throw new MojoFailureException(
          "the Odoo schema of "
              + target()
              + " drifted from the generated models (driftPolicy "
              + driftPolicy
              + "):\n"
              + report.format());
    }
  }
}
