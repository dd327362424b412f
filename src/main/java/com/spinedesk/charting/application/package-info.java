/**
 * The charting services clinicians call: the worklist, the chart, visit notes with signing and
 * addenda, and muscle tests. Roles are checked here and every read and change is audited.
 */
package com.spinedesk.charting.application;
