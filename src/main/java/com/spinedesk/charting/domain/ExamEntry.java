package com.spinedesk.charting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * One row of a muscle exam as stored: a test on one side, its grade with the scale beside it (or
 * "not testable" with the reason in the note), whether testing hurt, and a note.
 */
@Embeddable
public class ExamEntry implements Serializable {

  @Column(name = "test_code", nullable = false, length = 40)
  private String testCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 5)
  private Side side;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private GradingScale scale;

  @Column(name = "grade_value")
  private Integer gradeValue;

  @Column(name = "grade_modifier", length = 1)
  private String gradeModifier;

  @Column(name = "not_testable", nullable = false)
  private boolean notTestable;

  @Column(nullable = false)
  private boolean pain;

  @Column(length = 300)
  private String note;

  protected ExamEntry() {}

  public ExamEntry(String testCode, Side side, Grade grade, boolean pain, String note) {
    this.testCode = testCode;
    this.side = side;
    this.scale = grade.scale();
    this.gradeValue = grade.value();
    this.gradeModifier = grade.modifier() < 0 ? "-" : grade.modifier() > 0 ? "+" : null;
    this.notTestable = grade.notTestable();
    this.pain = pain;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public Grade grade() {
    int modifier = "-".equals(gradeModifier) ? -1 : "+".equals(gradeModifier) ? 1 : 0;
    return new Grade(scale, gradeValue, modifier, notTestable);
  }

  public String getTestCode() {
    return testCode;
  }

  public Side getSide() {
    return side;
  }

  public boolean isPain() {
    return pain;
  }

  public String getNote() {
    return note;
  }
}
