package io.github.odooconnector.model;

import java.util.Objects;

/**
 * Thrown when a quantity is converted to, compared with or added to a unit of another dimension
 * (for example kilograms to metres), or between packaging units without a fixed ratio.
 *
 * <p>Immutable once thrown and safe to share between threads.
 */
public class IncompatibleUnitsException extends CanonicalModelException {
  private static final long serialVersionUID = 1L;

  private final UnitOfMeasure from;
  private final UnitOfMeasure to;

  /**
   * Creates an exception.
   *
   * @param from the unit of the quantity
   * @param to the requested unit
   */
  public IncompatibleUnitsException(UnitOfMeasure from, UnitOfMeasure to) {
    super(
        "cannot convert "
            + Objects.requireNonNull(from, "from")
            + " ("
            + from.dimension()
            + ") to "
            + Objects.requireNonNull(to, "to")
            + " ("
            + to.dimension()
            + ")");
    this.from = from;
    this.to = to;
  }

  /**
   * The unit of the quantity that was to be converted.
   *
   * @return the source unit
   */
  public UnitOfMeasure from() {
    return from;
  }

  /**
   * The requested unit.
   *
   * @return the target unit
   */
  public UnitOfMeasure to() {
    return to;
  }
}
