package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a questionnaire: its pages of items, which items the answers show, what the
 * answers lack and what they score. Which items are shown is always decided on the answers without
 * those to hidden items, so hiding one item also hides the items that depend on it.
 *
 * @param order where the questionnaire comes in an intake, lower first
 */
public record Questionnaire(
    String code,
    int version,
    QuestionnaireRole role,
    int order,
    Text title,
    Text copyright,
    List<Page> pages,
    Scoring scoring)
    implements Serializable {

  public Questionnaire {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(copyright, "copyright");
    pages = pages == null ? List.of() : List.copyOf(pages);
    scoring = scoring == null ? Scoring.none() : scoring;
  }

  /** All items of all pages, in order. */
  public List<Item> items() {
    return pages.stream().flatMap(page -> page.items().stream()).toList();
  }

  public Optional<Item> item(String linkId) {
    return items().stream().filter(item -> item.linkId().equals(linkId)).findFirst();
  }

  public Optional<Page> page(String linkId) {
    return pages.stream().filter(page -> page.linkId().equals(linkId)).findFirst();
  }

  /** The page an item is on. */
  public Optional<Page> pageOf(String itemLinkId) {
    return pages.stream()
        .filter(page -> page.items().stream().anyMatch(i -> i.linkId().equals(itemLinkId)))
        .findFirst();
  }

  /**
   * Whether the item is shown: it has no conditions, or they hold (all, or any one) for the
   * answers, disregarding answers to items that are hidden themselves.
   */
  public boolean isShown(Item item, Answers answers) {
    return enabled(item, withoutHidden(answers));
  }

  /** The page's items that these answers show, in order: what a screen asks. */
  public List<Item> shownItems(Page page, Answers answers) {
    Answers visible = withoutHidden(answers);
    return page.items().stream().filter(item -> enabled(item, visible)).toList();
  }

  private static boolean enabled(Item item, Answers answers) {
    return Condition.hold(item.enableWhen(), item.enableAny(), answers);
  }

  /**
   * What keeps this page from being saved: required items that are shown but unanswered, and
   * answers to items that are hidden (refused, never stored). Whether each value suits its item was
   * checked when it was parsed ({@link Item#parse}).
   */
  public List<Problem> check(Page page, Answers answers) {
    Answers visible = withoutHidden(answers);
    List<Problem> problems = new ArrayList<>();
    for (Item item : page.items()) {
      boolean shown = enabled(item, visible);
      boolean answered = answers.has(item.linkId());
      if (shown && item.required() && !answered) {
        problems.add(Problem.of(item.linkId(), Problem.REQUIRED));
      } else if (!shown && answered) {
        problems.add(Problem.of(item.linkId(), Problem.HIDDEN_ANSWERED));
      }
    }
    return problems;
  }

  /**
   * What keeps the whole questionnaire from being submitted: every page's problems, then answers to
   * linkIds the definition does not have.
   */
  public List<Problem> checkAll(Answers answers) {
    List<Problem> problems = new ArrayList<>();
    for (Page page : pages) {
      problems.addAll(check(page, answers));
    }
    Set<String> known = new LinkedHashSet<>();
    items().forEach(item -> known.add(item.linkId()));
    for (String linkId : answers.values().keySet()) {
      if (!known.contains(linkId)) {
        problems.add(Problem.of(linkId, Problem.UNKNOWN_ITEM));
      }
    }
    return problems;
  }

  /**
   * The answers less those to items the conditions hide, dropped until none is left, since dropping
   * one answer can hide the items that depend on it. Answers to linkIds the definition does not
   * have are kept, for {@link #checkAll} to report.
   */
  public Answers withoutHidden(Answers answers) {
    Answers current = answers;
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (Item item : items()) {
        if (current.has(item.linkId()) && !enabled(item, current)) {
          current = current.without(item.linkId());
          dropped = true;
        }
      }
    }
    return current;
  }

  /**
   * The scores, bands and flags of these answers, counting shown items only. A score that cannot be
   * computed is absent, and band conditions on it are false.
   */
  public ScoreResult score(Answers answers) {
    Answers visible = withoutHidden(answers);
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    for (Item item : items()) {
      item.points(visible.get(item.linkId()))
          .ifPresent(itemPoints -> points.put(item.linkId(), itemPoints));
    }
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (ScoreRule rule : scoring.scores()) {
      rule.compute(points).ifPresent(score -> scores.put(rule.code(), score));
    }
    Map<String, String> bands = new LinkedHashMap<>();
    for (BandRule rule : scoring.bands()) {
      rule.bandFor(scores).ifPresent(band -> bands.put(rule.code(), band));
    }
    Set<String> flags = new LinkedHashSet<>();
    Map<String, List<Trigger>> triggers = new LinkedHashMap<>();
    for (FlagRule rule : scoring.flags()) {
      if (rule.raisedBy(visible)) {
        flags.add(rule.code());
        Trigger trigger = rule.trigger(visible, this::questionText);
        List<Trigger> raised = triggers.computeIfAbsent(rule.code(), code -> new ArrayList<>());
        if (!raised.contains(trigger)) {
          raised.add(trigger);
        }
      }
    }
    return new ScoreResult(scores, bands, flags, triggers);
  }

  private Text questionText(String linkId) {
    return item(linkId).map(Item::text).orElse(new Text(linkId, linkId));
  }
}
