package com.spinedesk.platform.domain;

/** The paper sizes clinics print on, with their CSS page size. */
public enum Paper {
  LETTER("letter"),
  A4("A4");

  private final String cssSize;

  Paper(String cssSize) {
    this.cssSize = cssSize;
  }

  /** The value of the CSS {@code @page size} property. */
  public String cssSize() {
    return cssSize;
  }
}
