package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;

/**
 * A risk factor for back spasm from {@code seeds/catalogue/risk-factors.json}: whether the patient
 * can change it, and the prevention advice it triggers on the home-care sheet.
 */
public record RiskFactor(
    String code, Modifiable modifiable, Text name, Text explanation, Text prevention) {

  /** Whether the patient can do something about it ("partly" counts as modifiable). */
  public enum Modifiable {
    YES,
    PARTLY,
    NO;

    public boolean byPatient() {
      return this != NO;
    }
  }
}
