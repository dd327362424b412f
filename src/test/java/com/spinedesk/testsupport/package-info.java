/**
 * Helpers deployed with the in-container tests: beans that call services in a given role, and
 * direct SQL reads that check what really reached the database.
 */
package com.spinedesk.testsupport;
