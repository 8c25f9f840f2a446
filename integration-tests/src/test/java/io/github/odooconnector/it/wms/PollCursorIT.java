package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.memory.InMemoryChangeCursorStore;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.api.WmsIntegration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poll cursor lives in a store, so polling resumes after a restart. */
class PollCursorIT {

  private WmsScenario s;
  private final InMemoryChangeCursorStore cursors = InMemoryChangeCursorStore.create();

  @BeforeEach
  void start() {
    s = new WmsScenario();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private WmsIntegration instance() {
    return s.newIntegrationWith(
        b -> b.shortPickPolicy(ShortPickPolicy.BACKORDER).pollCursorStore(cursors));
  }

  @Test
  void pollingResumesAfterARestartWhereTheLastBatchEnded() {
    Map<String, Double> lines = new LinkedHashMap<>();
    lines.put("product.product_desk", 3.0);
    long so = s.confirmedSaleOrder(s.customer(), lines);
    WmsIntegration before = instance();
    before.releaseSaleOrder(so);
    String ref = s.picking(s.outgoingPickingOf(so)).string("name").orElseThrow();
    s.wms.accept(ref);
    s.wms.pick(ref);

    BatchReport first = before.pollAndApply(10);

    assertThat(first.succeeded()).hasSize(2);
    assertThat(cursors.load("wms:sim:poll")).isPresent();

    WmsIntegration afterRestart = instance();
    s.wms.ship(ref, "Standard delivery", "TRK-9");

    BatchReport resumed = afterRestart.pollAndApply(10);

    assertThat(resumed.skipped()).as("nothing fetched twice").isEmpty();
    assertThat(resumed.succeeded()).hasSize(1);
    assertThat(s.picking(s.outgoingPickingOf(so)).string("state")).contains("done");
    assertThat(afterRestart.pollAndApply(10).succeeded()).isEmpty();
  }
}
