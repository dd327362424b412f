/**
 * Clinician charting: the clinician's worklist, the chart with its visits timeline and pain trend,
 * visit notes (signed and then only amended), and manual muscle testing with its analysis.
 */
package com.spinedesk.charting;
