/**
 * What several features share: the vocabulary (role names, bilingual text, the languages patients
 * choose) and value rules, constraints for names, phone numbers and dates.
 */
package com.spinedesk.platform.domain;
