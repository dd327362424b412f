package com.spinedesk.imaging.application;

import com.spinedesk.imaging.domain.ImagingOrder;
import com.spinedesk.imaging.domain.ImagingStudy;
import com.spinedesk.imaging.domain.Variant;
import com.spinedesk.patient.domain.Patient;

/**
 * One order as staff see it: the order, its patient and study, the variant its guidance matched
 * when it was last saved (null when none), and the requester's full name.
 */
public record OrderDetail(
    ImagingOrder order,
    Patient patient,
    ImagingStudy study,
    Variant variant,
    String requesterName) {}
