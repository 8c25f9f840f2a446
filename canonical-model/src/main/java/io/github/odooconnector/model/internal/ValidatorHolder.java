package io.github.odooconnector.model.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/**
 * Lazily creates the one shared, thread-safe Hibernate Validator instance with English messages.
 */
public final class ValidatorHolder {
  private static final Validator VALIDATOR = create();

  private ValidatorHolder() {}

  /**
   * The shared validator.
   *
   * @return the validator
   */
  public static Validator validator() {
    return VALIDATOR;
  }

  private static Validator create() {
    // Messages are part of the API contract (logged, returned to senders): always English, whatever
    // the JVM locale.
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .locales(Locale.ENGLISH)
            .failFast(false)
            .buildValidatorFactory();
    return factory.getValidator();
  }
}
