package io.github.odooconnector.core.jdbc;

import io.github.odooconnector.core.spi.ChangeCursor;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import io.github.odooconnector.core.spi.ChangeCursorStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link ChangeCursorStore} on PostgreSQL: one row per feed in table {@code
 * odc_change_cursor(feed_name, token, updated_at)}, so a change feed resumes on any instance that
 * shares the database. {@link #create(DataSource)} creates the table when it is missing ({@code
 * CREATE TABLE IF NOT EXISTS}, see {@link #DDL}); a save is one {@code INSERT ... ON CONFLICT DO
 * UPDATE} in auto-commit mode on a connection borrowed from the data source (use a pool).
 * Thread-safe.
 */
public final class JdbcChangeCursorStore implements ChangeCursorStore {

  /** The table this store uses; run it yourself when the application's user may not create it. */
  public static final String DDL =
      "CREATE TABLE IF NOT EXISTS odc_change_cursor ("
          + "feed_name TEXT PRIMARY KEY, "
          + "token TEXT NOT NULL, "
          + "updated_at TIMESTAMPTZ NOT NULL DEFAULT now())";

  private final DataSource dataSource;

  private JdbcChangeCursorStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates the store, creating its table if it does not exist.
   *
   * @param dataSource a (pooled) data source for the database
   * @return the store
   * @throws ChangeCursorStoreException if the table cannot be created
   */
  public static JdbcChangeCursorStore create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(DDL);
    } catch (SQLException e) {
      throw new ChangeCursorStoreException(
          "cannot create table odc_change_cursor: " + e.getMessage(), e);
    }
    return new JdbcChangeCursorStore(dataSource);
  }

  @Override
  public Optional<ChangeCursor> load(String feedName) {
    Objects.requireNonNull(feedName, "feedName");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT token FROM odc_change_cursor WHERE feed_name = ?")) {
      ps.setString(1, feedName);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ChangeCursor.of(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("load", feedName, e);
    }
  }

  @Override
  public void save(String feedName, ChangeCursor cursor) {
    Objects.requireNonNull(feedName, "feedName");
    Objects.requireNonNull(cursor, "cursor");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO odc_change_cursor (feed_name, token, updated_at) VALUES (?, ?, now())"
                    + " ON CONFLICT (feed_name) DO UPDATE SET token = EXCLUDED.token,"
                    + " updated_at = EXCLUDED.updated_at")) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      ps.setString(1, feedName);
      ps.setString(2, cursor.token());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("save", feedName, e);
    }
  }

  @Override
  public void delete(String feedName) {
    Objects.requireNonNull(feedName, "feedName");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM odc_change_cursor WHERE feed_name = ?")) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      ps.setString(1, feedName);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("delete", feedName, e);
    }
  }

  private static ChangeCursorStoreException failure(String op, String feed, SQLException e) {
    return new ChangeCursorStoreException(
        "cannot "
            + op
            + " the cursor of change feed '"
            + feed
            + "' (SQLState "
            + e.getSQLState()
            + "): "
            + e.getMessage(),
        e);
  }

  @Override
  public String toString() {
    return "JdbcChangeCursorStore[odc_change_cursor]";
  }
}
