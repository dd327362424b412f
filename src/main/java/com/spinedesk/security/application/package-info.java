/**
 * Jakarta Security wiring (form login against the database's PBKDF2 hashes) and the services behind
 * sign-in and user administration.
 */
package com.spinedesk.security.application;
