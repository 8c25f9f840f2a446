package io.github.odooconnector.carrier.api;

import io.github.odooconnector.model.Address;
import java.util.List;
import java.util.Optional;

/**
 * The carrier found the ship-to address undeliverable and the {@link AddressPolicy} refused the
 * purchase; nothing was bought. Permanent until the address is fixed in Odoo.
 *
 * <p>Immutable and thread-safe.
 */
public class AddressValidationException extends ShippingWorkflowException {

  private static final long serialVersionUID = 1L;

  private final List<String> remarks;
  private final transient Address suggestion;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier that validated
   * @param message the message, naming the picking and the partner
   * @param remarks the carrier's remarks
   * @param suggestion the carrier's suggestion, or {@code null}
   */
  public AddressValidationException(
      String carrierCode, String message, List<String> remarks, Address suggestion) {
    super(carrierCode, message);
    this.remarks = List.copyOf(remarks);
    this.suggestion = suggestion;
  }

  /**
   * The carrier's remarks.
   *
   * @return an immutable, possibly empty list
   */
  public List<String> remarks() {
    return remarks;
  }

  /**
   * The carrier's suggested address.
   *
   * @return the suggestion, empty when it gave none
   */
  public Optional<Address> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
