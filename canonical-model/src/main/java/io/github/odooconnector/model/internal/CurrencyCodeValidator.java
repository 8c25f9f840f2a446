package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.constraints.CurrencyCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates {@link CurrencyCode} against the ISO 4217 codes known to the JDK. */
public final class CurrencyCodeValidator
    implements ConstraintValidator<CurrencyCode, CharSequence> {
  private static final Set<String> CODES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CODES.contains(value.toString());
  }
}
