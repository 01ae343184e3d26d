package org.bilateral.pair;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.common.web.ContentVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages flag a claim on the first day it is older than allowed, not a day
 * before, by the portal's clock; and the page cache never sends yesterday's page today.
 */
@PortalTest
@Import(StaleClaimsByDayTests.Today.class)
@TestPropertySource(properties = "bilateral.page-cache.enabled=true")
class StaleClaimsByDayTests {

	private static final String PAIR = "/relations/argentina-kazakhstan";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	ContentVersion contentVersion;

	@Autowired
	JdbcTemplate jdbc;

	/** Waits until this instance has heard of every change made before the test. */
	@BeforeEach
	void waitForTheListener() throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		while (!this.contentVersion.isListening() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		long inDatabase = this.jdbc.queryForObject("select version from content_version", Long.class);
		while (this.contentVersion.current() < inDatabase && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		assertThat(this.contentVersion.current()).isGreaterThanOrEqualTo(inDatabase);
	}

	@AfterEach
	void backToToday() {
		this.clock.set(null);
	}

	@Test
	void aClaimStatedOn25July2019IsFlaggedFrom26July2021() {
		this.clock.set(LocalDate.of(2021, 7, 25));
		assertThat(Pages.get(this.mvc, PAIR).select(".claim-age.stale")).isEmpty();
		this.clock.set(LocalDate.of(2021, 7, 26));
		assertThat(Pages.get(this.mvc, PAIR).select("#ambassadors .claim-age.stale").eachText()).hasSize(2)
			.allMatch("Stated in 2019; not confirmed since."::equals);
		assertThat(Pages.get(this.mvc, PAIR).select("#cultural-centres .claim-age.stale").eachText())
			.containsExactly("Stated in 2019; not confirmed since.");
	}

	@Test
	void aPageKeptYesterdayIsRenderedAfreshTodayWithANewEtag() {
		this.clock.set(LocalDate.of(2021, 7, 25));
		MvcTestResult yesterday = this.mvc.get().uri(PAIR).exchange();
		String etag = yesterday.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(HttpStatus.NOT_MODIFIED);

		this.clock.set(LocalDate.of(2021, 7, 26));
		MvcTestResult today = this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(today).hasStatus(HttpStatus.OK);
		assertThat(today.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(Pages.parse(today).select(".claim-age.stale")).isNotEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Today {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

	/** A clock a test sets to a day (noon UTC), or back to the real time. */
	static final class SettableClock extends Clock {

		private volatile Instant fixed;

		void set(LocalDate day) {
			this.fixed = (day != null) ? day.atTime(12, 0).toInstant(ZoneOffset.UTC) : null;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return (this.fixed != null) ? this.fixed : Instant.now();
		}

	}

}
