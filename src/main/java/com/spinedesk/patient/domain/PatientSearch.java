package com.spinedesk.patient.domain;

import com.spinedesk.platform.domain.PhoneNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the front desk typed to find a patient. Every part is optional and the parts combine. Names
 * match from their start ("gar" finds García), in either order ("maria garcia" and "garcia maria"
 * both work, "Garcia, Maria" too); the phone matches on its digits from the start.
 */
public record PatientSearch(String name, LocalDate birthDate, String mrn, String phone) {

  public static PatientSearch everyone() {
    return new PatientSearch(null, null, null, null);
  }

  /** The words of the name, at most two (family and given name), longest first. */
  public List<String> nameWords() {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    List<String> words = new ArrayList<>(Arrays.asList(name.trim().split("[\\s,]+")));
    words.removeIf(String::isBlank);
    return words.size() > 2
        ? List.of(words.get(0), String.join(" ", words.subList(1, words.size())))
        : words;
  }

  public String phoneDigits() {
    return PhoneNumbers.digitsOf(phone);
  }

  public String trimmedMrn() {
    return mrn == null ? "" : mrn.trim();
  }

  /** Which kinds of criteria are in use, for the audit log (never the values themselves). */
  public String describeCriteria() {
    List<String> used = new ArrayList<>();
    if (!nameWords().isEmpty()) {
      used.add("name");
    }
    if (birthDate != null) {
      used.add("birth date");
    }
    if (!trimmedMrn().isEmpty()) {
      used.add("MRN");
    }
    if (!phoneDigits().isEmpty()) {
      used.add("phone");
    }
    return used.isEmpty() ? "all patients" : String.join(", ", used);
  }
}
