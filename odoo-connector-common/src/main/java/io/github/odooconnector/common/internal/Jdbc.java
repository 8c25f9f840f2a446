package io.github.odooconnector.common.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The JDBC plumbing the modules' stores share: borrow a connection from the data source, run the
 * work in auto-commit mode (whatever mode the pool hands the connection out in), give the
 * connection back, and turn an {@link SQLException} into the store's own typed exception. What a
 * store says in that exception (its table, the operation, hints) stays with the store. Stateless
 * and thread-safe.
 */
public final class Jdbc {

  /**
   * Work on a borrowed connection.
   *
   * @param <T> the result type
   */
  @FunctionalInterface
  public interface Work<T> {

    /**
     * Runs the work.
     *
     * @param connection the borrowed connection, in auto-commit mode
     * @return the result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
  }

  private Jdbc() {}

  /**
   * Runs {@code work} on a connection borrowed from {@code dataSource} in auto-commit mode (each
   * statement is atomic and committed at once) and returns the connection.
   *
   * @param dataSource where to borrow the connection
   * @param work the work
   * @param failure turns an {@link SQLException} (also one from borrowing) into the exception to
   *     throw
   * @param <T> the result type
   * @return the work's result
   */
  public static <T> T autoCommit(
      DataSource dataSource,
      Work<T> work,
      Function<? super SQLException, ? extends RuntimeException> failure) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(failure, "failure");
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw failure.apply(e);
    }
  }

  /**
   * Executes one statement without parameters or results, such as a store's {@code CREATE TABLE IF
   * NOT EXISTS}, in auto-commit mode.
   *
   * @param dataSource where to borrow the connection
   * @param sql the statement
   * @param failure turns an {@link SQLException} into the exception to throw
   */
  public static void execute(
      DataSource dataSource,
      String sql,
      Function<? super SQLException, ? extends RuntimeException> failure) {
    Objects.requireNonNull(sql, "sql");
    autoCommit(
        dataSource,
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute(sql);
          }
          return null;
        },
        failure);
  }
}
