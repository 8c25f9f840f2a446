package io.github.odooconnector.carrier.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.model.CanonicalJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link TrackingStateStore} in a relational table, so the last applied tracking status survives
 * restarts and is shared by every instance receiving webhooks. One row per {@code (carrier_code,
 * tracking_number)} with an optimistic-locking {@code version}; the state itself is JSON text.
 * Written for PostgreSQL (plain SQL, no vendor extensions besides the unique-violation SQLState
 * {@code 23505}).
 *
 * <pre>{@code
 * CREATE TABLE IF NOT EXISTS odc_carrier_tracking_state (
 *   carrier_code    VARCHAR(64)  NOT NULL,
 *   tracking_number VARCHAR(128) NOT NULL,
 *   version         BIGINT       NOT NULL,
 *   state_json      TEXT         NOT NULL,
 *   updated_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
 *   PRIMARY KEY (carrier_code, tracking_number))
 * }</pre>
 *
 * <p>Create the table with your migration tool ({@link #ddl(String)} returns the statement) or call
 * {@link #createTableIfMissing()}. Rows are small; delete rows of long-delivered parcels with your
 * own retention job.
 *
 * <p>Thread-safe: every call takes its own connection from the data source (auto-commit).
 */
public final class JdbcTrackingStateStore implements TrackingStateStore {

  /** The default table name. */
  public static final String DEFAULT_TABLE = "odc_carrier_tracking_state";

  private static final ObjectMapper JSON = CanonicalJson.mapper();

  private final DataSource dataSource;
  private final String table;

  /**
   * Creates a store on {@link #DEFAULT_TABLE}.
   *
   * @param dataSource the database
   */
  public JdbcTrackingStateStore(DataSource dataSource) {
    this(dataSource, DEFAULT_TABLE);
  }

  /**
   * Creates a store on a named table.
   *
   * @param dataSource the database
   * @param table the table name: lower-case letters, digits and underscores, optionally
   *     schema-qualified
   */
  public JdbcTrackingStateStore(DataSource dataSource, String table) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.table = requireIdentifier(table);
  }

  /**
   * The DDL creating the table.
   *
   * @param table the table name
   * @return the {@code CREATE TABLE IF NOT EXISTS} statement
   */
  public static String ddl(String table) {
    return "CREATE TABLE IF NOT EXISTS "
        + requireIdentifier(table)
        + " (carrier_code VARCHAR(64) NOT NULL, tracking_number VARCHAR(128) NOT NULL, version"
        + " BIGINT NOT NULL, state_json TEXT NOT NULL, updated_at TIMESTAMP NOT NULL DEFAULT"
        + " CURRENT_TIMESTAMP, PRIMARY KEY (carrier_code, tracking_number))";
  }

  /**
   * Creates the table if it does not exist.
   *
   * @throws CarrierException (retryable) if the database fails
   */
  public void createTableIfMissing() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(ddl(table));
    } catch (SQLException e) {
      throw failure("create table", e);
    }
  }

  @Override
  public Optional<TrackingState> find(String carrierCode, String trackingNumber) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT version, state_json FROM "
                    + table
                    + " WHERE carrier_code = ? AND tracking_number = ?")) {
      ps.setString(1, carrierCode);
      ps.setString(2, trackingNumber);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long version = rs.getLong(1);
        TrackingState stored = JSON.readValue(rs.getString(2), TrackingState.class);
        return Optional.of(
            new TrackingState(
                stored.carrierCode(),
                stored.trackingNumber(),
                stored.lastApplied(),
                stored.recentEventKeys(),
                version));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    } catch (JsonProcessingException e) {
      throw new CarrierException(
          carrierCode,
          "stored tracking state of " + trackingNumber + " in " + table + " is not readable",
          null,
          false,
          e);
    }
  }

  @Override
  public boolean compareAndSet(long expectedVersion, TrackingState next) {
    Objects.requireNonNull(next, "next");
    if (next.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "next.version must be " + (expectedVersion + 1) + ", got " + next.version());
    }
    String json;
    try {
      json = JSON.writeValueAsString(next);
    } catch (JsonProcessingException e) {
      throw new CarrierException(
          next.carrierCode(),
          "tracking state of " + next.trackingNumber() + " cannot be written as JSON",
          null,
          false,
          e);
    }
    try (Connection c = dataSource.getConnection()) {
      if (expectedVersion == 0) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO "
                    + table
                    + " (carrier_code, tracking_number, version, state_json) VALUES (?, ?, ?,"
                    + " ?)")) {
          ps.setString(1, next.carrierCode());
          ps.setString(2, next.trackingNumber());
          ps.setLong(3, next.version());
          ps.setString(4, json);
          ps.executeUpdate();
          return true;
        } catch (SQLException e) {
          if ("23505".equals(e.getSQLState())) {
            return false;
          }
          throw e;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE "
                  + table
                  + " SET version = ?, state_json = ?, updated_at = CURRENT_TIMESTAMP"
                  + " WHERE carrier_code = ? AND tracking_number = ? AND version = ?")) {
        ps.setLong(1, next.version());
        ps.setString(2, json);
        ps.setString(3, next.carrierCode());
        ps.setString(4, next.trackingNumber());
        ps.setLong(5, expectedVersion);
        return ps.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  private CarrierException failure(String what, SQLException e) {
    return new CarrierException(
        null,
        "tracking state store "
            + table
            + ": "
            + what
            + " failed (SQLState "
            + e.getSQLState()
            + ")",
        null,
        true,
        e);
  }

  private static String requireIdentifier(String table) {
    Objects.requireNonNull(table, "table");
    if (!table.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
      throw new IllegalArgumentException(
          "table must be a lower-case SQL identifier, got '" + table + "'");
    }
    return table;
  }

  @Override
  public String toString() {
    return "JdbcTrackingStateStore[" + table + "]";
  }
}
