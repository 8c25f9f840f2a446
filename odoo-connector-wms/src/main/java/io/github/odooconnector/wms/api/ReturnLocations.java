package io.github.odooconnector.wms.api;

import io.github.odooconnector.model.ReturnDisposition;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where returned goods go in Odoo, per {@link ReturnDisposition}: the full name ({@code
 * stock.location.complete_name}) of the location each disposition's units are booked into when a
 * return is received. Without an entry, {@link ReturnDisposition#RESTOCK} goes to the return
 * picking's own destination (what Odoo's return wizard chose, normally the warehouse's stock), and
 * {@link ReturnDisposition#QUARANTINE} and {@link ReturnDisposition#SCRAP} have no location: a
 * return with such a line is refused with a {@link ReturnLocationNotConfiguredException} before
 * anything is written.
 *
 * <pre>{@code
 * WmsIntegration.builder()
 *     .returnLocations(ReturnLocations.none()
 *         .with(ReturnDisposition.QUARANTINE, "WH/Quarantine")
 *         .with(ReturnDisposition.SCRAP, "Virtual Locations/Scrap"))
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param locations the full Odoo location name per disposition; dispositions without one are absent
 */
public record ReturnLocations(Map<ReturnDisposition, String> locations) {

  /**
   * Validates and copies.
   *
   * @param locations the location per disposition, names not blank
   * @throws IllegalArgumentException if a name is blank
   */
  public ReturnLocations {
    Objects.requireNonNull(locations, "locations");
    EnumMap<ReturnDisposition, String> copy = new EnumMap<>(ReturnDisposition.class);
    locations.forEach(
        (d, name) -> {
          Objects.requireNonNull(d, "disposition");
          Objects.requireNonNull(name, "location of " + d);
          if (name.isBlank()) {
            throw new IllegalArgumentException("location of " + d + " must not be blank");
          }
          copy.put(d, name);
        });
    locations = Map.copyOf(copy);
  }

  /**
   * No configured location: restocked units go to the return picking's destination, quarantined and
   * scrapped units are refused.
   *
   * @return the empty configuration
   */
  public static ReturnLocations none() {
    return new ReturnLocations(Map.of());
  }

  /**
   * A copy with the location of one disposition set (replaced when it was set).
   *
   * @param disposition the disposition
   * @param odooLocation the full name of the Odoo location, for example {@code WH/Quarantine}
   * @return the new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public ReturnLocations with(ReturnDisposition disposition, String odooLocation) {
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(odooLocation, "odooLocation");
    EnumMap<ReturnDisposition, String> copy = new EnumMap<>(ReturnDisposition.class);
    copy.putAll(locations);
    copy.put(disposition, odooLocation);
    return new ReturnLocations(copy);
  }

  /**
   * The location configured for a disposition.
   *
   * @param disposition the disposition
   * @return the full Odoo location name, or empty when none is configured
   */
  public Optional<String> location(ReturnDisposition disposition) {
    return Optional.ofNullable(locations.get(Objects.requireNonNull(disposition, "disposition")));
  }
}
