package io.github.odooconnector.testkit;

import io.github.odooconnector.testkit.internal.CallLog;
import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.FakeSettings;
import io.github.odooconnector.testkit.internal.FaultPlan;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.server.FakeServer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process fake Odoo server on {@code 127.0.0.1} (a free port) for tests and local
 * development.
 *
 * <p>It serves {@code /web/webclient/version_info}, {@code /xmlrpc/2/common}, {@code
 * /xmlrpc/2/object}, {@code /jsonrpc} and (when posing as Odoo 19) {@code
 * /json/2/<model>/<method>}, answering in the shapes of real Odoo servers: XML-RPC faults with
 * Odoo's fault codes, JSON-RPC error envelopes, JSON-2 error bodies and HTTP statuses, {@code
 * false} for empty values, many2one {@code [id, "name"]} pairs and {@code "YYYY-MM-DD HH:MM:SS"}
 * UTC datetimes. Records live in memory, seeded with one company, one warehouse ({@code WH/Stock},
 * {@code WH/Input}, {@code WH/Output}), picking types, products with stock, partners and a delivery
 * carrier; see {@link #ref(String)} for the seed records' external ids.
 *
 * <pre>{@code
 * try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V18).start()) {
 *     OdooClient client = OdooClient.builder().url(odoo.url()).database(odoo.database())
 *         .login(odoo.adminLogin()).password(odoo.adminPassword()).build();
 *     odoo.faults().failNext(1);
 *     ...
 *     assertThat(odoo.calls()).anyMatch(c -> c.is("stock.picking", "button_validate"));
 * }
 * }</pre>
 *
 * <p>Two users exist: the administrator (uid 2, full access) and a restricted demo user that may
 * read the business models but not change them (except partners and chatter), cannot read system
 * parameters and cannot create users; denied operations fail with Odoo's {@code AccessError}.
 * Passwords and API keys are interchangeable for XML-RPC/JSON-RPC; JSON-2 accepts only API keys
 * (bearer token).
 *
 * <p>Supported model methods: {@code search}, {@code search_read}, {@code search_count}, {@code
 * read}, {@code create} (one dict or a list), {@code write} (with x2many commands 0 to 6), {@code
 * unlink}, {@code fields_get}, {@code name_search}, {@code read_group}, {@code default_get}, {@code
 * action_archive}/{@code action_unarchive} and {@code message_post} (on documents with a chatter),
 * plus {@code sale.order.action_confirm|action_cancel|action_draft}, {@code
 * purchase.order.button_confirm|button_cancel|button_draft}, {@code
 * stock.picking.action_confirm|action_assign|button_validate|action_cancel} and {@code
 * stock.backorder.confirmation.process|process_cancel_backorder}. Confirming an order creates its
 * picking and reserves stock from quants; validating moves quants. Short validation behaves as in
 * Odoo: without {@code skip_backorder} in the context, {@code button_validate} validates nothing
 * and returns the "Create Backorder?" wizard action; with {@code skip_backorder=True} the remainder
 * goes to a backorder, except for pickings listed in {@code picking_ids_not_to_backorder} (or with
 * {@code cancel_backorder=True}) whose remainder is cancelled.
 *
 * <p>Thread-safe: any number of clients may call concurrently; each remote call runs atomically
 * (calls are serialized against the store and rolled back on error, like an Odoo transaction).
 */
public final class FakeOdoo implements AutoCloseable {

  private final FakeConfig config;
  private final Database database;
  private final FaultPlan faults;
  private final CallLog callLog;
  private final FakeServer server;
  private final FakeOdooAuth auth;

  private FakeOdoo(FakeConfig config) {
    this.config = config;
    this.callLog = new CallLog();
    this.faults = new FaultPlan();
    this.database = new Database(config);
    this.server = FakeServer.start(config, database, faults, callLog);
    this.auth = new FakeOdooAuth(config, database, server);
  }

  /**
   * Starts a fake posing as Odoo 19 with default settings.
   *
   * @return the running fake; close it when done
   * @throws FakeOdooException when the server cannot be started
   */
  public static FakeOdoo start() {
    return builder().start();
  }

  /**
   * A builder for a customized fake.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL, for example {@code http://127.0.0.1:43123} (no trailing slash).
   *
   * @return the base URL
   */
  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * The TCP port the fake listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * The version this fake poses as.
   *
   * @return the version
   */
  public OdooVersion version() {
    return config.version();
  }

  /**
   * The database name (the only database this fake serves).
   *
   * @return the database name
   */
  public String database() {
    return config.database();
  }

  /**
   * The administrator's login.
   *
   * @return the login, {@code "admin"} unless changed in the builder
   */
  public String adminLogin() {
    return config.adminLogin();
  }

