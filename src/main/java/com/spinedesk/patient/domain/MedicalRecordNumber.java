package com.spinedesk.patient.domain;

/**
 * The medical record number (MRN) printed on every document: a seven-digit serial followed by a
 * Luhn check digit, e.g. serial 1000001 gives {@code 10000016}. The check digit catches any single
 * mistyped digit and most swapped neighbours when an MRN is read out over the phone.
 */
public final class MedicalRecordNumber {
  public static final int LENGTH = 8;

  private static final long FIRST_SERIAL = 1_000_000L;
  private static final long LAST_SERIAL = 9_999_999L;

  private MedicalRecordNumber() {}

  /** The MRN for a serial handed out by the registry's counter. */
  public static String fromSerial(long serial) {
    if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
      throw new IllegalArgumentException("MRN serial out of range: " + serial);
    }
    String digits = Long.toString(serial);
    return digits + checkDigit(digits);
  }

  /** Whether the text has the MRN's shape and its check digit matches. */
  public static boolean isValid(String mrn) {
    if (mrn == null || mrn.length() != LENGTH || !mrn.chars().allMatch(Character::isDigit)) {
      return false;
    }
    String serial = mrn.substring(0, LENGTH - 1);
    return mrn.charAt(LENGTH - 1) - '0' == checkDigit(serial);
  }

  /** Luhn (mod 10): double every second digit from the right, starting with the rightmost. */
  static int checkDigit(String digits) {
    int sum = 0;
    boolean doubleIt = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }
}
