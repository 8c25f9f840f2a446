package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import java.time.Duration;
import java.util.Map;

/** One of the three Odoo protocols. Implementations are thread-safe. */
public interface Wire {

  /**
   * @return the protocol
   */
  Protocol protocol();

  /**
   * @return whether calls need a uid obtained by {@link #authenticate}
   */
  boolean needsUid();

  /**
   * Asks the server its version.
   *
   * @param site call site
   * @param timeout attempt timeout
   * @return the version
   */
  ServerVersion version(Site site, Duration timeout);

  /**
   * {@code common.authenticate}.
   *
   * @param site call site
   * @param timeout attempt timeout
   * @return the uid, or 0 when Odoo answered {@code false}
   */
  long authenticate(Site site, Duration timeout);

  /**
   * Runs a model method.
   *
   * @param uid uid (ignored by JSON-2)
   * @param inv the call
   * @param context context to send (may be empty)
   * @param site call site
   * @param timeout attempt timeout
   * @return the decoded result (null for None)
   */
  Object execute(
      long uid, Invocation inv, Map<String, Object> context, Site site, Duration timeout);
}
