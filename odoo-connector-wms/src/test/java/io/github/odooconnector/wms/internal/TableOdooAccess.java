package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.OdooClient;

/** Gives tests in other packages an empty {@link TableOdoo}. */
public final class TableOdooAccess {
  /**
   * An empty table-backed client.
   *
   * @return the client
   */
  public OdooClient client() {
    return new TableOdoo();
  }
}
