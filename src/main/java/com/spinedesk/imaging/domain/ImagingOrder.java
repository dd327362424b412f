package com.spinedesk.imaging.domain;

import com.spinedesk.platform.domain.ChangeStamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An imaging order (FHIR ServiceRequest): what is asked for and why, the guidance it was given, and
 * where it is in its life. Only a draft changes; once signed only its result or its end is
 * recorded.
 */
@Entity
@Table(name = "imaging_order")
public class ImagingOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "visit_id", nullable = false, updatable = false)
  private long visitId;

  @Column(name = "intake_id", nullable = false, updatable = false)
  private long intakeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status = OrderStatus.DRAFT;

  @Column(name = "study_code", nullable = false, length = 40)
  private String studyCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Priority priority;

  @Column(name = "clinical_question", length = 1000)
  private String clinicalQuestion;

  @Enumerated(EnumType.STRING)
  @Column(name = "symptom_side", length = 10)
  private SymptomSide symptomSide;

  @Column(name = "contrast_reaction")
  private Boolean contrastReaction;

  @Column(name = "kidney_disease")
  private Boolean kidneyDisease;

  @Column(name = "patient_instructions", length = 2000)
  private String patientInstructions;

  /** The ticked findings, comma-separated codes in alphabetical order. */
  @Column(length = 500)
  private String findings;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "imaging_order_reason", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", length = 10)
  private List<String> reasons = new ArrayList<>();

  @Column(name = "ruleset_version", nullable = false)
  private int rulesetVersion;

  @Column(name = "matched_variant", length = 10)
  private String matchedVariant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Rating rating;

  @Column(name = "override_reason", length = 1000)
  private String overrideReason;

  @Column(nullable = false, updatable = false, length = 64)
  private String requester;

  /** The one-time token of the form that created the order (a double click makes one order). */
  @Column(name = "request_token", updatable = false, length = 36)
  private String requestToken;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Embedded private ChangeStamp lastChange;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "result_date")
  private LocalDate resultDate;

  @Column(name = "result_report", columnDefinition = "TEXT")
  private String resultReport;

  @Column(name = "result_reviewed", nullable = false)
  private boolean resultReviewed;

  @Column(name = "result_recorded_at")
  private Instant resultRecordedAt;

  @Column(name = "result_recorded_by", length = 64)
  private String resultRecordedBy;

  @Column(name = "ended_reason", length = 1000)
  private String endedReason;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Version private long version;

  protected ImagingOrder() {}

  public ImagingOrder(
      long patientId,
      long visitId,
      long intakeId,
      String requester,
      String requestToken,
      Instant now) {
    this.patientId = patientId;
    this.visitId = visitId;
    this.intakeId = intakeId;
    this.requester = requester;
    this.requestToken = requestToken;
    this.createdAt = now;
  }

  /** Takes the clinician's draft and the guidance it gets now. */
  public void write(OrderRequest request, Guidance guidance, String actor, Instant now) {
    requireStatus(OrderStatus.DRAFT);
    this.studyCode = request.studyCode();
    this.reasons.clear();
    this.reasons.addAll(request.reasons());
    this.clinicalQuestion = OrderRequest.text(request.clinicalQuestion());
    this.priority = request.priority();
    this.symptomSide = request.symptomSide();
    this.contrastReaction = request.contrastReaction();
    this.kidneyDisease = request.kidneyDisease();
    this.patientInstructions = OrderRequest.text(request.patientInstructions());
    this.findings =
        request.findings().isEmpty() ? null : String.join(",", new TreeSet<>(request.findings()));
    this.overrideReason = OrderRequest.text(request.overrideReason());
    this.rulesetVersion = guidance.rulesetVersion();
    this.matchedVariant = guidance.matched() ? guidance.variant().id() : null;
    this.rating = guidance.rating();
    touched(actor, now);
  }

  public void sign(String actor, Instant now) {
    requireStatus(OrderStatus.DRAFT);
    this.status = OrderStatus.ACTIVE;
    this.signedAt = now;
    touched(actor, now);
  }

  public void complete(
      LocalDate resultDate, String report, boolean reviewedWithPatient, String actor, Instant now) {
    requireStatus(OrderStatus.ACTIVE);
    this.status = OrderStatus.COMPLETED;
    this.resultDate = resultDate;
    this.resultReport = report.strip();
    this.resultReviewed = reviewedWithPatient;
    this.resultRecordedAt = now;
    this.resultRecordedBy = actor;
    touched(actor, now);
  }

  /** Ends the order as revoked or entered in error, with the reason. */
  public void end(OrderStatus how, String reason, String actor, Instant now) {
    if (how != OrderStatus.REVOKED && how != OrderStatus.ENTERED_IN_ERROR) {
      throw new IllegalArgumentException(how + " does not end an order");
    }
    this.status = how;
    this.endedReason = reason.strip();
    this.endedAt = now;
    this.endedBy = actor;
    touched(actor, now);
  }

  /** The order as a request again, to fill the form with what was saved. */
  public OrderRequest request() {
    return new OrderRequest(
        studyCode,
        reasons,
        clinicalQuestion,
        priority,
        symptomSide,
        contrastReaction,
        kidneyDisease,
        patientInstructions,
        getFindings(),
        overrideReason);
  }

  private void requireStatus(OrderStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Order " + id + " is " + status + ", not " + expected);
    }
  }

  private void touched(String actor, Instant now) {
    this.lastChange = ChangeStamp.of(actor, now);
  }

  public Long getId() {
    return id;
  }

  public long getPatientId() {
    return patientId;
  }

  public long getVisitId() {
    return visitId;
  }

  public long getIntakeId() {
    return intakeId;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public String getStudyCode() {
    return studyCode;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getClinicalQuestion() {
    return clinicalQuestion;
  }

  public SymptomSide getSymptomSide() {
    return symptomSide;
  }

  public Boolean getContrastReaction() {
    return contrastReaction;
  }

  public Boolean getKidneyDisease() {
    return kidneyDisease;
  }

  public String getPatientInstructions() {
    return patientInstructions;
  }

  public Set<String> getFindings() {
    return findings == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(findings.split(",")));
  }

  public List<String> getReasons() {
    return List.copyOf(reasons);
  }

  public int getRulesetVersion() {
    return rulesetVersion;
  }

  public String getMatchedVariant() {
    return matchedVariant;
  }

  public Rating getRating() {
    return rating;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getRequester() {
    return requester;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return lastChange == null ? null : lastChange.at();
  }

  public String getUpdatedBy() {
    return lastChange == null ? null : lastChange.actor();
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public LocalDate getResultDate() {
    return resultDate;
  }

  public String getResultReport() {
    return resultReport;
  }

  public boolean isResultReviewed() {
    return resultReviewed;
  }

  public Instant getResultRecordedAt() {
    return resultRecordedAt;
  }

  public String getResultRecordedBy() {
    return resultRecordedBy;
  }

  public String getEndedReason() {
    return endedReason;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public long getVersion() {
    return version;
  }
}
