package com.spinedesk.intake.application;

import java.io.Serializable;

/**
 * What a tablet holds after its code was accepted: which code and which intake. Every kiosk request
 * presents it and the service checks it against the code's row, so an ended or expired code stops
 * the tablet at once and the grant opens nothing but its own intake.
 */
public record KioskGrant(long codeId, long intakeId) implements Serializable {}
