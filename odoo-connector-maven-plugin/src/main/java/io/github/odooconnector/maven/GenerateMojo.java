package io.github.odooconnector.maven;

import io.github.odooconnector.codegen.GenerationResult;
import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.ModelGenerator;
import io.github.odooconnector.common.OdooConnectorException;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed model sources from the committed schema snapshots and the configuration file, and
 * adds them as a compile source root. Offline: it never contacts Odoo. Not thread-safe (one
 * instance per execution).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** Which models and fields to generate (see {@code docs/typed-models.md}). */
  @Parameter(
      property = "odoo.configFile",
      defaultValue = "${project.basedir}/src/main/odoo/odoo-models.json")
  private File configFile;

  /** Directory with the snapshots {@code odoo-<major>.json}, one per Odoo version to support. */
  @Parameter(property = "odoo.snapshotDirectory", defaultValue = "${project.basedir}/src/main/odoo")
  private File snapshotDirectory;

  /** Explicit snapshot files, instead of every {@code odoo-<major>.json} of the directory. */
  @Parameter private List<File> snapshots;

  /** Where the sources go. */
  @Parameter(
      property = "odoo.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/odoo")
  private File outputDirectory;

  /** Skips generation. */
  @Parameter(property = "odoo.generate.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Creates the goal (called by Maven). */
  public GenerateMojo() {}

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("typed model generation skipped");
      return;
    }
    try {
      GeneratorConfig config = GeneratorConfig.read(configFile.toPath());
      GenerationResult result =
          ModelGenerator.generate(config, Snapshots.read(snapshots, snapshotDirectory));
      result.warnings().forEach(w -> getLog().warn(w));
      int written = result.writeTo(outputDirectory.toPath());
      getLog()
          .info(
              "typed Odoo models: "
                  + result.files().size()
                  + " files ("
                  + written
                  + " changed) in "
                  + outputDirectory);
    } catch (OdooConnectorException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }
}
