package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A business party: customer, supplier, ship-to or bill-to contact (an Odoo {@code res.partner}).
 *
 * <p>Immutable and thread-safe. Build with {@link #of(String, Address)} or {@link
 * #builder(String)}.
 *
 * @param partyId the party's identifier in the source system (for example the Odoo partner id or a
 *     customer number), or null
 * @param name display name of the person or company
 * @param companyName the company the contact belongs to, or null
 * @param address postal address, or null when unknown (a ship-to party must have one, see {@link
 *     io.github.odooconnector.model.constraints.HasAddress})
 * @param email e-mail address, or null
 * @param phone phone number as entered, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(
    @Size(max = 128) String partyId,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) String companyName,
    @Valid Address address,
    @Email @Size(max = 254) String email,
    @Size(max = 50) String phone) {

  /**
   * Creates a party with a name and an address.
   *
   * @param name display name
   * @param address postal address
   * @return the party
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static Party of(String name, Address address) {
    return Factories.requireValid(new Party(null, name, null, address, null, null));
  }

  /**
   * Starts a builder.
   *
   * @param name display name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The address if present.
   *
   * @return the address
   */
  public Optional<Address> optionalAddress() {
    return Optional.ofNullable(address);
  }

  /**
   * The e-mail address if present.
   *
   * @return the e-mail address
   */
  public Optional<String> optionalEmail() {
    return Optional.ofNullable(email);
  }

  /**
   * The phone number if present.
   *
   * @return the phone number
   */
  public Optional<String> optionalPhone() {
    return Optional.ofNullable(phone);
  }

  /**
   * The party's identifier in the source system (for example the Odoo partner id or a customer
   * number), if present.
   *
   * @return {@link #partyId()}, or empty when it is null
   */
  public Optional<String> optionalPartyId() {
    return Optional.ofNullable(partyId);
  }

  /**
   * The company the contact belongs to, if present.
   *
   * @return {@link #companyName()}, or empty when it is null
   */
  public Optional<String> optionalCompanyName() {
    return Optional.ofNullable(companyName);
  }

  /** Builder for {@link Party}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String partyId;
    private final String name;
    private String companyName;
    private Address address;
    private String email;
    private String phone;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the source-system identifier.
     *
     * @param partyId the identifier
     * @return this builder
     */
    public Builder partyId(String partyId) {
      this.partyId = partyId;
      return this;
    }

    /**
     * Sets the company name.
     *
     * @param companyName the company name
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = companyName;
      return this;
    }

    /**
     * Sets the address.
     *
     * @param address the address
     * @return this builder
     */
    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the e-mail address
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the phone number.
     *
     * @param phone the phone number
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Builds and validates the party.
     *
     * @return the party
     * @throws CanonicalValidationException listing every violation
     */
    public Party build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the party without validating it.
     *
     * @return the party, possibly invalid
     */
    public Party buildUnvalidated() {
      return new Party(partyId, name, companyName, address, email, phone);
    }
  }
}
