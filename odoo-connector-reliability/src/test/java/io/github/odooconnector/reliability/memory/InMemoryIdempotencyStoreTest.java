package io.github.odooconnector.reliability.memory;

import io.github.odooconnector.reliability.contract.IdempotencyStoreContract;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import java.time.Clock;
import java.util.List;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

  @Override
  protected IdempotencyStore newStore(Clock clock) {
    return new InMemoryIdempotencyStore(clock);
  }

  @Override
  protected List<IdempotencyStore> twoInstances(Clock clock) {
    IdempotencyStore shared = new InMemoryIdempotencyStore(clock);
    return List.of(shared, shared);
  }
}
