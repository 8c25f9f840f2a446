package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiErrorKind;

/** A mapping problem at a segment/element of a transaction; collected into an EdiError. */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Segment segment;
  private final String segmentTag;
  private final int element;
  private final int component;
  private final EdiErrorKind kind;

  public MappingException(
      Segment segment, String segmentTag, int element, int component, EdiErrorKind kind, String m) {
    super(m);
    this.segment = segment;
    this.segmentTag = segmentTag;
    this.element = element;
    this.component = component;
    this.kind = kind;
  }

  public Segment segment() {
    return segment;
  }

  public String segmentTag() {
    return segmentTag;
  }

  public int element() {
    return element;
  }

  public int component() {
    return component;
  }

  public EdiErrorKind kind() {
    return kind;
  }
}
