/**
 * Client-side test helpers: the Arquillian deployment (the real WAR plus the test support package
 * and every {@link com.spinedesk.it.InPayara} class, served by one Payara Micro for the run), the
 * shared server the HTTP tests and browser journeys reach, and a pool of headless Chromium browsers
 * with screenshots and axe-core checks.
 */
package com.spinedesk.it;
