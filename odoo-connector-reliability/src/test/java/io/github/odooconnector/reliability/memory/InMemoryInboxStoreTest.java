package io.github.odooconnector.reliability.memory;

import io.github.odooconnector.reliability.contract.InboxStoreContract;
import io.github.odooconnector.reliability.spi.InboxStore;

class InMemoryInboxStoreTest extends InboxStoreContract {

  @Override
  protected InboxStore newStore() {
    return new InMemoryInboxStore();
  }
}
