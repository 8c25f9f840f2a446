package io.github.odooconnector.reliability.testing.memory;

import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.testing.IdempotencyStoreContract;
import java.time.Clock;
import java.util.List;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

  @Override
  protected IdempotencyStore newStore(Clock clock) {
    return InMemoryIdempotencyStore.create(clock);
  }

  @Override
  protected List<IdempotencyStore> twoInstances(Clock clock) {
    IdempotencyStore shared = InMemoryIdempotencyStore.create(clock);
    return List.of(shared, shared);
  }
}
