package io.github.odooconnector.reliability.testing.jdbc;

import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.testing.InboxStoreContract;
import io.github.odooconnector.reliability.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

class JdbcInboxStoreTest extends InboxStoreContract {

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncateAll();
  }

  @Override
  protected InboxStore newStore() {
    return JdbcInboxStore.create(TestDatabase.dataSource());
  }

  @Override
  protected boolean storeSignalsNewMessages() {
    return true;
  }

  @Override
  protected boolean storeKeepsItsOwnTime() {
    return true;
  }
}
