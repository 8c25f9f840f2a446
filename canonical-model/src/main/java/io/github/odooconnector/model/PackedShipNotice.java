package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.HandlingUnitsResolve;
import io.github.odooconnector.model.constraints.UniqueBy;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An {@link AdvanceShipNotice} with its packing hierarchy (EDI 856 shipment-order-tare-pack-item,
 * DESADV CPS): the pallets and cartons that carry the announced lines, and which line quantities
 * each holds. Lines or quantities not packed in any unit are loose.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(AdvanceShipNotice, List)} (which validate)
 * or the canonical constructor (which does not; use {@link CanonicalValidator}). Lists are
 * defensively copied, never null.
 *
 * @param notice the announcement: parties, dates, carrier and lines
 * @param handlingUnits the pallets and cartons, possibly empty; parents before their children is
 *     not required
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@HandlingUnitsResolve
public record PackedShipNotice(
    @NotNull @Valid AdvanceShipNotice notice,
    @UniqueBy("unitId") List<@NotNull @Valid HandlingUnit> handlingUnits) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param notice see the record description
   * @param handlingUnits see the record description
   */
  public PackedShipNotice {
    handlingUnits = Lists.copy(handlingUnits);
  }

  /**
   * Creates a packed notice.
   *
   * @param notice the announcement: parties, dates, carrier and lines
   * @param handlingUnits the pallets and cartons, possibly empty; parents before their children is
   *     not required
   * @return the validated instance
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static PackedShipNotice of(
      AdvanceShipNotice notice, List<@NotNull @Valid HandlingUnit> handlingUnits) {
    return Factories.requireValid(new PackedShipNotice(notice, handlingUnits));
  }
}
