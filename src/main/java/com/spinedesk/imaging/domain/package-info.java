/**
 * Studies, the appropriateness rules (ACR variants as data) and the guidance they give, and the
 * order with its FHIR ServiceRequest-like lifecycle.
 */
package com.spinedesk.imaging.domain;
