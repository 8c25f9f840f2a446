package io.github.odooconnector.wms.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The adapter guide and the module README name only event types that exist. */
class EventTypesInTheDocsTest {

  private static final Pattern WMS_TYPE = Pattern.compile("`(wms\\.[a-z_]+(?:\\.[a-z_]+)+)`");

  private static List<String> wmsEventTypes() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : WmsEventTypes.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        out.add((String) f.get(null));
      }
    }
    return out;
  }

  private static List<String> wmsTypesNamedIn(Path doc) throws IOException {
    List<String> named = new ArrayList<>();
    Matcher m = WMS_TYPE.matcher(Files.readString(doc));
    while (m.find()) {
      named.add(m.group(1));
    }
    return named;
  }

  @Test
  void theAdapterGuideAndTheReadmeNameOnlyRealEventTypes() throws Exception {
    List<String> real = wmsEventTypes();
    for (Path doc : List.of(Path.of("../docs/writing-a-wms-adapter.md"), Path.of("README.md"))) {
      assertThat(wmsTypesNamedIn(doc)).as(doc.toString()).isSubsetOf(real);
    }
  }

  @Test
  void theAdapterGuideListsEveryTypeAnAdapterProduces() throws Exception {
    String guide = Files.readString(Path.of("../docs/writing-a-wms-adapter.md"));
    assertThat(guide)
        .contains(
            "`" + WmsEventTypes.ORDER_SHIPPED + "`",
            "`" + WmsEventTypes.GOODS_RECEIVED + "`",
            "`" + WmsEventTypes.RETURN_RECEIVED + "`",
            "`" + WmsEventTypes.INVENTORY_COUNTED + "`",
            "`" + WmsEventTypes.INVENTORY_ADJUSTED + "`",
            "`" + WmsEventTypes.ORDER_ACCEPTED + "`",
            "`" + WmsEventTypes.ORDER_REJECTED + "`",
            "`" + WmsEventTypes.PICK_COMPLETED + "`",
            "`" + WmsEventTypes.ORDER_PACKED + "`",
            "`" + WmsEventTypes.ORDER_HELD + "`",
            "`" + WmsEventTypes.ORDER_EXCEPTION + "`",
            "`" + WmsEventTypes.ORDER_CANCELLED + "`");
  }
}
