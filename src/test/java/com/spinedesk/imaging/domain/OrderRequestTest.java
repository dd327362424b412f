package com.spinedesk.imaging.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

  private static OrderRequest request(
      List<String> reasons, String question, Boolean reaction, Boolean kidney, String why) {
    return new OrderRequest(
        "MR_LSPINE_WWO",
        reasons,
        question,
        Priority.ROUTINE,
        null,
        reaction,
        kidney,
        null,
        Set.of(),
        why);
  }

  @Test
  void aSignedOrderNeedsReasonsAndAQuestion() {
    assertThat(request(List.of(), " ", null, null, null).missingForSigning(false, false))
        .containsExactly("reasons", "clinicalQuestion");
    assertThat(
            request(List.of("M54.16"), "Root compression?", null, null, null)
                .missingForSigning(false, false))
        .isEmpty();
  }

  @Test
  void contrastStudiesNeedBothSafetyAnswersAndNoCountsAsAnAnswer() {
    assertThat(request(List.of("M54.16"), "Q", null, false, null).missingForSigning(true, false))
        .containsExactly("contrastReaction");
    assertThat(request(List.of("M54.16"), "Q", false, false, null).missingForSigning(true, false))
        .isEmpty();
  }

  @Test
  void aUsuallyNotAppropriateStudyNeedsTheClinicianReason() {
    assertThat(request(List.of("M54.16"), "Q", null, null, "  ").missingForSigning(false, true))
        .containsExactly("overrideReason");
    assertThat(
            request(
                    List.of("M54.16"),
                    "Q",
                    null,
                    null,
                    "Failed 12 weeks of care, surgical referral")
                .missingForSigning(false, true))
        .isEmpty();
  }

  @Test
  void changedFieldsAreNamedAndWhitespaceIsNoChange() {
    OrderRequest before = request(List.of("M54.16"), "Q", true, false, null);
    OrderRequest after = request(List.of("M54.16", "M51.16"), "Q ", true, true, null);
    assertThat(before.fieldsDifferentFrom(after))
        .containsExactly("order.reasons", "order.kidneyDisease");
  }
}
