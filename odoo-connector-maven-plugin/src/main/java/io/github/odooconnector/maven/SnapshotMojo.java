package io.github.odooconnector.maven;

import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.GeneratorConfig.ModelConfig;
import io.github.odooconnector.codegen.SchemaSnapshot;
import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.OdooClient;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Reads {@code fields_get} of some models from a live Odoo and writes the schema snapshot {@code
 * odoo-<major>.json} (commit it; builds then generate offline). The models are those of {@code
 * models}, or else every model of the configuration file (under its alias for the server's
 * version). Not thread-safe (one instance per execution).
 */
@Mojo(name = "snapshot", requiresProject = false, threadSafe = true)
public class SnapshotMojo extends AbstractOdooMojo {

  /** The models to describe; empty to take them from {@code configFile}. */
  @Parameter(property = "odoo.models")
  private List<String> models;

  /** The generator configuration, used when {@code models} is empty. */
  @Parameter(
      property = "odoo.configFile",
      defaultValue = "${project.basedir}/src/main/odoo/odoo-models.json")
  private File configFile;

  /** Where to write {@code odoo-<major>.json}. */
  @Parameter(property = "odoo.snapshotDirectory", defaultValue = "${project.basedir}/src/main/odoo")
  private File snapshotDirectory;

  /**
   * Creates the goal (called by Maven).
   *
   * @param decrypter decrypts passwords of settings.xml servers
   */
  @Inject
  public SnapshotMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try (OdooClient client = connect()) {
      int major = client.serverVersion().major();
      Set<String> wanted = new LinkedHashSet<>();
      if (models != null && !models.isEmpty()) {
        wanted.addAll(models);
      } else if (configFile != null && configFile.isFile()) {
        for (ModelConfig m : GeneratorConfig.read(configFile.toPath()).models()) {
          wanted.add(m.aliases().getOrDefault(major, m.model()));
        }
      } else {
        throw new MojoExecutionException(
            "name the models (odoo.models) or a configuration file (odoo.configFile)");
      }
      SchemaSnapshot s = SchemaSnapshot.capture(client, new ArrayList<>(wanted));
      Path file = snapshotDirectory.toPath().resolve("odoo-" + s.major() + ".json");
      s.write(file);
      getLog()
          .info(
              "wrote the schema of "
                  + s.models().size()
                  + " models of Odoo "
                  + s.serverVersion()
                  + " from "
                  + target()
                  + " to "
                  + file);
    } catch (OdooConnectorException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
