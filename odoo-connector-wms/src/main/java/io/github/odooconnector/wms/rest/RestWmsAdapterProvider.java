package io.github.odooconnector.wms.rest;

import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsAdapterProvider;
import java.time.Duration;
import java.util.Map;

/**
 * The {@link java.util.ServiceLoader} provider of type {@code rest}, creating a {@link
 * RestWmsAdapter} from flat settings (for {@code WmsIntegration.builder().adapter("rest",
 * settings)}): {@code baseUrl} (required), {@code name}, {@code bearerToken}, {@code
 * webhookSecret}, {@code eventsPath}, {@code timeoutSeconds}, {@code returnPreAdvicePath}. Errors
 * name the setting, never its value.
 *
 * <p>Stateless and thread-safe.
 */
public final class RestWmsAdapterProvider implements WmsAdapterProvider {

  /** Creates the provider (ServiceLoader). */
  public RestWmsAdapterProvider() {}

  @Override
  public String type() {
    return "rest";
  }

  @Override
  public WmsAdapter create(Map<String, String> config) {
    String url = config.get("baseUrl");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("rest WMS adapter: setting 'baseUrl' is required");
    }
    RestWmsAdapter.Builder b = RestWmsAdapter.builder(url);
    if (config.containsKey("name")) {
      b.name(config.get("name"));
    }
    if (config.containsKey("bearerToken")) {
      b.bearerToken(config.get("bearerToken"));
    }
    if (config.containsKey("webhookSecret")) {
      b.webhookSecret(config.get("webhookSecret"));
    }
    if (config.containsKey("eventsPath")) {
      b.eventsPath(config.get("eventsPath"));
    }
    if (config.containsKey("returnPreAdvicePath")) {
      b.returnPreAdvicePath(config.get("returnPreAdvicePath"));
    }
    if (config.containsKey("timeoutSeconds")) {
      try {
        b.timeout(Duration.ofSeconds(Long.parseLong(config.get("timeoutSeconds"))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "rest WMS adapter: setting 'timeoutSeconds' must be a whole number");
      }
    }
    return b.build();
  }
}
