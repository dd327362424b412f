/**
 * Writing entries in the caller's transaction ({@link com.spinedesk.audit.application.AuditLog})
 * and reading them back for administrators ({@link com.spinedesk.audit.application.AuditTrail}).
 */
package com.spinedesk.audit.application;
