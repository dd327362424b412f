package com.spinedesk.testsupport;

import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.imaging.domain.SymptomSide;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An imaging {@link OrderRequest} for tests, naming only the fields a test is about instead of ten
 * positional arguments, most of them null. What is not named is left as on a new order form: no
 * reasons, question, side, contrast answers, instructions, findings or reason for ordering anyway,
 * and routine priority.
 */
public final class OrderRequestBuilder {
  private final String studyCode;
  private List<String> reasons = List.of();
  private String clinicalQuestion;
  private Priority priority = Priority.ROUTINE;
  private SymptomSide symptomSide;
  private Boolean contrastReaction;
  private Boolean kidneyDisease;
  private String patientInstructions;
  private Set<String> findings = Set.of();
  private String overrideReason;

  private OrderRequestBuilder(String studyCode) {
    this.studyCode = studyCode;
  }

  /** An order for the study with this catalogue code ("MR_LSPINE_WO"). */
  public static OrderRequestBuilder orderFor(String studyCode) {
    return new OrderRequestBuilder(studyCode);
  }

  /** The ICD-10-CM reasons, the main indication first; a repeated code is kept, as sent. */
  public OrderRequestBuilder reasons(String... codes) {
    reasons = List.of(codes);
    return this;
  }

  public OrderRequestBuilder clinicalQuestion(String question) {
    clinicalQuestion = question;
    return this;
  }

  public OrderRequestBuilder priority(Priority priority) {
    this.priority = priority;
    return this;
  }

  public OrderRequestBuilder symptomSide(SymptomSide side) {
    symptomSide = side;
    return this;
  }

  public OrderRequestBuilder contrastReaction(Boolean reaction) {
    contrastReaction = reaction;
    return this;
  }

  public OrderRequestBuilder kidneyDisease(Boolean disease) {
    kidneyDisease = disease;
    return this;
  }

  public OrderRequestBuilder patientInstructions(String instructions) {
    patientInstructions = instructions;
    return this;
  }

  /** The findings ticked on examination, by catalogue code. */
  public OrderRequestBuilder findings(String... codes) {
    findings = new LinkedHashSet<>(List.of(codes));
    return this;
  }

  /** The clinician's reason for a study the guidance rates usually not appropriate. */
  public OrderRequestBuilder overrideReason(String reason) {
    overrideReason = reason;
    return this;
  }

  public OrderRequest build() {
    return new OrderRequest(
        studyCode,
        reasons,
        clinicalQuestion,
        priority,
        symptomSide,
        contrastReaction,
        kidneyDisease,
        patientInstructions,
        findings,
        overrideReason);
  }
}
