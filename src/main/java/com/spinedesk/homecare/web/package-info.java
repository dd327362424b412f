/** The sheet screen (choices beside a live print preview), an issued sheet, and its PDF. */
package com.spinedesk.homecare.web;
