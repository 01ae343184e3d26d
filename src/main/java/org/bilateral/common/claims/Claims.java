package org.bilateral.common.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a claim about the present is stale: made or last checked longer ago than
 * {@code bilateral.claims.stale-after} (two years unless configured), counted from today
 * by the portal's {@link Clock}. A claim exactly that old is not stale yet; a day older
 * is. Templates call it as {@code @claims}.
 */
@Component("claims")
public class Claims {

	private final Clock clock;

	private final Period staleAfter;

	Claims(Clock clock, @Value("${bilateral.claims.stale-after:P2Y}") Period staleAfter) {
		this.clock = clock;
		this.staleAfter = staleAfter;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether a claim last confirmed on this day needs checking again. */
	public boolean isStale(LocalDate confirmedOn) {
		return confirmedOn != null && confirmedOn.plus(this.staleAfter).isBefore(today());
	}

	public boolean isStale(Claim claim) {
		return isStale(claim.confirmedOn());
	}

}
