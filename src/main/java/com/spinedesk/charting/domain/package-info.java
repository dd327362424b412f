/**
 * Visits, their notes and addenda, muscle-testing exams, grades on their scales, and the pure rules
 * that read an exam: weakness, left/right differences and the root level they suggest.
 */
package com.spinedesk.charting.domain;
