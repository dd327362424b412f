package com.spinedesk.homecare.application;

import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.Paper;
import java.io.Serializable;
import java.time.Instant;

/**
 * An issued sheet as lists and its own page show it: everything but the PDF itself.
 *
 * @param parameters the doses as JSON (parameter code to value)
 * @param leftOut the sections not printed, comma-separated (null when all were printed)
 */
public record SheetSummary(
    long id,
    long patientId,
    long visitId,
    Instant issuedAt,
    String issuedBy,
    Language language,
    Paper paper,
    boolean largePrint,
    String templateCode,
    int templateVersion,
    String parameters,
    String leftOut,
    String note,
    boolean redFlagsConfirmed,
    int pages,
    String pdfSha256)
    implements Serializable {}
