package org.bilateral.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in throttling slows password guessing ({@code bilateral.sign-in.*}). A client
 * address that fails too often is locked for a while, whatever username it tries; a
 * username is never locked, but once it has failed often, every further failure pauses
 * the address it came from for that username, for longer each time.
 *
 * @param freeFailuresPerUsername failures for one username, within the window, before
 * each further failure pauses the address it came from for that username
 * @param firstPause the pause after the first failure beyond the free ones; each further
 * failure doubles it
 * @param maxPause the longest pause
 * @param maxFailuresPerAddress failures from one client address, within the window, that
 * lock it for every username
 * @param window the time within which failures are counted together
 * @param lockDuration how long an address's lock lasts before it lifts by itself
 */
@ConfigurationProperties("bilateral.sign-in")
record SignInProperties(@DefaultValue("5") int freeFailuresPerUsername, @DefaultValue("30s") Duration firstPause,
		@DefaultValue("15m") Duration maxPause, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {

	/**
	 * How long an address is paused for a username after a failure, given the username's
	 * failures within the window, that one included.
	 */
	Duration pause(int usernameFailures) {
		int beyond = usernameFailures - this.freeFailuresPerUsername;
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		Duration pause = this.firstPause;
		for (int i = 1; i < beyond && pause.compareTo(this.maxPause) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return (pause.compareTo(this.maxPause) > 0) ? this.maxPause : pause;
	}

}
