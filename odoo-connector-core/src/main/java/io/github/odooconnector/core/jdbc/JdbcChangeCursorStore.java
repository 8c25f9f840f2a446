package io.github.odooconnector.core.jdbc;

import io.github.odooconnector.common.internal.Jdbc;
import io.github.odooconnector.core.spi.ChangeCursor;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import io.github.odooconnector.core.spi.ChangeCursorStoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link ChangeCursorStore} on PostgreSQL: one row per feed in table {@code
 * odc_change_cursor(feed_name, token, updated_at)}, so a change feed resumes on any instance that
 * shares the database. {@link #create(DataSource)} creates the table when it is missing ({@code
 * CREATE TABLE IF NOT EXISTS}, see {@link #DDL}); a save is one {@code INSERT ... ON CONFLICT DO
 * UPDATE}; every statement runs in auto-commit mode on a connection borrowed from the data source
 * (use a pool). Thread-safe.
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
    Jdbc.execute(
        dataSource,
        DDL,
        e ->
            new ChangeCursorStoreException(
                "cannot create table odc_change_cursor: " + e.getMessage(), e));
    return new JdbcChangeCursorStore(dataSource);
  }

  @Override
  public Optional<ChangeCursor> load(String feedName) {
    Objects.requireNonNull(feedName, "feedName");
    return Jdbc.autoCommit(
        dataSource,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT token FROM odc_change_cursor WHERE feed_name = ?")) {
            ps.setString(1, feedName);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(ChangeCursor.of(rs.getString(1))) : Optional.empty();
            }
          }
        },
        e -> failure("load", feedName, e));
  }

  @Override
  public void save(String feedName, ChangeCursor cursor) {
    Objects.requireNonNull(feedName, "feedName");
    Objects.requireNonNull(cursor, "cursor");
    update(
        "save",
        feedName,
        "INSERT INTO odc_change_cursor (feed_name, token, updated_at) VALUES (?, ?, now())"
            + " ON CONFLICT (feed_name) DO UPDATE SET token = EXCLUDED.token,"
            + " updated_at = EXCLUDED.updated_at",
        cursor.token());
  }

  @Override
  public void delete(String feedName) {
    Objects.requireNonNull(feedName, "feedName");
    update("delete", feedName, "DELETE FROM odc_change_cursor WHERE feed_name = ?");
  }

  /** Runs one statement whose parameters are the feed name and then {@code more}. */
  private void update(String op, String feedName, String sql, String... more) {
    Jdbc.autoCommit(
        dataSource,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, feedName);
            for (int i = 0; i < more.length; i++) {
              ps.setString(i + 2, more[i]);
            }
            return ps.executeUpdate();
          }
        },
        e -> failure(op, feedName, e));
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
