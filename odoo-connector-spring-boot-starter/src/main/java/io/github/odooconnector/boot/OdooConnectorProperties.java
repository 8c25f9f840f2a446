package io.github.odooconnector.boot;

import io.github.odooconnector.core.api.Protocol;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code odoo.*} configuration properties of the starter (IDE completion comes from the
 * generated configuration metadata). Bound once at start-up; not thread-safe while being bound.
 */
@ConfigurationProperties("odoo")
public class OdooConnectorProperties {

  /** Base URL of the Odoo server, for example https://erp.example.com. */
  private String url;

  /** Odoo database name. */
  private String database;

  /** Login of the integration user. */
  private String login;

  /** Password of the integration user (prefer api-key). */
  private String password;

  /** API key of the integration user. */
  private String apiKey;

  /** Wire protocol; AUTO picks JSON-2 on Odoo 19+ and JSON-RPC before. */
  private Protocol protocol = Protocol.AUTO;

  /** TCP connect timeout. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Timeout of one HTTP attempt. */
  private Duration requestTimeout = Duration.ofSeconds(60);

  /** Deadline of a whole call including retries. */
  private Duration callTimeout = Duration.ofMinutes(3);

  /** Retries of the Odoo client. */
  @NestedConfigurationProperty private final OdooRetryProperties retry = new OdooRetryProperties();

  /** Logs every Odoo HTTP exchange, redacted, at DEBUG on io.github.odooconnector.wire. */
  private boolean wireLog;

  /** The reliability stores (outbox, inbox, idempotency). */
  @NestedConfigurationProperty
  private final OdooStoresProperties stores = new OdooStoresProperties();

  /** Outbox delivery wake-ups. */
  @NestedConfigurationProperty
  private final OdooOutboxProperties outbox = new OdooOutboxProperties();

  /** Inbox processing wake-ups. */
  @NestedConfigurationProperty private final OdooInboxProperties inbox = new OdooInboxProperties();

  /** Health indicator thresholds. */
  @NestedConfigurationProperty
  private final OdooHealthProperties health = new OdooHealthProperties();

  /** Scheduled jobs. */
  @NestedConfigurationProperty private final OdooJobsProperties jobs = new OdooJobsProperties();

  /** The operations console. */
  @NestedConfigurationProperty
  private final OdooConsoleProperties console = new OdooConsoleProperties();

  /** The webhook endpoint. */
  @NestedConfigurationProperty
  private final OdooWebhooksProperties webhooks = new OdooWebhooksProperties();

  /** A WMS integration built from configuration. */
  @NestedConfigurationProperty private final OdooWmsProperties wms = new OdooWmsProperties();

  /** A shipping integration built from configuration. */
  @NestedConfigurationProperty
  private final OdooShippingProperties shipping = new OdooShippingProperties();

  /**
   * Base URL of the Odoo server.
   *
   * @return the URL, or null when not set
   */
  public String getUrl() {
    return url;
  }

  /**
   * Sets the base URL.
   *
   * @param url the URL
   */
  public void setUrl(String url) {
    this.url = url;
  }

  /**
   * Odoo database.
   *
   * @return the name, or null
   */
  public String getDatabase() {
    return database;
  }

  /**
   * Sets the database.
   *
   * @param database the name
   */
  public void setDatabase(String database) {
    this.database = database;
  }

  /**
   * Login.
   *
   * @return the login, or null
   */
  public String getLogin() {
    return login;
  }

  /**
   * Sets the login.
   *
   * @param login the login
   */
  public void setLogin(String login) {
    this.login = login;
  }

  /**
   * Password.
   *
   * @return the password, or null
   */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the password.
   *
   * @param password the password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * API key.
   *
   * @return the key, or null
   */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * Protocol.
   *
   * @return the protocol
   */
  public Protocol getProtocol() {
    return protocol;
  }

  /**
   * Sets the protocol.
   *
   * @param protocol the protocol
   */
  public void setProtocol(Protocol protocol) {
    this.protocol = protocol;
  }

  /**
   * Connect timeout.
   *
   * @return the timeout
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout the timeout
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * Request timeout.
   *
   * @return the timeout
   */
  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  /**
   * Sets the request timeout.
   *
   * @param requestTimeout the timeout
   */
  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /**
   * Call timeout.
   *
   * @return the timeout
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the call timeout.
   *
   * @param callTimeout the timeout
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * Retry settings.
   *
   * @return the nested properties
   */
  public OdooRetryProperties getRetry() {
    return retry;
  }

  /**
   * Whether the wire log is on.
   *
   * @return true when on
   */
  public boolean isWireLog() {
    return wireLog;
  }

  /**
   * Turns the wire log on or off.
   *
   * @param wireLog true for on
   */
  public void setWireLog(boolean wireLog) {
    this.wireLog = wireLog;
  }

  /**
   * Store settings.
   *
   * @return the nested properties
   */
  public OdooStoresProperties getStores() {
    return stores;
  }

  /**
   * Health settings.
   *
   * @return the nested properties
   */
  public OdooHealthProperties getHealth() {
    return health;
  }

  /**
   * Job settings.
   *
   * @return the nested properties
   */
  public OdooJobsProperties getJobs() {
    return jobs;
  }

  /**
   * Console settings.
   *
   * @return the nested properties
   */
  public OdooConsoleProperties getConsole() {
    return console;
  }

  /**
   * Webhook settings.
   *
   * @return the nested properties
   */
  public OdooWebhooksProperties getWebhooks() {
    return webhooks;
  }

  @Override
  public String toString() {
    return "OdooConnectorProperties[url="
        + url
        + ", database="
        + database
        + ", login="
        + login
        + ", password="
        + (password == null ? "null" : "***")
        + ", apiKey="
        + (apiKey == null ? "null" : "***")
        + "]";
  }

  /**
   * The WMS integration settings.
   *
   * @return {@code odoo.wms.*}
   */
  public OdooWmsProperties getWms() {
    return wms;
  }

  /**
   * The shipping integration settings.
   *
   * @return {@code odoo.shipping.*}
   */
  public OdooShippingProperties getShipping() {
    return shipping;
  }

  /**
   * The outbox delivery settings.
   *
   * @return {@code odoo.outbox.*}
   */
  public OdooOutboxProperties getOutbox() {
    return outbox;
  }

  /**
   * The inbox processing settings.
   *
   * @return {@code odoo.inbox.*}
   */
  public OdooInboxProperties getInbox() {
    return inbox;
  }
}
