package io.github.odooconnector.boot;

/**
 * {@code odoo.stores.*}: where the outbox, inbox and idempotency keys live.
 *
 * <p>Bound once at start-up; not thread-safe while being bound.
 */
public class OdooStoresProperties {
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
