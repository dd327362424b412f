package com.spinedesk.homecare.domain;

import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sheet as issued: the PDF the patient took home, kept byte for byte, and everything it was made
 * from. It never changes; a reprint sends the same bytes.
 */
@Entity
@Table(name = "homecare_sheet")
public class IssuedSheet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "visit_id", nullable = false, updatable = false)
  private long visitId;

  @Column(name = "intake_id", nullable = false, updatable = false)
  private long intakeId;

  @Column(name = "template_code", nullable = false, updatable = false, length = 40)
  private String templateCode;

  @Column(name = "template_version", nullable = false, updatable = false)
  private int templateVersion;

  @Column(name = "template_checksum", nullable = false, updatable = false, length = 64)
  private String templateChecksum;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Paper paper;

  @Column(name = "large_print", nullable = false, updatable = false)
  private boolean largePrint;

  /** The doses as JSON: parameter code to value. */
  @Column(nullable = false, updatable = false, length = 2000)
  private String parameters;

  /** The sections not printed (left out by the clinician or for safety), comma-separated. */
  @Column(name = "left_out", updatable = false, length = 500)
  private String leftOut;

  @Column(updatable = false, length = 2000)
  private String note;

  @Column(name = "red_flags_confirmed", nullable = false, updatable = false)
  private boolean redFlagsConfirmed;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
  private String issuedBy;

  @Column(name = "issue_token", nullable = false, updatable = false, length = 36)
  private String issueToken;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMBLOB")
  private byte[] pdf;

  @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
  private String pdfSha256;

  @Column(nullable = false, updatable = false)
  private int pages;

  protected IssuedSheet() {}

  /** Everything a sheet is made from, fixed when it is issued. */
  public record Made(
      long patientId,
      long visitId,
      long intakeId,
      SheetTemplate template,
      SheetChoices choices,
      String parametersJson,
      String leftOut,
      String issuedBy,
      Instant issuedAt,
      String issueToken) {}

  public IssuedSheet(Made made, byte[] pdf, String pdfSha256, int pages) {
    this.patientId = made.patientId();
    this.visitId = made.visitId();
    this.intakeId = made.intakeId();
    this.templateCode = made.template().code();
    this.templateVersion = made.template().version();
    this.templateChecksum = made.template().checksum();
    this.language = made.choices().language();
    this.paper = made.choices().paper();
    this.largePrint = made.choices().largePrint();
    this.parameters = made.parametersJson();
    this.leftOut = made.leftOut();
    this.note = made.choices().note();
    this.redFlagsConfirmed = made.choices().redFlagsConfirmed();
    this.issuedBy = made.issuedBy();
    this.issuedAt = made.issuedAt();
    this.issueToken = made.issueToken();
    this.pdf = pdf;
    this.pdfSha256 = pdfSha256;
    this.pages = pages;
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

  public String getTemplateCode() {
    return templateCode;
  }

  public int getTemplateVersion() {
    return templateVersion;
  }

  public String getTemplateChecksum() {
    return templateChecksum;
  }

  public Language getLanguage() {
    return language;
  }

  public Paper getPaper() {
    return paper;
  }

  public boolean isLargePrint() {
    return largePrint;
  }

  public String getParameters() {
    return parameters;
  }

  public String getLeftOut() {
    return leftOut;
  }

  public String getNote() {
    return note;
  }

  public boolean isRedFlagsConfirmed() {
    return redFlagsConfirmed;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getIssueToken() {
    return issueToken;
  }

  public byte[] getPdf() {
    return pdf;
  }

  public String getPdfSha256() {
    return pdfSha256;
  }

  public int getPages() {
    return pages;
  }
}
