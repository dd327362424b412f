/**
 * What several features share: the vocabulary (role names, bilingual text, the languages patients
 * choose, how the audit log names a patient), value rules, constraints for names, phone numbers and
 * dates, and the mapping pieces of every table: who changed a record and when ({@link
 * com.spinedesk.platform.domain.ChangeStamp}), times stored in UTC ({@link
 * com.spinedesk.platform.domain.UtcInstantConverter}).
 */
package com.spinedesk.platform.domain;
