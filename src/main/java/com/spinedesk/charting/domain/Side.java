package com.spinedesk.charting.domain;

/** The side a muscle was tested on; trunk tests have none. */
public enum Side {
  LEFT,
  RIGHT,
  NONE;

  public Side other() {
    return switch (this) {
      case LEFT -> RIGHT;
      case RIGHT -> LEFT;
      case NONE -> NONE;
    };
  }
}
