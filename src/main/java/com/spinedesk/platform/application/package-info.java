/**
 * Start-up work and configuration: the data source, Flyway migrations before anything uses JPA, and
 * the demo data loaded only in demo mode; reading the seed files ({@link
 * com.spinedesk.platform.application.Seeds}), SHA-256 checksums ({@link
 * com.spinedesk.platform.application.Hashes}), and the where clause of searches built with their
 * parameters ({@link com.spinedesk.platform.application.Criteria}).
 */
package com.spinedesk.platform.application;
