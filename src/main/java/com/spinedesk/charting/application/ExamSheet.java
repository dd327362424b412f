package com.spinedesk.charting.application;

import com.spinedesk.charting.domain.MuscleExam;
import com.spinedesk.charting.domain.Visit;

/**
 * The muscle testing of a visit: the visit (signed visits are read-only), its exam (null until the
 * first save) and the patient's previous exam for comparison (null when there is none).
 */
public record ExamSheet(Visit visit, MuscleExam exam, MuscleExam previous) {}
