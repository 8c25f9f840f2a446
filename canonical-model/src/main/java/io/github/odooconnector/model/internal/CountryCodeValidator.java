package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.constraints.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Validates {@link CountryCode} against ISO 3166-1 alpha-2 (JDK list) plus {@code XK}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, CharSequence> {
  private static final Set<String> CODES;

  static {
    Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
    codes.add("XK"); // Kosovo: user-assigned code used by Odoo, the EU and most carriers
    CODES = Set.copyOf(codes);
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CODES.contains(value.toString());
  }
}
