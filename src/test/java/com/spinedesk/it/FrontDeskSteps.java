package com.spinedesk.it;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Steps of the front desk's work that several journeys repeat, done through the real screens. */
public final class FrontDeskSteps {
  public static final String FRONT_DESK = "frontdesk";
  public static final String FRONT_DESK_PASSWORD = "Frontdesk#2026";
  public static final String CLINICIAN = "clinician";
  public static final String CLINICIAN_PASSWORD = "Clinician#2026";
  public static final String SECOND_CLINICIAN = "clinician2";
  public static final String SECOND_CLINICIAN_PASSWORD = "Clinician2#2026";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Administrator#2026";

  private FrontDeskSteps() {}

  /** A family name no other test uses, made of letters only (names refuse digits). */
  public static String uniqueFamilyName(String prefix) {
    StringBuilder name = new StringBuilder(prefix);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 8; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  public static void fillPatient(
      Browser browser, String family, String given, String birthDate, String phone) {
    browser.type("patientForm:familyName", family);
    browser.type("patientForm:givenName", given);
    browser.type("patientForm:birthDate_input", birthDate);
    browser.select("patientForm:sex", "Female");
    browser.type("patientForm:phone", phone);
    browser.type("patientForm:email", "journey@example.org");
  }

  /** The record id in the address of the page the browser shows (its {@code id} parameter). */
  public static long idInAddress(Browser browser) {
    Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.currentUrl());
    if (!m.find()) {
      throw new AssertionError("No id in " + browser.currentUrl());
    }
    return Long.parseLong(m.group(1));
  }

  /** Registers a patient through the registration screen and returns the MRN shown. */
  public static String register(Browser browser, String family, String given, String birthDate)
      throws IOException {
    browser.get("patients/register.xhtml");
    fillPatient(browser, family, given, birthDate, "(555) 201-3344");
    browser.clickAndWaitForPage("patientForm:register");
    return browser.byId("bannerMrn").getText().replaceAll("\\D", "");
  }
}
