package com.spinedesk.intake.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with the answer to one item, as a message key of the {@code messages} bundle and
 * its arguments, so the screen words it in the patient's language beside that item.
 */
public record Problem(String linkId, String messageKey, List<Object> args) implements Serializable {

  public static final String REQUIRED = "intake.required";
  public static final String OUT_OF_RANGE = "intake.outOfRange";
  public static final String NOT_A_NUMBER = "intake.notANumber";
  public static final String UNKNOWN_OPTION = "intake.unknownOption";
  public static final String NOT_A_DATE = "intake.notADate";
  public static final String DATE_IN_FUTURE = "intake.dateInFuture";
  public static final String TOO_LONG = "intake.tooLong";
  public static final String MARKUP = "intake.markup";
  public static final String HIDDEN_ANSWERED = "intake.hiddenAnswered";
  public static final String UNKNOWN_ITEM = "intake.unknownItem";
  public static final String NOT_YES_NO = "intake.notYesNo";

  public Problem {
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(messageKey, "messageKey");
    // A bound of an open range is null, which List.copyOf would refuse.
    args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Problem of(String linkId, String messageKey, Object... args) {
    return new Problem(linkId, messageKey, Arrays.asList(args));
  }
}
