package org.bilateral.common.claims;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Today, as the portal counts it (UTC): one {@link Clock}, so that what depends on the
 * date can be tested on any day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
