package io.github.odooconnector.carrier.spi;

import java.util.Map;

/**
 * Creates a {@link CarrierAdapter} from settings; the {@link java.util.ServiceLoader} entry point
 * for adapters packaged as separate jars ({@code
 * META-INF/services/io.github.odooconnector.carrier.spi.CarrierAdapterProvider}).
 *
 * <p>Implementations must be stateless and thread-safe and have a public no-argument constructor.
 */
public interface CarrierAdapterProvider {

  /**
   * The adapter type this provider creates, for example {@code rest-json}; unique on the class
   * path.
   *
   * @return the type name
   */
  String type();

  /**
   * Creates a configured adapter.
   *
   * @param settings adapter-specific settings (endpoint, credentials, mappings); never logged
   * @return a new adapter
   * @throws IllegalArgumentException naming the missing or invalid setting (never its value if it
   *     is a secret)
   */
  CarrierAdapter create(Map<String, String> settings);
}
