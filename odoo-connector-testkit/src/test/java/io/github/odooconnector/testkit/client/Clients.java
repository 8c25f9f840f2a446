package io.github.odooconnector.testkit.client;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.testkit.FakeOdoo;

/** Clients of a fake, as an application would build them. */
final class Clients {

  private Clients() {}

  /** JSON-2 on 19, JSON-RPC with the API key as password before. */
  static OdooClient apiKey(FakeOdoo odoo) {
    return OdooClient.builder()
        .url(odoo.url())
        .database(odoo.database())
        .login(odoo.adminLogin())
        .apiKey(odoo.adminApiKey())
        .build();
  }

  static OdooClient password(FakeOdoo odoo, Protocol protocol) {
    return OdooClient.builder()
        .url(odoo.url())
        .database(odoo.database())
        .login(odoo.adminLogin())
        .password(odoo.adminPassword())
        .protocol(protocol)
        .build();
  }
}
