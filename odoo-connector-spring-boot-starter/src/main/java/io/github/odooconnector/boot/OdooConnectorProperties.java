package io.github.odooconnector.boot;

import io.github.odooconnector.core.api.Protocol;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
  private final Retry retry = new Retry();

  /** Logs every Odoo HTTP exchange, redacted, at DEBUG on io.github.odooconnector.wire. */
  private boolean wireLog;

  /** The reliability stores (outbox, inbox, idempotency). */
  private final Stores stores = new Stores();

  /** Health indicator thresholds. */
  private final Health health = new Health();

  /** Scheduled jobs. */
  private final Jobs jobs = new Jobs();

  /** The operations console. */
  private final Console console = new Console();

  /** The webhook endpoint. */
  private final Webhooks webhooks = new Webhooks();

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
  public Retry getRetry() {
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
  public Stores getStores() {
    return stores;
  }

  /**
   * Health settings.
   *
   * @return the nested properties
   */
  public Health getHealth() {
    return health;
  }

  /**
   * Job settings.
   *
   * @return the nested properties
   */
  public Jobs getJobs() {
    return jobs;
  }

  /**
   * Console settings.
   *
   * @return the nested properties
   */
  public Console getConsole() {
    return console;
  }

  /**
   * Webhook settings.
   *
   * @return the nested properties
   */
  public Webhooks getWebhooks() {
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

  /** {@code odoo.retry.*}: exponential backoff of the Odoo client. */
  public static class Retry {
    /** Total attempts including the first. */
    private int maxAttempts = 4;

    /** Delay before the first retry. */
    private Duration initialDelay = Duration.ofMillis(200);

    /** Upper bound of any delay. */
    private Duration maxDelay = Duration.ofSeconds(10);

    /**
     * Attempts.
     *
     * @return total attempts
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the attempts.
     *
     * @param maxAttempts total attempts
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * First delay.
     *
     * @return the delay
     */
    public Duration getInitialDelay() {
      return initialDelay;
    }

    /**
     * Sets the first delay.
     *
     * @param initialDelay the delay
     */
    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
    }

    /**
     * Maximum delay.
     *
     * @return the delay
     */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * Sets the maximum delay.
     *
     * @param maxDelay the delay
     */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }
  }

  /** {@code odoo.stores.*}: where the outbox, inbox and idempotency keys live. */
  public static class Stores {
    /** Use the JDBC stores on the application's DataSource (PostgreSQL) when there is one. */
    private boolean jdbc = true;

    /** Create or upgrade the stores' tables on start (opt out to migrate with your own tool). */
    private boolean migrateSchema = true;

    /**
     * Whether to use JDBC stores.
     *
     * @return true for JDBC
     */
    public boolean isJdbc() {
      return jdbc;
    }

    /**
     * Chooses JDBC stores.
     *
     * @param jdbc true for JDBC
     */
    public void setJdbc(boolean jdbc) {
      this.jdbc = jdbc;
    }

    /**
     * Whether the schema is migrated on start.
     *
     * @return true to migrate
     */
    public boolean isMigrateSchema() {
      return migrateSchema;
    }

    /**
     * Turns the migration on start on or off.
     *
     * @param migrateSchema true to migrate
     */
    public void setMigrateSchema(boolean migrateSchema) {
      this.migrateSchema = migrateSchema;
    }
  }

  /** {@code odoo.health.*}: when the health indicator reports a problem. */
  public static class Health {
    /** The outbox counts as stuck (DOWN) when its oldest pending event is older than this. */
    private Duration outboxStuckAfter = Duration.ofMinutes(15);

    /** Whether to call Odoo (an authenticated read) on each health check. */
    private boolean checkOdoo = true;

    /**
     * Stuck threshold.
     *
     * @return the threshold
     */
    public Duration getOutboxStuckAfter() {
      return outboxStuckAfter;
    }

    /**
     * Sets the stuck threshold.
     *
     * @param outboxStuckAfter the threshold
     */
    public void setOutboxStuckAfter(Duration outboxStuckAfter) {
      this.outboxStuckAfter = outboxStuckAfter;
    }

    /**
     * Whether Odoo is called.
     *
     * @return true to call Odoo
     */
    public boolean isCheckOdoo() {
      return checkOdoo;
    }

    /**
     * Turns the Odoo check on or off.
     *
     * @param checkOdoo true to call Odoo
     */
    public void setCheckOdoo(boolean checkOdoo) {
      this.checkOdoo = checkOdoo;
    }
  }

  /** {@code odoo.jobs.*}: the scheduled workflow jobs. */
  public static class Jobs {
    /** Run the jobs on a schedule (one instance at a time across the cluster). */
    private boolean enabled = true;

    /** Interval of the outbox delivery, inbox processing and release jobs. */
    private Duration interval = Duration.ofSeconds(10);

    /** Interval of the tracking poll and reconciliation jobs. */
    private Duration slowInterval = Duration.ofMinutes(15);

    /**
     * Whether jobs run.
     *
     * @return true when they run
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the jobs on or off.
     *
     * @param enabled true to run them
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Fast interval.
     *
     * @return the interval
     */
    public Duration getInterval() {
      return interval;
    }

    /**
     * Sets the fast interval.
     *
     * @param interval the interval
     */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    /**
     * Slow interval.
     *
     * @return the interval
     */
    public Duration getSlowInterval() {
      return slowInterval;
    }

    /**
     * Sets the slow interval.
     *
     * @param slowInterval the interval
     */
    public void setSlowInterval(Duration slowInterval) {
      this.slowInterval = slowInterval;
    }
  }

  /** {@code odoo.console.*}: the operations console (off by default). */
  public static class Console {
    /** Serve the console at /odoo-connector/console (put it behind your security). */
    private boolean enabled;

    /**
     * Whether the console is served.
     *
     * @return true when served
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the console on or off.
     *
     * @param enabled true to serve it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code odoo.webhooks.*}: the webhook endpoint. */
  public static class Webhooks {
    /** Serve POST /odoo-connector/webhooks/{source} for each WebhookVerifier bean. */
    private boolean enabled = true;

    /**
     * Whether the endpoint is served.
     *
     * @return true when served
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the endpoint on or off.
     *
     * @param enabled true to serve it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
