package org.bilateral.visit;

/**
 * The part a person played in a visit.
 */
public enum ParticipantRole {

	PRINCIPAL, DELEGATION_MEMBER, HOST

}
