package com.spinedesk.imaging.domain;

/** How the study images: plain X-ray, CT or MRI. */
public enum Modality {
  XR,
  CT,
  MR
}
