package io.github.odooconnector.reliability.internal;

import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.sql.Connection;
import java.sql.SQLException;
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

  /** Runs {@code work} on the caller's connection, leaving transaction control to the caller. */
  public static <T> T onConnection(Connection connection, String operation, Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new ReliabilityStoreException(operation, e.getSQLState(), e);
    }
  }
}
