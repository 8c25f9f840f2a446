package io.github.odooconnector.wms.spi;

import java.util.Map;

/**
 * Creates a {@link WmsAdapter} from plain configuration; found through {@link
 * java.util.ServiceLoader} (list the implementation in {@code
 * META-INF/services/io.github.odooconnector.wms.spi.WmsAdapterProvider}).
 *
 * <p>Implementations must be stateless and thread-safe.
 */
public interface WmsAdapterProvider {

  /**
   * The adapter type this provider creates, for example {@code rest}.
   *
   * @return the type name
   */
  String type();

  /**
   * Creates an adapter.
   *
   * @param config adapter-specific settings (documented by the provider); secrets may be among them
   *     and must not be logged
   * @return the adapter
   * @throws IllegalArgumentException if a setting is missing or invalid (the message names the
   *     setting, never its value)
   */
  WmsAdapter create(Map<String, String> config);
}
