/**
 * Helpers deployed with the in-container tests: beans that call services in a given role, direct
 * SQL reads that check what really reached the database, and builders of the requests tests send.
 */
package com.spinedesk.testsupport;
