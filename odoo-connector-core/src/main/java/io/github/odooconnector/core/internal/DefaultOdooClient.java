package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooClient;

/** Entry point used by the builder. */
public final class DefaultOdooClient {
    private DefaultOdooClient() {
    }

    /** Creates the client (implementation in progress). */
    public static OdooClient create(ClientConfig config) {
        throw new UnsupportedOperationException("client implementation is being written; API only for now");
    }
}
