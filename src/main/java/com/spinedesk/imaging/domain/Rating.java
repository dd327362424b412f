package com.spinedesk.imaging.domain;

/** How appropriate a study is for the matched variant, in the ACR's three grades. */
public enum Rating {
  USUALLY_APPROPRIATE,
  MAY_BE_APPROPRIATE,
  USUALLY_NOT_APPROPRIATE,
  /** No variant matched, or the variant does not rate this study: the clinician decides. */
  NOT_RATED;

  /** Ordering it anyway needs the clinician's recorded reason. */
  public boolean needsReason() {
    return this == USUALLY_NOT_APPROPRIATE;
  }
}
