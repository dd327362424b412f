package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.util.Objects;

/**
 * What raised a flag, so every banner can say where it came from ("from: unexplained weight loss;
 * age 52 at first episode").
 *
 * @param sign a stable name of the sign for rules to read, e.g. {@code cancer_history}
 * @param label the sign as a clinician reads it, with the patient's own values filled in
 */
public record Trigger(String sign, Text label) implements Serializable {

  public Trigger {
    Objects.requireNonNull(sign, "sign");
    Objects.requireNonNull(label, "label");
  }
}
