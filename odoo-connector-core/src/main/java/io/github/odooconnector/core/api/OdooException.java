package io.github.odooconnector.core.api;

import io.github.odooconnector.common.OdooConnectorException;
import java.util.Objects;
import java.util.Optional;

/**
 * Root of every error the Odoo client raises. Unchecked; subclasses say what a caller can do about
 * it ({@link #isRetryable()}). Messages never contain passwords or API keys. Immutable once thrown;
 * safe to share between threads.
 */
public class OdooException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String method;
  private final ServerVersion serverVersion;
  private final String odooExceptionName;

  /**
   * Creates an exception.
   *
   * @param message human readable message (Odoo's message where it sent one); never contains
   *     credentials
   * @param model the Odoo model called, or the RPC service ({@code "common"}) for non-model calls;
   *     empty if none
   * @param method the method called; empty if none
   * @param serverVersion the server version, {@link ServerVersion#UNKNOWN} if not known yet
   * @param odooExceptionName the Python exception class Odoo reported (e.g. {@code
   *     odoo.exceptions.UserError}), or {@code null} when Odoo sent none
   * @param cause the underlying cause, or {@code null}
   */
  public OdooException(
      String message,
      String model,
      String method,
      ServerVersion serverVersion,
      String odooExceptionName,
      Throwable cause) {
    super(message, cause);
    this.model = Objects.requireNonNullElse(model, "");
    this.method = Objects.requireNonNullElse(method, "");
    this.serverVersion = Objects.requireNonNullElse(serverVersion, ServerVersion.UNKNOWN);
    this.odooExceptionName =
        odooExceptionName == null || odooExceptionName.isBlank() ? null : odooExceptionName;
  }

  /**
   * The model the failed call addressed.
   *
   * @return the model name, the RPC service name for non-model calls, or an empty string
   */
  public String model() {
    return model;
  }

  /**
   * The method the failed call invoked.
   *
   * @return the method name, or an empty string
   */
  public String method() {
    return method;
  }

  /**
   * The version of the server that failed the call.
   *
   * @return the server version, {@link ServerVersion#UNKNOWN} when it was not known yet
   */
  public ServerVersion serverVersion() {
    return serverVersion;
  }

  /**
   * The fully qualified Python exception Odoo reported, for example {@code
   * odoo.exceptions.ValidationError}.
   *
   * @return the name, empty when Odoo did not send one (transport errors, HTML error pages).
   *     XML-RPC fault codes carry no name: the client names code 3 {@code
   *     odoo.exceptions.AccessDenied}, code 4 {@code odoo.exceptions.AccessError} and derives code
   *     2 from the message ({@code MissingError}, {@code ValidationError} for Odoo's required-field
   *     and recursion texts, otherwise {@code odoo.exceptions.UserError}, the base class of every
   *     code-2 error)
   */
  public Optional<String> odooExceptionName() {
    return Optional.ofNullable(odooExceptionName);
  }

  /**
   * Tells whether repeating the same call later may succeed without changing it.
   *
   * @return {@code true} for transient failures
   */
  public boolean isRetryable() {
    return false;
  }
}
