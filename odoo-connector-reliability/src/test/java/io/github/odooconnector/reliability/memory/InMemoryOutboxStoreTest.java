package io.github.odooconnector.reliability.memory;

import io.github.odooconnector.reliability.contract.OutboxStoreContract;
import io.github.odooconnector.reliability.spi.OutboxStore;

class InMemoryOutboxStoreTest extends OutboxStoreContract {

  @Override
  protected OutboxStore newStore() {
    return new InMemoryOutboxStore();
  }
}
