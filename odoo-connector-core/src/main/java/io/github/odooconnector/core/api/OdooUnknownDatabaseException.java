package io.github.odooconnector.core.api;

import java.util.Objects;

/**
 * The database the client is configured with ({@link OdooClientBuilder#database(String)}) does not
 * exist on the server, or JSON-2 needs one and none is configured. Odoo reports it as {@code
 * psycopg2.OperationalError: ... database "x" does not exist} over JSON-RPC and XML-RPC and as an
 * HTML 404 page ("No database is selected") over JSON-2; the client raises this exception for all
 * three. Not retryable: fix the configuration. Immutable once thrown; safe to share between
 * threads.
 */
public class OdooUnknownDatabaseException extends OdooConfigurationException {

  private static final long serialVersionUID = 1L;

  private final String database;

  /**
   * Creates the exception.
   *
   * @param message human readable message naming the database; never contains credentials
   * @param database the database name the client sent, or an empty string when none is configured
   * @param model the model (or RPC service) called; empty if none
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known
   * @param odooExceptionName the Python exception Odoo reported, or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public OdooUnknownDatabaseException(
      String message,
      String database,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, model, method, serverVersion, odooExceptionName, cause);
    this.database = Objects.requireNonNullElse(database, "");
  }

  /**
   * The database name the client asked for.
   *
   * @return the name, or an empty string when no database is configured
   */
  public String database() {
    return database;
  }
}
