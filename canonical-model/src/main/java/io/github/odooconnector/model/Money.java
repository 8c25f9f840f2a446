package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.CurrencyCode;
import io.github.odooconnector.model.internal.Decimals;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in an ISO 4217 currency: {@code {"amount":19.99,"currency":"EUR"}}.
 *
 * <p>The amount is a {@link BigDecimal} serialized as a JSON number without loss; it is not rounded
 * to the currency's minor unit (Odoo unit prices often carry more decimals). The currency code is
 * kept as a string so that an unknown code in JSON is reported by {@link CanonicalValidator} with
 * every other violation; {@link #currencyUnit()} gives the {@link Currency}. The constructor
 * upper-cases the code and never throws; the {@code of} factories validate.
 *
 * <p>Equality ignores the scale of the amount ({@code 1.50 EUR} equals {@code 1.5 EUR}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount, may be negative (credits, refunds); at most 18 integer digits and 34
 *     decimals
 * @param currency ISO 4217 alphabetic code such as {@code EUR}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Money(
    @NotNull @Digits(integer = 18, fraction = 34) BigDecimal amount,
    @NotNull @CurrencyCode String currency) {

  /**
   * Normalizes the currency code to upper case; never throws.
   *
   * @param amount the amount
   * @param currency the currency code
   */
  public Money {
    currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Creates a validated amount.
   *
   * @param amount the amount
   * @param currency ISO 4217 code
   * @return the money
   * @throws CanonicalValidationException if an argument is null, the amount is out of bounds or the
   *     code is not ISO 4217
   */
  public static Money of(BigDecimal amount, String currency) {
    return Factories.requireValid(new Money(amount, currency));
  }

  /**
   * Creates a validated amount from a decimal string (surrounding white space is ignored).
   *
   * @param amount the amount, for example {@code "19.99"}
   * @param currency ISO 4217 code
   * @return the money
   * @throws CanonicalValidationException if {@code amount} is not a decimal number within the
   *     bounds (the violation names {@code amount} and the offending text), the code is not ISO
   *     4217, or an argument is null
   */
  public static Money of(String amount, String currency) {
    BigDecimal parsed = Factories.decimalOrNull(amount);
    return Factories.requireValid(
        new Money(parsed, currency), Factories.notADecimal("amount", amount, parsed));
  }

  /**
   * Creates a validated amount in a {@link Currency}.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the money
   * @throws CanonicalValidationException if an argument is null or the amount is out of bounds
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return of(amount, currency == null ? null : currency.getCurrencyCode());
  }

  /**
   * The currency as a {@link Currency}.
   *
   * @return the currency
   * @throws IllegalArgumentException if this instance was built from JSON with an unknown code and
   *     not validated
   */
  public Currency currencyUnit() {
    return Currency.getInstance(currency);
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Subtracts an amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Multiplies the amount, for example a unit price by a quantity.
   *
   * @param factor the factor
   * @return the product (not rounded)
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!Objects.equals(currency, Objects.requireNonNull(other, "other").currency)) {
      throw new IllegalArgumentException(
          "currency mismatch: " + currency + " vs " + other.currency);
    }
  }

  /**
   * Equality by currency and numeric amount, ignoring the scale of the amount.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m
        && Objects.equals(currency, m.currency)
        && Decimals.equalsIgnoringScale(amount, m.amount);
  }

  /**
   * Hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(Decimals.hashIgnoringScale(amount), currency);
  }

  /**
   * Renders as {@code 19.99 EUR}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return Decimals.toText(amount) + " " + currency;
  }
}
