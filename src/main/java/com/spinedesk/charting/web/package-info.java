/**
 * The clinician's screens: today's patients, the chart, the visit note and the muscle test grid.
 */
package com.spinedesk.charting.web;
