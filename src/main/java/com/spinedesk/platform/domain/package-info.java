/** Value rules shared by several features: constraints for names, phone numbers and dates. */
package com.spinedesk.platform.domain;
