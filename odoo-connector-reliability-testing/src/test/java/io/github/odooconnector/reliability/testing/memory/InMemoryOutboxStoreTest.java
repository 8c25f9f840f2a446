package io.github.odooconnector.reliability.testing.memory;

import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.OutboxStoreContract;

class InMemoryOutboxStoreTest extends OutboxStoreContract {

  @Override
  protected OutboxStore newStore() {
    return InMemoryOutboxStore.create();
  }

  @Override
  protected boolean storeSignalsAppends() {
    return true;
  }
}
