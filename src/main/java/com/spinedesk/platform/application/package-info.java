/**
 * Start-up work and configuration: the data source, Flyway migrations before anything uses JPA, and
 * the demo data loaded only in demo mode; reading the seed files ({@link
 * com.spinedesk.platform.application.Seeds}) and SHA-256 checksums ({@link
 * com.spinedesk.platform.application.Hashes}).
 */
package com.spinedesk.platform.application;
