/** Sign-in, roles and the staff accounts administrators manage. */
package com.spinedesk.security;
