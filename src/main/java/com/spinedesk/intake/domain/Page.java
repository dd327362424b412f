package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A page of a questionnaire (a FHIR group): its items are saved together when the patient moves on.
 */
public record Page(String linkId, Text title, List<Item> items) implements Serializable {

  public Page {
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(title, "title");
    items = items == null ? List.of() : List.copyOf(items);
  }
}
