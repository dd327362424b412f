/**
 * Start-up work and configuration: the data source, Flyway migrations before anything uses JPA, and
 * the demo data loaded only in demo mode.
 */
package com.spinedesk.platform.application;
