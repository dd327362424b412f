package com.spinedesk.homecare.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A composed sheet, ready to print: its title and introduction and its sections in print order,
 * every text already in the sheet's language with the doses filled in; plus what the clinician is
 * told about it (never printed).
 */
public record SheetContent(String title, String intro, List<Block> blocks, List<Notice> notices)
    implements Serializable {

  /**
   * One printed section: heading, sentences, and a list (prevention advice, warning signs).
   *
   * @param boxed printed in a box that stands out (the "seek care now" box)
   */
  public record Block(
      String code, String heading, List<String> sentences, List<String> list, boolean boxed)
      implements Serializable {}

  /** Something the clinician must know about this sheet: a message key and its arguments. */
  public record Notice(String messageKey, List<String> arguments) implements Serializable {}

  public SheetContent {
    blocks = List.copyOf(blocks);
    notices = List.copyOf(notices);
  }

  /** Every printed word, in order, for checks of the wording (readability, rejected advice). */
  public String plainText() {
    StringBuilder text = new StringBuilder(title).append("\n").append(intro).append("\n");
    for (Block b : blocks) {
      text.append(b.heading()).append("\n");
      b.sentences().forEach(s -> text.append(s).append("\n"));
      b.list().forEach(s -> text.append(s).append("\n"));
    }
    return text.toString();
  }
}
