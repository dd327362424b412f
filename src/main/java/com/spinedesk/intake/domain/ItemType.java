package com.spinedesk.intake.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question, each with the Java type its answers have (see {@link Answers}). */
public enum ItemType {
  /** Yes or no: {@link Boolean}. */
  BOOLEAN("boolean"),
  /** One option: the option's code as a {@link String}. */
  CHOICE("choice"),
  /** Several options: a {@code List<String>} of codes, in the definition's order. */
  MULTI_CHOICE("multiChoice"),
  /** A whole number within the item's bounds: {@link Integer}. */
  INTEGER("integer"),
  /** A number on a scale, 0 to 10 unless the item says otherwise: {@link Integer}. */
  SCALE("scale"),
  /** A day, never in the future: {@link java.time.LocalDate}. */
  DATE("date"),
  /** Free text without markup: {@link String}. */
  TEXT("text");

  private final String jsonName;

  ItemType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name definition files use, as in FHIR ({@code multiChoice}, not {@code MULTI_CHOICE}). */
  public String jsonName() {
    return jsonName;
  }

  public static Optional<ItemType> byJsonName(String name) {
    return Arrays.stream(values()).filter(type -> type.jsonName.equals(name)).findFirst();
  }

  /** Whether answers have options to choose from. */
  public boolean hasOptions() {
    return this == CHOICE || this == MULTI_CHOICE;
  }

  /** Whether answers are numbers, the only ones {@code >}, {@code <} and scores can work with. */
  public boolean isNumeric() {
    return this == INTEGER || this == SCALE;
  }

  /** Whether an answer can give points to a score; dates and free text cannot. */
  public boolean isScorable() {
    return this != DATE && this != TEXT;
  }
}
