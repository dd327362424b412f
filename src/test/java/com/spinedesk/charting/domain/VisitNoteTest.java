package com.spinedesk.charting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisitNoteTest {

  @Test
  void aNoteNeedsChiefComplaintAssessmentAndPlanToBeSigned() {
    assertThat(VisitNote.empty().missingForSigning())
        .containsExactly("visit.chiefComplaint", "visit.assessment", "visit.plan");
    VisitNote complete =
        new VisitNote("Back spasm", null, "Muscle spasm", List.of(), "Heat, walking", 6);
    assertThat(complete.missingForSigning()).isEmpty();
  }

  @Test
  void aDiagnosisStandsInForTheAssessmentText() {
    VisitNote coded = new VisitNote("Back spasm", null, "  ", List.of("M62.830"), "Walk", null);
    assertThat(coded.missingForSigning()).isEmpty();
  }

  @Test
  void blanksDoNotCountAsText() {
    VisitNote blank = new VisitNote(" ", "", "\n", List.of(), "\t", null);
    assertThat(blank.missingForSigning()).hasSize(3);
  }

  @Test
  void theFieldsThatDifferAreNamedForTheConflictMessage() {
    VisitNote before =
        new VisitNote("Back spasm", "Tender L4", null, List.of("M62.830"), "Heat", 6);
    VisitNote after =
        new VisitNote("Back spasm ", "Tender L4-L5", null, List.of("M62.830", "M54.50"), "Heat", 4);
    assertThat(before.fieldsDifferentFrom(after))
        .containsExactly("visit.findings", "visit.diagnoses", "visit.painNow");
    assertThat(before.fieldsDifferentFrom(before)).isEmpty();
  }
}
