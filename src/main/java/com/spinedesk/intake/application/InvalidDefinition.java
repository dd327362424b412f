package com.spinedesk.intake.application;

import java.io.Serial;

/**
 * A questionnaire definition that SpineDesk refuses to load. The message says what is wrong and
 * where ("Item pain_area: enableWhen refers to onset, which comes later"), so whoever edits the
 * file can fix it without reading code.
 */
public class InvalidDefinition extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String linkId;

  /**
   * @param linkId the page or item at fault, or null when the problem is elsewhere (the header or
   *     the scoring)
   * @param message what is wrong and where, naming the linkId when there is one
   */
  public InvalidDefinition(String linkId, String message) {
    super(message);
    this.linkId = linkId;
  }

  /** The page or item at fault, or null. */
  public String linkId() {
    return linkId;
  }
}
