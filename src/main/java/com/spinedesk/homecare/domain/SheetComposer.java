package com.spinedesk.homecare.domain;

import com.spinedesk.homecare.domain.SheetContent.Block;
import com.spinedesk.homecare.domain.SheetContent.Notice;
import com.spinedesk.intake.domain.ClinicalCatalogue;
import com.spinedesk.intake.domain.RedFlag;
import com.spinedesk.intake.domain.RiskFactor;
import com.spinedesk.intake.domain.RiskProfile;
import com.spinedesk.platform.domain.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Composes a sheet from its template, the patient's risk profile and the clinician's choices:
 *
 * <ul>
 *   <li>a section that is unsafe for one of the patient's risk factors is left out, and the
 *       clinician is told why (the knee-to-chest stretch with osteoporosis or long-term steroids);
 *   <li>the prevention section lists the advice of the patient's own risk factors that they can
 *       change (a patient who lifts gets lifting advice, a desk worker posture breaks);
 *   <li>the "seek care now" box is always printed and lists every warning sign in plain words; when
 *       the intake raised a red flag it comes first, the patient's own warning signs at its top;
 *   <li>the clinician's note comes before the care steps; sections the clinician left out are left
 *       out, except those the template marks as always printed.
 * </ul>
 */
public final class SheetComposer {

  /** The code of the clinician's note in the composed sheet. */
  public static final String NOTE = "NOTE";

  private SheetComposer() {}

  public static SheetContent compose(
      SheetTemplate template,
      RiskProfile profile,
      ClinicalCatalogue catalogue,
      SheetChoices choices) {
    Language language = choices.language();
    Set<String> factors = codesOf(profile);
    List<Notice> notices = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    Block seekCare = null;

    for (TemplateSection section : template.sections()) {
      if (!section.isFor(factors)) {
        continue;
      }
      List<String> unsafeFor =
          section.leftOutFor().stream().filter(factors::contains).sorted().toList();
      if (!unsafeFor.isEmpty()) {
        List<String> args = new ArrayList<>();
        args.add(section.code());
        args.addAll(unsafeFor);
        notices.add(new Notice("sheet.notice.leftOutForSafety", args));
        continue;
      }
      if (section.removable() && choices.leftOut().contains(section.code())) {
        continue;
      }
      List<String> sentences =
          section.text().stream().map(t -> template.fill(t, language, choices.doses())).toList();
      String heading = template.fill(section.heading(), language, choices.doses());
      switch (section.code()) {
        case TemplateSection.PREVENTION ->
            blocks.add(
                new Block(
                    section.code(),
                    heading,
                    sentences,
                    prevention(profile, catalogue, language),
                    false));
        case TemplateSection.SEEK_CARE_NOW ->
            seekCare =
                new Block(
                    section.code(),
                    heading,
                    sentences,
                    template.emergency()
                        ? ownWarningSigns(profile, catalogue, language)
                        : warningSigns(profile, catalogue, language),
                    true);
        case TemplateSection.TELL_THEM ->
            blocks.add(
                new Block(
                    section.code(),
                    heading,
                    sentences,
                    whatToTell(profile, catalogue, language),
                    false));
        default -> blocks.add(new Block(section.code(), heading, sentences, List.of(), false));
      }
    }
    if (choices.note() != null) {
      blocks.add(
          0,
          new Block(
              NOTE,
              template.noteHeading().in(language),
              List.of(choices.note()),
              List.of(),
              false));
    }
    if (seekCare != null && template.emergency()) {
      // The referral reads in its own order: go, what to tell them, why, what to bring.
      int after = blocks.stream().map(Block::code).toList().indexOf(TemplateSection.TELL_THEM);
      blocks.add(after < 0 ? blocks.size() : after + 1, seekCare);
      notices.add(new Notice("sheet.notice.emergencySheet", new ArrayList<>(profile.redFlags())));
    } else if (seekCare != null) {
      if (profile.urgent()) {
        blocks.add(0, seekCare);
        List<String> flags = new ArrayList<>(profile.redFlags());
        notices.add(new Notice("sheet.notice.redFlagsFirst", flags));
      } else {
        blocks.add(seekCare);
      }
    }
    return new SheetContent(
        template.title().in(language), template.intro().in(language), blocks, notices);
  }

  /**
   * The patient's risk factors and red flags: what sections are for, not for, or unsafe with (no
   * stretching with a suspected fracture).
   */
  public static Set<String> codesOf(RiskProfile profile) {
    Set<String> codes = new LinkedHashSet<>(profile.modifiableRiskFactors());
    codes.addAll(profile.otherRiskFactors());
    codes.addAll(profile.redFlags());
    return codes;
  }

  /** The advice of the risk factors the patient can change, in catalogue order. */
  private static List<String> prevention(
      RiskProfile profile, ClinicalCatalogue catalogue, Language language) {
    return catalogue.riskFactors().stream()
        .filter(f -> profile.modifiableRiskFactors().contains(f.code()))
        .map(RiskFactor::prevention)
        .map(t -> t.in(language))
        .toList();
  }

  /** The warning signs of the patient's own red flags, in plain words. */
  private static List<String> ownWarningSigns(
      RiskProfile profile, ClinicalCatalogue catalogue, Language language) {
    return catalogue.redFlags().stream()
        .filter(f -> profile.redFlags().contains(f.code()) && f.seekCareNow() != null)
        .map(f -> f.seekCareNow().in(language))
        .toList();
  }

  /** The patient's red flags and what raised them: "Possible spinal infection: fever or chills". */
  private static List<String> whatToTell(
      RiskProfile profile, ClinicalCatalogue catalogue, Language language) {
    return catalogue.redFlags().stream()
        .filter(f -> profile.redFlags().contains(f.code()))
        .map(
            f -> {
              String from =
                  profile.triggersOf(f.code()).stream()
                      .map(t -> t.label().in(language))
                      .collect(java.util.stream.Collectors.joining("; "));
              String name = f.name().in(language);
              return from.isEmpty() ? name : name + ": " + from;
            })
        .toList();
  }

  /**
   * Every red flag's warning signs in plain words, the patient's own first; consider signs have no
   * symptoms of their own to watch for.
   */
  private static List<String> warningSigns(
      RiskProfile profile, ClinicalCatalogue catalogue, Language language) {
    List<RedFlag> ordered = new ArrayList<>();
    catalogue.redFlags().stream()
        .filter(f -> profile.redFlags().contains(f.code()))
        .forEach(ordered::add);
    catalogue.redFlags().stream()
        .filter(f -> !profile.redFlags().contains(f.code()))
        .forEach(ordered::add);
    return ordered.stream()
        .filter(f -> f.seekCareNow() != null)
        .map(f -> f.seekCareNow().in(language))
        .toList();
  }
}
