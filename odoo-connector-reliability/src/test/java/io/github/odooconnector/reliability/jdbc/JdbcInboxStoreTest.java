package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.contract.InboxStoreContract;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

class JdbcInboxStoreTest extends InboxStoreContract {

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }

  @Override
  protected InboxStore newStore() {
    return new JdbcInboxStore(TestDatabase.dataSource());
  }
}
