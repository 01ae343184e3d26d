package org.bilateral.security;

/**
 * What a user may do: an editor keeps the records; an administrator does that too and
 * also manages users.
 */
public enum Role {

	EDITOR, ADMIN

}