  /**
   * The administrator's password.
   *
   * @return the password, {@code "admin"} unless changed in the builder
   */
  public String adminPassword() {
    return config.adminPassword();
  }

  /**
   * The administrator's API key (accepted as bearer token by JSON-2 and as password by
   * XML-RPC/JSON-RPC).
   *
   * @return the API key
   */
  public String adminApiKey() {
    return config.adminApiKey();
  }

  /**
   * The administrator's user id.
   *
   * @return always 2, as in a fresh Odoo database
   */
  public long adminUid() {
    return FakeConfig.ADMIN_UID;
  }

  /**
   * The restricted demo user's login.
   *
   * @return the login, {@code "demo"}
   */
  public String demoLogin() {
    return config.demoLogin();
  }

  /**
   * The restricted demo user's password.
   *
   * @return the password, {@code "demo"}
   */
  public String demoPassword() {
    return config.demoPassword();
  }

  /**
   * The restricted demo user's API key.
   *
   * @return the API key
   */
  public String demoApiKey() {
    return config.demoApiKey();
  }

  /**
   * The restricted demo user's id (6 on 17/18, 5 on 19, as in the captured demo databases).
   *
   * @return the demo user's id
   */
  public long demoUid() {
    return config.demoUid();
  }

  /**
   * Fault injection for upcoming model calls.
   *
   * @return the fault plan of this fake
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Every call received so far, oldest first.
   *
   * @return an immutable snapshot
   */
  public List<RecordedCall> calls() {
    return callLog.snapshot();
  }

  /** Forgets the calls recorded so far. */
  public void clearCalls() {
    callLog.clear();
  }

  /**
   * The records of a model as Odoo's {@code read} would return them to the administrator (all
   * stored fields, {@code false} for empty values, many2one as {@code List.of(id, displayName)},
   * x2many as lists of ids), ordered by id. Archived records are included.
   *
   * @param model the model name, for example {@code "stock.quant"}
   * @return an immutable snapshot, ordered by id
   * @throws FakeOdooException when the model is unknown
   */
  public List<Map<String, Object>> records(String model) {
    Objects.requireNonNull(model, "model");
    return database.snapshot(model);
  }

  /**
   * One record as in {@link #records(String)}.
   *
   * @param model the model name
   * @param id the record id
   * @return the record, or empty when it does not exist
   * @throws FakeOdooException when the model is unknown
   */
  public Optional<Map<String, Object>> record(String model, long id) {
    Objects.requireNonNull(model, "model");
    return database.snapshot(model, id);
  }

  /**
   * Authentication state of the fake: web sessions, the {@code auth_totp} second factor and API
   * keys made or revoked at run time.
   *
   * @return the fake's authentication controls
   */
  public FakeOdooAuth auth() {
    return auth;
  }

