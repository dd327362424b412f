package com.spinedesk.patient.application;

import com.spinedesk.platform.application.RequestRefused;
import java.io.Serial;
import java.util.List;

/**
 * A patient with the same name and date of birth is already registered. Registration stops until
 * the person confirms this is somebody else, so the clinic does not split one person's records.
 */
public class PossibleDuplicate extends RequestRefused {
  @Serial private static final long serialVersionUID = 1L;

  private final List<String> matchingMrns;

  public PossibleDuplicate(List<String> matchingMrns) {
    super("patient.possibleDuplicate", String.join(", ", matchingMrns));
    this.matchingMrns = List.copyOf(matchingMrns);
  }

  public List<String> matchingMrns() {
    return matchingMrns;
  }
}
