/** An audit entry and the actions it can record. */
package com.spinedesk.audit.domain;
