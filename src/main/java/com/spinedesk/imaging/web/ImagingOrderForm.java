package com.spinedesk.imaging.web;

import com.spinedesk.charting.web.ChartTexts;
import com.spinedesk.imaging.domain.OrderRequest;
import com.spinedesk.imaging.domain.Priority;
import com.spinedesk.imaging.domain.SymptomSide;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The imaging order as the clinician fills it in on the order page, field by field (the main
 * indication apart from the others, findings as ticked). Kept apart from {@link OrderImaging}, so
 * the page's bean is about guidance, saving and signing, and one place turns the fields into the
 * {@link OrderRequest} the service checks, and a saved request back into fields.
 */
public class ImagingOrderForm implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private String studyCode;
  private String mainReason;
  private List<String> otherReasons = new ArrayList<>();
  private String clinicalQuestion;
  private Priority priority = Priority.ROUTINE;
  private SymptomSide symptomSide;
  private Boolean contrastReaction;
  private Boolean kidneyDisease;
  private String patientInstructions;
  private List<String> findings = new ArrayList<>();
  private String overrideReason;

  /** Fills the form with a saved request: its first reason is the main indication. */
  void fill(OrderRequest r) {
    studyCode = r.studyCode();
    mainReason = r.reasons().isEmpty() ? null : r.reasons().get(0);
    otherReasons =
        new ArrayList<>(r.reasons().subList(Math.min(1, r.reasons().size()), r.reasons().size()));
    clinicalQuestion = r.clinicalQuestion();
    priority = r.priority();
    symptomSide = r.symptomSide();
    contrastReaction = r.contrastReaction();
    kidneyDisease = r.kidneyDisease();
    patientInstructions = r.patientInstructions();
    findings = new ArrayList<>(r.findings());
    overrideReason = r.overrideReason();
  }

  /** The request as on screen, the main indication first. */
  OrderRequest request() {
    return new OrderRequest(
        studyCode,
        ChartTexts.mainFirst(mainReason, otherReasons),
        clinicalQuestion,
        priority,
        symptomSide,
        contrastReaction,
        kidneyDisease,
        patientInstructions,
        new LinkedHashSet<>(findings),
        overrideReason);
  }

  public String getStudyCode() {
    return studyCode;
  }

  public void setStudyCode(String studyCode) {
    this.studyCode = studyCode;
  }

  public String getMainReason() {
    return mainReason;
  }

  public void setMainReason(String mainReason) {
    this.mainReason = mainReason;
  }

  public List<String> getOtherReasons() {
    return otherReasons;
  }

  public void setOtherReasons(List<String> otherReasons) {
    this.otherReasons = otherReasons == null ? new ArrayList<>() : new ArrayList<>(otherReasons);
  }

  public String getClinicalQuestion() {
    return clinicalQuestion;
  }

  public void setClinicalQuestion(String clinicalQuestion) {
    this.clinicalQuestion = clinicalQuestion;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public SymptomSide getSymptomSide() {
    return symptomSide;
  }

  public void setSymptomSide(SymptomSide symptomSide) {
    this.symptomSide = symptomSide;
  }

  public Boolean getContrastReaction() {
    return contrastReaction;
  }

  public void setContrastReaction(Boolean contrastReaction) {
    this.contrastReaction = contrastReaction;
  }

  public Boolean getKidneyDisease() {
    return kidneyDisease;
  }

  public void setKidneyDisease(Boolean kidneyDisease) {
    this.kidneyDisease = kidneyDisease;
  }

  public String getPatientInstructions() {
    return patientInstructions;
  }

  public void setPatientInstructions(String patientInstructions) {
    this.patientInstructions = patientInstructions;
  }

  public List<String> getFindings() {
    return findings;
  }

  public void setFindings(List<String> findings) {
    this.findings = findings == null ? new ArrayList<>() : new ArrayList<>(findings);
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
