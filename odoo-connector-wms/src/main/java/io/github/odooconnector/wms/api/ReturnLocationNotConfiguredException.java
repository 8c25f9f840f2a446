package io.github.odooconnector.wms.api;

import io.github.odooconnector.model.ReturnDisposition;
import java.util.Locale;
import java.util.Objects;

/**
 * A received return has a line whose {@link ReturnDisposition} needs an Odoo location that is not
 * configured ({@link WmsIntegration.Builder#returnLocations(ReturnLocations)}). Raised before
 * anything is written to Odoo; permanent until the location is configured, after which the parked
 * message can be replayed.
 *
 * <p>Immutable and thread-safe.
 */
public class ReturnLocationNotConfiguredException extends WmsConfigurationException {

  private static final long serialVersionUID = 1L;

  /** The disposition without a location. */
  private final ReturnDisposition disposition;

  /**
   * Creates the exception.
   *
   * @param rmaId the return whose line needs the location
   * @param disposition the disposition without a location
   */
  public ReturnLocationNotConfiguredException(String rmaId, ReturnDisposition disposition) {
    super(
        "return "
            + rmaId
            + " has "
            + Objects.requireNonNull(disposition, "disposition").name().toLowerCase(Locale.ROOT)
            + " lines but no Odoo location is configured for "
            + disposition
            + ": set WmsIntegration.builder().returnLocations(ReturnLocations.none().with("
            + "ReturnDisposition."
            + disposition
            + ", \"<full location name>\"))");
    this.disposition = disposition;
  }

  /**
   * The disposition that has no location.
   *
   * @return the disposition
   */
  public ReturnDisposition disposition() {
    return disposition;
  }
}
