package io.github.odooconnector.model.internal;

import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.ShipmentLine;
import io.github.odooconnector.model.constraints.ParcelRefsResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;

/** Validates {@link ParcelRefsResolve}. */
public final class ParcelRefsResolveValidator
    implements ConstraintValidator<ParcelRefsResolve, Shipment> {
  @Override
  public boolean isValid(Shipment shipment, ConstraintValidatorContext context) {
    if (shipment == null) {
      return true;
    }
    Set<String> parcelIds = new HashSet<>();
    for (Parcel p : shipment.parcels()) {
      if (p != null && p.parcelId() != null) {
        parcelIds.add(p.parcelId());
      }
    }
    boolean valid = true;
    for (int i = 0; i < shipment.lines().size(); i++) {
      ShipmentLine line = shipment.lines().get(i);
      if (line == null || line.parcelId() == null || parcelIds.contains(line.parcelId())) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
      }
      valid = false;
      context
          .buildConstraintViolationWithTemplate(
              Violations.escape(
                  "must reference a parcel of this shipment, but no parcel has id '"
                      + line.parcelId()
                      + "'"))
          .addPropertyNode("lines")
          .addPropertyNode("parcelId")
          .inIterable()
          .atIndex(i)
          .addConstraintViolation();
    }
    return valid;
  }
}
