package io.github.odooconnector.reliability.testing.jdbc;

import io.github.odooconnector.reliability.jdbc.JdbcIdempotencyStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.testing.IdempotencyStoreContract;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

class JdbcIdempotencyStoreTest extends IdempotencyStoreContract {

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }

  @Override
  protected IdempotencyStore newStore(Clock clock) {
    return JdbcIdempotencyStore.create(TestDatabase.dataSource());
  }

  @Override
  protected List<IdempotencyStore> twoInstances(Clock clock) {
    // two application instances: separate stores on separate connection pools, one database
    return List.of(
        JdbcIdempotencyStore.create(TestDatabase.newPool(40)),
        JdbcIdempotencyStore.create(TestDatabase.newPool(40)));
  }

  @Override
  protected boolean storeKeepsItsOwnTime() {
    return true;
  }
}
