/** Faces plumbing shared by all screens: localized messages and the clock shown to people. */
package com.spinedesk.platform.web;
