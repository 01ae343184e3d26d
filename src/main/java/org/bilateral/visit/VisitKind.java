package org.bilateral.visit;

/**
 * What sort of contact a visit was.
 */
public enum VisitKind {

	OFFICIAL_VISIT, WORKING_VISIT, VISIT, MEETING_AT_SUMMIT, CONSULTATIONS, EVENT_ATTENDANCE

}
