/** The sign-in page, the signed-in user's header and the administrator's user screen. */
package com.spinedesk.security.web;
