package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a choice. The code is what is stored, so the display can be reworded without
 * touching answers; the score is null for options that give no points (such as "rather not say").
 */
public record AnswerOption(String code, Text display, BigDecimal score) implements Serializable {

  public AnswerOption {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(display, "display");
  }
}
