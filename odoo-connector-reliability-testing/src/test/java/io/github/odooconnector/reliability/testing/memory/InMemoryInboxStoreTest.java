package io.github.odooconnector.reliability.testing.memory;

import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.testing.InboxStoreContract;

class InMemoryInboxStoreTest extends InboxStoreContract {

  @Override
  protected InboxStore newStore() {
    return InMemoryInboxStore.create();
  }

  @Override
  protected boolean storeSignalsNewMessages() {
    return true;
  }
}
