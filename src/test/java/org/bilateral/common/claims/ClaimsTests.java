package org.bilateral.common.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsTests {

	private static final LocalDate STATED = LocalDate.of(2019, 7, 25);

	@Test
	void aClaimExactlyAsOldAsAllowedIsNotStaleAndADayOlderIs() {
		assertThat(on("2021-07-24").isStale(STATED)).isFalse();
		assertThat(on("2021-07-25").isStale(STATED)).isFalse();
		assertThat(on("2021-07-26").isStale(STATED)).isTrue();
	}

	@Test
	void theAgeIsConfigurable() {
		Claims claims = new Claims(clock("2020-01-26"), Period.ofMonths(6));
		assertThat(claims.isStale(STATED)).isTrue();
		assertThat(claims.isStale(LocalDate.of(2019, 7, 26))).isFalse();
	}

	@Test
	void aClaimCheckedAgainCountsFromTheLatestCheck() {
		Claim checked = new Claim("ambassadors", 1, "Kairat Sarzhanov, Ambassador", "is Ambassador", STATED,
				LocalDate.of(2021, 1, 10), "/people/1-kairat-sarzhanov");
		assertThat(checked.confirmedOn()).isEqualTo(LocalDate.of(2021, 1, 10));
		assertThat(on("2021-07-26").isStale(checked)).isFalse();
		assertThat(on("2023-01-11").isStale(checked)).isTrue();
	}

	@Test
	void aClaimWithNoDateIsNeverFlaggedAsStale() {
		assertThat(on("2030-01-01").isStale((LocalDate) null)).isFalse();
	}

	@Test
	void todayIsTheClocksDay() {
		assertThat(on("2026-11-30").today()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	private static Claims on(String day) {
		return new Claims(clock(day), Period.ofYears(2));
	}

	private static Clock clock(String day) {
		return Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).plusHours(23).toInstant(), ZoneOffset.UTC);
	}

}
