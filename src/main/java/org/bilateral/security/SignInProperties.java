package org.bilateral.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins, within what window, lock a username or a client address, and
 * for how long ({@code bilateral.sign-in.*}).
 *
 * @param maxFailuresPerUsername failures for one username that lock it
 * @param maxFailuresPerAddress failures from one client address that lock it
 * @param window the time within which failures are counted together
 * @param lockDuration how long a lock lasts before it lifts by itself
 */
@ConfigurationProperties("bilateral.sign-in")
record SignInProperties(@DefaultValue("5") int maxFailuresPerUsername, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {

}
