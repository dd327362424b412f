/** The administrator's audit screen. */
package com.spinedesk.audit.web;
