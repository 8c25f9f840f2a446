package io.github.odooconnector.carrier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.carrier.spi.TrackingStateStoreException;
import io.github.odooconnector.model.CanonicalJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link TrackingStateStore} in PostgreSQL, so the last applied tracking status survives restarts
 * and is shared by every instance receiving webhooks. One row per {@code (carrier_code,
 * tracking_number)} in {@code odc_carrier_tracking_state} with an optimistic-locking {@code
 * version}; the state itself is JSON text.
 *
 * <p>Create the table with {@link CarrierSchema#migrate(DataSource)} at start-up (or include the
 * SQL files under {@link CarrierSchema#RESOURCE_FOLDER} in your own Flyway or Liquibase
 * migrations). Rows are small; delete rows of long-delivered parcels with your own retention job.
 *
 * <p>Thread-safe: every call takes its own connection from the data source (auto-commit).
 */
public final class JdbcTrackingStateStore implements TrackingStateStore {

  /** The table holding the states, created by {@link CarrierSchema#migrate(DataSource)}. */
  public static final String TABLE = "odc_carrier_tracking_state";

  private static final ObjectMapper JSON = CanonicalJson.mapper();

  private final DataSource dataSource;

  private JdbcTrackingStateStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Creates a store on {@link #TABLE}.
   *
   * @param dataSource the database, migrated with {@link CarrierSchema#migrate(DataSource)}
   * @return the store
   */
  public static JdbcTrackingStateStore create(DataSource dataSource) {
    return new JdbcTrackingStateStore(dataSource);
  }

  @Override
  public Optional<TrackingState> find(String carrierCode, String trackingNumber) {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT version, state_json FROM "
                    + TABLE
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
          "stored tracking state of " + trackingNumber + " in " + TABLE + " is not readable",
          null,
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
          e);
    }
    try (Connection c = dataSource.getConnection()) {
      if (expectedVersion == 0) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO "
                    + TABLE
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
                  + TABLE
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

  private TrackingStateStoreException failure(String what, SQLException e) {
    return new TrackingStateStoreException(
        "tracking state store "
            + TABLE
            + ": "
            + what
            + " failed (SQLState "
            + e.getSQLState()
            + ")"
            + ("42P01".equals(e.getSQLState())
                ? "; the table does not exist: run CarrierSchema.migrate(dataSource) at start-up"
                : ""),
        e);
  }

  @Override
  public String toString() {
    return "JdbcTrackingStateStore[" + TABLE + "]";
  }
}