  /**
   * Writes values as a long Odoo transaction would: one that started at {@code startedAt} and
   * commits now. Odoo stamps {@code write_date} with the transaction's start time, so the change
   * becomes visible with a {@code write_date} older than changes other clients already read; use it
   * to test that a change feed's overlap window catches late commits.
   *
   * @param model the model name
   * @param id the record id
   * @param values field values as a client would send them
   * @param startedAt when the transaction started (its {@code write_date})
   * @throws FakeOdooException when the model is unknown
   */
  public void writeAsOf(String model, long id, Map<String, ?> values, Instant startedAt) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(startedAt, "startedAt");
    database.snapshot(model, id); // unknown model -> FakeOdooException
    database.writeAsOf(model, id, new LinkedHashMap<>(values), startedAt);
  }

  /**
   * The id of a seed record by its external id, like Odoo's {@code env.ref} (the same ids are
   * readable over RPC in {@code ir.model.data}). Known ids include: {@code base.main_company},
   * {@code base.main_partner}, {@code base.partner_admin}, {@code base.partner_demo}, {@code
   * base.user_admin}, {@code base.user_demo}, {@code base.USD}, {@code base.EUR}, {@code base.us},
   * {@code base.be}, {@code base.state_us_5} (California), {@code uom.product_uom_unit}, {@code
   * uom.product_uom_dozen}, {@code uom.product_uom_kgm}, {@code product.product_category_all};
   * partners {@code base.partner_wood_corner}, {@code base.partner_deco_addict}, {@code
   * base.partner_azure}, {@code base.partner_gemini} (a vendor); {@code stock.warehouse0}, {@code
   * stock.stock_location_stock}, {@code stock.stock_location_shelf_1}, {@code
   * stock.stock_location_input}, {@code stock.stock_location_output}, {@code
   * stock.stock_location_customers}, {@code stock.stock_location_suppliers}, {@code
   * stock.location_inventory}, {@code stock.picking_type_in}, {@code stock.picking_type_out},
   * {@code stock.picking_type_internal}; products (with stock in WH/Stock) {@code
   * product.product_desk} (50), {@code product.product_chair} (20, 4 reserved by a ready delivery),
   * {@code product.product_lamp} (5), {@code product.product_cable} (100), {@code
   * product.product_scanner} (10, lot-tracked, lot {@code stock.lot_scanner_0001}); {@code
   * delivery.product_delivery}, {@code delivery.free_delivery_carrier}, {@code
   * delivery.delivery_carrier_express}; {@code sale.sale_order_1} (quotation), {@code
   * sale.sale_order_2} (confirmed, delivery ready), {@code purchase.purchase_order_1} (RFQ);
   * activity types {@code mail.mail_activity_data_todo}, {@code mail.mail_activity_data_warning}
   * (Exception) and others.
   *
   * @param xmlId the external id, {@code module.name}
   * @return the record id
   * @throws FakeOdooException when no seed record has that external id
   */
  public long ref(String xmlId) {
    Objects.requireNonNull(xmlId, "xmlId");
    return database.ref(xmlId);
  }

  /** Stops the server and releases the port. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeOdoo[" + config.version() + " " + url() + " db=" + config.database() + "]";
  }

  /** Builds and starts a {@link FakeOdoo}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final FakeSettings settings = new FakeSettings();

    private Builder() {}

    /**
     * The version to pose as (default {@link OdooVersion#V19}).
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(OdooVersion version) {
      settings.version(version);
      return this;
    }

    /**
     * The database name (default {@code "odoo"}).
     *
     * @param database a non-blank name
     * @return this builder
     */
    public Builder database(String database) {
      settings.database(database);
      return this;
    }

    /**
     * The administrator's login (default {@code "admin"}).
     *
     * @param login a non-blank login
     * @return this builder
     */
    public Builder adminLogin(String login) {
      settings.adminLogin(login);
      return this;
    }

    /**
     * The administrator's password (default {@code "admin"}).
     *
     * @param password a non-blank password
     * @return this builder
     */
    public Builder adminPassword(String password) {
      settings.adminPassword(password);
      return this;
    }

    /**
     * The administrator's API key (default: 40 random hex characters, like Odoo's keys).
     *
     * @param apiKey a non-blank key
     * @return this builder
     */
    public Builder adminApiKey(String apiKey) {
      settings.adminApiKey(apiKey);
      return this;
    }

    /**
     * The demo user's API key (default: 40 random hex characters).
     *
     * @param apiKey a non-blank key
     * @return this builder
     */
    public Builder demoApiKey(String apiKey) {
      settings.demoApiKey(apiKey);
      return this;
    }

    /**
     * The clock used for {@code create_date}, {@code write_date}, {@code date_done} and similar
     * (default: system UTC clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      settings.clock(clock);
      return this;
    }

    /**
     * Poses as a minor series of the version ({@code version(V19).seriesMinor(1)} is Odoo {@code
     * saas~19.1}): {@code server_version_info} carries the minor, and from 19.1 on {@code
     * read_group} is no longer a public method (Odoo removed it; {@code formatted_read_group}
     * replaces it). Default 0 (the major release).
     *
     * @param minor 0 to 9
     * @return this builder
     */
    public Builder seriesMinor(int minor) {
      settings.seriesMinor(minor);
      return this;
    }

    /**
     * Whether the module {@code product_expiry} is installed (default {@code true}, as in the
     * captured labs): {@code stock.lot} then has {@code expiration_date}, {@code use_date}, {@code
     * removal_date}, {@code alert_date} and {@code product_expiry_alert}; without it those fields
     * do not exist ({@code fields_get} does not list them and writing them is an error).
     *
     * @param installed whether the module is installed
     * @return this builder
     */
    public Builder productExpiry(boolean installed) {
      settings.productExpiry(installed);
      return this;
    }

    /**
     * Whether to load the seed data (default {@code true}). Without it the database holds only the
     * company, the two users and their partners.
     *
     * @param seed whether to seed
     * @return this builder
     */
    public Builder seedData(boolean seed) {
      settings.seed(seed);
      return this;
    }

    /**
     * Defines a custom field (Studio-style) on a model, so it can be written, read and searched.
     *
     * @param model the model, for example {@code "stock.picking"}
     * @param name the field name; must match {@code x_[a-z0-9_]+}
     * @param type one of {@code char, text, html, integer, float, monetary, boolean, date,
     *     datetime}
     * @return this builder
     * @throws IllegalArgumentException when the name or type is not acceptable
     */
    public Builder customField(String model, String name, String type) {
      settings.customField(model, name, type);
      return this;
    }

    /**
     * Starts the fake on a free loopback port.
     *
     * @return the running fake; close it when done
     * @throws FakeOdooException when the server cannot be started or a custom field names an
     *     unknown model
     */
    public FakeOdoo start() {
      return new FakeOdoo(settings.toConfig());
    }
  }
}
