package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.AddressPolicy;
import io.github.odooconnector.carrier.api.AddressValidationException;
import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Party;
import java.util.List;

/**
 * Validates the ship-to address with the carrier before a label is bought and applies the {@link
 * AddressPolicy}: block, warn, or correct the partner in Odoo (the correction recorded in the
 * chatter). Carriers that do not declare address validation are not asked. Thread-safe.
 */
final class AddressCheck {

  private final PickingGateway odoo;
  private final AddressPolicy policy; // null: not validated

  AddressCheck(PickingGateway odoo, AddressPolicy policy) {
    this.odoo = odoo;
    this.policy = policy;
  }

  /**
   * Returns the ship-to party to buy with: as given, or corrected.
   *
   * @throws AddressValidationException when the policy refuses the address
   */
  Party check(OdooRecord picking, ShippingSetup.Carrier reg, Party shipTo, long partnerId) {
    CarrierAdapter adapter = reg.adapter();
    if (policy == null || !adapter.capabilities().addressValidation()) {
      return shipTo;
    }
    String code = adapter.carrierCode();
    String carrier = adapter.capabilities().displayName();
    AddressValidation verdict;
    try {
      verdict = adapter.validateAddress(shipTo.address());
    } catch (CarrierException e) {
      throw e;
    } catch (RuntimeException e) {
      throw RateShopper.adapterFailure(code, "validating an address", e);
    }
    if (verdict == null) {
      throw new CarrierException(
          code, "adapter '" + code + "' returned no address validation", null, null);
    }
    Address given = shipTo.address();
    Address suggested = verdict.optionalSuggestion().filter(s -> !s.equals(given)).orElse(null);
    String name = PickingGateway.name(picking);
    String remarks =
        verdict.messages().isEmpty() ? "" : " (" + String.join("; ", verdict.messages()) + ")";
    if (policy == AddressPolicy.CORRECT && suggested != null) {
      odoo.correctPartnerAddress(partnerId, suggested);
      odoo.postNote(
          picking.id(),
          "Ship-to address corrected as suggested by "
              + carrier
              + remarks
              + ": "
              + format(given)
              + " -> "
              + format(suggested)
              + " (res.partner "
              + partnerId
              + " updated)",
          List.of());
      return new Party(
          shipTo.partyId(),
          shipTo.name(),
          shipTo.companyName(),
          suggested,
          shipTo.email(),
          shipTo.phone());
    }
    if (verdict.deliverable()) {
      return shipTo;
    }
    String problem =
        carrier
            + " cannot deliver to the ship-to address of stock.picking "
            + name
            + " ("
            + format(given)
            + ")"
            + remarks;
    if (policy == AddressPolicy.WARN) {
      odoo.postNote(
          picking.id(), "Address warning: " + problem + "; label bought anyway", List.of());
      return shipTo;
    }
    odoo.postNote(picking.id(), "Address refused: " + problem + "; no label bought", List.of());
    throw new AddressValidationException(
        code,
        problem
            + (policy == AddressPolicy.CORRECT ? "; the carrier suggested no correction" : "")
            + "; fix the partner's address in Odoo (nothing was bought)",
        verdict.messages(),
        verdict.suggestion());
  }

  static String format(Address a) {
    StringBuilder sb = new StringBuilder(a.street1());
    if (a.street2() != null) {
      sb.append(", ").append(a.street2());
    }
    sb.append(", ");
    if (a.postalCode() != null) {
      sb.append(a.postalCode()).append(' ');
    }
    return sb.append(a.city()).append(", ").append(a.countryCode()).toString();
  }
}
