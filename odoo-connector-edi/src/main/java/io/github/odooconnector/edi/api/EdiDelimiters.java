package io.github.odooconnector.edi.api;

/**
 * The separators an interchange is written with. Readers detect them from the ISA segment or the
 * UNA service string advice, so these matter only for writing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segment segment terminator, for example {@code ~} or {@code '}
 * @param element data element separator, for example {@code *} or {@code +}
 * @param component component (sub-element) separator, for example {@code >} or {@code :}
 * @param repetition repetition separator (X12 5010+ ISA11, EDIFACT syntax 4), for example {@code ^}
 * @param release EDIFACT release (escape) character, for example {@code ?}; X12 has none, use a
 *     space there
 */
public record EdiDelimiters(
    char segment, char element, char component, char repetition, char release) {

  /**
   * Checks that the separators differ from each other.
   *
   * @param segment see the record description
   * @param element see the record description
   * @param component see the record description
   * @param repetition see the record description
   * @param release see the record description
   */
  public EdiDelimiters {
    String all = "" + segment + element + component + repetition;
    if (all.chars().distinct().count() != 4) {
      throw new IllegalArgumentException("EDI separators must differ from each other: " + all);
    }
  }

  /**
   * The usual X12 separators: {@code ~ * > ^}.
   *
   * @return the separators
   */
  public static EdiDelimiters x12() {
    return new EdiDelimiters('~', '*', '>', '^', ' ');
  }

  /**
   * The UN/EDIFACT default separators (UNA {@code :+.? '} and repetition {@code *}).
   *
   * @return the separators
   */
  public static EdiDelimiters edifact() {
    return new EdiDelimiters('\'', '+', ':', '*', '?');
  }
}
