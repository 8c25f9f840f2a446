package io.github.odooconnector.it.models;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.testkit.FakeOdoo;

/** Clients for a {@link FakeOdoo}. */
final class Fakes {

  private Fakes() {}

  /** An administrator client, with the API key (JSON-2 on 19, JSON-RPC on 17/18). */
  static OdooClient admin(FakeOdoo fake) {
    return OdooClient.builder()
        .url(fake.url())
        .database(fake.database())
        .login(fake.adminLogin())
        .apiKey(fake.adminApiKey())
        .build();
  }
}
