/** Staff accounts and the rules for passwords and failed sign-ins (role names are in platform). */
package com.spinedesk.security.domain;
