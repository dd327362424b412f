/**
 * Client-side test helpers: the Arquillian deployment (the real WAR plus the test support package)
 * and a headless Chromium with screenshots and axe-core checks.
 */
package com.spinedesk.it;
