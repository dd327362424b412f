package com.spinedesk.imaging.domain;

/** Which side the symptoms are on, so the radiologist looks there (radiating leg pain). */
public enum SymptomSide {
  CENTRAL,
  LEFT,
  RIGHT,
  BOTH
}
