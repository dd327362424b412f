/** The imaging screens: the order form with its guidance, one order, and the open orders. */
package com.spinedesk.imaging.web;
