package io.github.odooconnector.maven;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import java.util.Objects;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Connection settings shared by the goals that talk to a live Odoo. Credentials come from a {@code
 * <server>} of {@code settings.xml} ({@code serverId}: username = login, password = API key or
 * password, decrypted if encrypted) or from {@code odoo.apiKey}/{@code odoo.password} (for CI
 * secrets); they are never logged. Not thread-safe (Maven creates one instance per execution).
 */
abstract class AbstractOdooMojo extends AbstractMojo {

  /** Base URL of the Odoo server, for example {@code https://erp.example.com}. */
  @Parameter(property = "odoo.url", required = true)
  private String url;

  /** Database name. */
  @Parameter(property = "odoo.database", required = true)
  private String database;

  /** Login; taken from the {@code serverId} server when set there. */
  @Parameter(property = "odoo.login")
  private String login;

  /** API key (preferred; required for JSON-2 on Odoo 19). */
  @Parameter(property = "odoo.apiKey")
  private String apiKey;

  /** Password, when no API key is used. */
  @Parameter(property = "odoo.password")
  private String password;

  /** Id of a {@code <server>} in {@code settings.xml} holding login and API key or password. */
  @Parameter(property = "odoo.serverId")
  private String serverId;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  private final SettingsDecrypter decrypter;

  AbstractOdooMojo(SettingsDecrypter decrypter) {
    this.decrypter = Objects.requireNonNull(decrypter, "decrypter");
  }

  /** A client for the configured server; close it after use. */
  final OdooClient connect() throws MojoExecutionException {
    String user = login;
    String secret = apiKey != null && !apiKey.isEmpty() ? apiKey : password;
    boolean isKey = apiKey != null && !apiKey.isEmpty();
    if (serverId != null && !serverId.isEmpty()) {
      Server server = session.getSettings().getServer(serverId);
      if (server == null) {
        throw new MojoExecutionException(
            "no <server> with id '" + serverId + "' in settings.xml (odoo.serverId)");
      }
      SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      Server s = r.getServer() != null ? r.getServer() : server;
      if (user == null || user.isEmpty()) {
        user = s.getUsername();
      }
      if (secret == null || secret.isEmpty()) {
        secret = s.getPassword();
        isKey = true;
      }
    }
    if (user == null || user.isEmpty()) {
      throw new MojoExecutionException(
          "set odoo.login (or a username in the odoo.serverId server)");
    }
    if (secret == null || secret.isEmpty()) {
      throw new MojoExecutionException(
          "set odoo.apiKey or odoo.password, or odoo.serverId naming a settings.xml server");
    }
    OdooClientBuilder b = OdooClient.builder().url(url).database(database).login(user);
    if (isKey) {
      b.apiKey(secret);
    } else {
      b.password(secret);
    }
    return b.build();
  }

  /** Where the client connects, without credentials, for messages. */
  final String target() {
    return url + " (database " + database + ")";
  }
}
