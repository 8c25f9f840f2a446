package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The simulator's returns desk: return pre-advices (expected returns, idempotent per key, as a
 * well-behaved WMS keeps them) and received returns. Not thread-safe: guarded by the owning {@link
 * SimulatedWms}.
 */
final class ReturnsDesk {

  private final EventJournal journal;
  private final Set<String> keys = new HashSet<>();
  private final Map<String, List<ReturnAuthorization>> expected = new LinkedHashMap<>();

  ReturnsDesk(EventJournal journal) {
    this.journal = journal;
  }

  /** Takes an expected return; a key seen before changes nothing. */
  void announce(ReturnAuthorization rma, String idempotencyKey) {
    Objects.requireNonNull(rma, "rma");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (keys.add(idempotencyKey)) {
      expected.computeIfAbsent(rma.rmaId(), id -> new ArrayList<>()).add(rma);
    }
  }

  /** How many expected returns the desk holds under an RMA id. */
  int held(String rmaId) {
    return expected.getOrDefault(rmaId, List.of()).size();
  }

  /** The expected returns by RMA id (the first announcement of each). */
  Map<String, ReturnAuthorization> expected() {
    Map<String, ReturnAuthorization> out = new LinkedHashMap<>();
    expected.forEach((id, list) -> out.put(id, list.get(0)));
    return out;
  }

  /** Receives an announced return as it was announced. */
  BusinessEvent<ReturnAuthorization> receiveAnnounced(String rmaId) {
    List<ReturnAuthorization> announced = expected.get(rmaId);
    if (announced == null) {
      throw new WmsRejectedException("simulated WMS expects no return " + rmaId);
    }
    return received(announced.get(0));
  }

  /** Receives a return with the lines (quantities, lots, dispositions) the warehouse found. */
  BusinessEvent<ReturnAuthorization> received(ReturnAuthorization rma) {
    Objects.requireNonNull(rma, "rma");
    return journal.emit(
        WmsEventTypes.RETURN_RECEIVED,
        rma.optionalOrderRef().orElse(rma.rmaId()),
        "returned:" + rma.rmaId(),
        rma);
  }
}
