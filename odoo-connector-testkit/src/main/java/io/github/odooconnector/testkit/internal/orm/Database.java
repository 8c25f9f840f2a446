package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.internal.FakeConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-memory database (work in progress: being filled in). */
public final class Database {
    private final FakeConfig config;

    public Database(FakeConfig config) {
        this.config = config;
    }

    public FakeConfig config() {
        return config;
    }

    public List<Map<String, Object>> snapshot(String model) {
        throw new FakeOdooException("unknown model: " + model);
    }

    public Optional<Map<String, Object>> snapshot(String model, long id) {
        throw new FakeOdooException("unknown model: " + model);
    }

    public long ref(String xmlId) {
        throw new FakeOdooException("unknown external id: " + xmlId);
    }
}
