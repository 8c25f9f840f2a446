package io.github.odooconnector.reliability.spi;

import java.util.Optional;

/**
 * A store (database) operation failed, for example because PostgreSQL was unreachable or a
 * statement timed out.
 *
 * <p>Retryable: the stores' operations are atomic, so a failed call left no partial state behind.
 * The message names the operation and the SQL state; the JDBC exception is attached as the cause.
 * Standard {@link Throwable} thread-safety.
 */
public class ReliabilityStoreException extends ReliabilityException {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String sqlState;

  /**
   * Creates an exception.
   *
   * @param operation the store operation that failed, for example {@code outbox.claim}
   * @param sqlState the SQL state reported by the driver, or {@code null} if none
   * @param cause the underlying failure
   */
  public ReliabilityStoreException(String operation, String sqlState, Throwable cause) {
    super(
        "store operation "
            + operation
            + " failed"
            + (sqlState == null ? "" : " (SQL state " + sqlState + ")")
            + ": "
            + (cause == null ? "unknown cause" : cause.getClass().getSimpleName()),
        cause);
    this.operation = operation;
    this.sqlState = sqlState;
  }

  /**
   * The store operation that failed.
   *
   * @return for example {@code idempotency.claim}
   */
  public String operation() {
    return operation;
  }

  /**
   * The SQL state reported by the database driver.
   *
   * @return the state, or empty
   */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
