package org.bilateral.common;

/**
 * How much of a date the source states: the year only, the month, or the day.
 */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
