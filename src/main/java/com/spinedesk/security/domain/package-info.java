/** Staff accounts, role names and the rules for passwords and failed sign-ins. */
package com.spinedesk.security.domain;
