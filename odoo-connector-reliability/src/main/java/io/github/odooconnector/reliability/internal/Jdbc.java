package io.github.odooconnector.reliability.internal;

import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Small JDBC template: runs work on a pooled connection, in a transaction when asked, wrapping SQL
 * failures.
 */
public final class Jdbc {

  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs the work. */
    T run(Connection connection) throws SQLException;
  }

  private Jdbc() {}

  /** Runs {@code work} in auto-commit mode (each statement atomic). */
  public static <T> T autoCommit(DataSource dataSource, String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new ReliabilityStoreException(operation, e.getSQLState(), e);
    }
  }

  /**
   * Runs {@code work} in one transaction, committing on success and rolling back on any failure.
   */
  public static <T> T transaction(DataSource dataSource, String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      if (auto) {
        c.setAutoCommit(false);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      } finally {
        if (auto) {
          try {
            c.setAutoCommit(true);
          } catch (SQLException ignored) {
            // the connection is being closed anyway; a pool will validate it
          }
        }
      }
    } catch (SQLException e) {
      throw new ReliabilityStoreException(operation, e.getSQLState(), e);
    }
  }

  /**
   * Runs a {@code SELECT status, count(*), min(<timestamp>) ... GROUP BY status} query and returns
   * the rows by status; statuses without rows are absent.
   */
  public static Map<String, StatusStats> statusStats(
      DataSource dataSource, String operation, String sql) {
    return autoCommit(
        dataSource,
        operation,
        c -> {
          Map<String, StatusStats> out = new HashMap<>();
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
              out.put(rs.getString(1), new StatusStats(rs.getLong(2), oldest.toInstant()));
            }
          }
          return out;
        });
  }

  /** Runs {@code work} on the caller's connection, leaving transaction control to the caller. */
  public static <T> T onConnection(Connection connection, String operation, Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new ReliabilityStoreException(operation, e.getSQLState(), e);
    }
  }
}
