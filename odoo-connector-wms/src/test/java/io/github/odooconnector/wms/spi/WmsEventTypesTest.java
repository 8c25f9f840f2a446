package io.github.odooconnector.wms.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.model.EventTypes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WmsEventTypesTest {

  private static Map<String, String> constants(Class<?> type) throws IllegalAccessException {
    Map<String, String> out = new TreeMap<>();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        out.put(f.getName(), (String) f.get(null));
      }
    }
    return out;
  }

  @Test
  void everyWmsEventTypeIsACanonicalTypeExceptHoldExceptionAndTheDiscrepancyReports()
      throws Exception {
    Map<String, String> wms = constants(WmsEventTypes.class);
    List<String> canonical = List.copyOf(constants(EventTypes.class).values());

    assertThat(wms.entrySet())
        .filteredOn(e -> !canonical.contains(e.getValue()))
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder(
            "ORDER_HELD", "ORDER_EXCEPTION", "RECEIPT_DISCREPANCY", "INVENTORY_DISCREPANCY");
    assertThat(wms.get("ORDER_HELD")).startsWith("wms.");
    assertThat(wms.get("ORDER_EXCEPTION")).startsWith("wms.");
    assertThat(wms.get("RECEIPT_DISCREPANCY")).startsWith("wms.");
    assertThat(wms.get("INVENTORY_DISCREPANCY")).startsWith("wms.");
  }

  @Test
  void theSpiImportsNothingFromTheWorkflowApi() throws IOException {
    Path spi = Path.of("src/main/java/io/github/odooconnector/wms/spi");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.list(spi)) {
      for (Path f : files.toList()) {
        if (Files.readString(f).contains("io.github.odooconnector.wms.api")) {
          offenders.add(f.getFileName().toString());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}
