/**
 * SpineDesk: practice management for spine and chiropractic clinics. One package per feature
 * ({@code patient}, {@code security}, {@code audit}, {@code platform}), each split into {@code
 * domain}, {@code application} and {@code web}.
 */
package com.spinedesk;
