package org.bilateral.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bilateral.agreement.AgreementLifecycle.Refusal;
import org.bilateral.agreement.AgreementLifecycle.Step;
import org.bilateral.common.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementLifecycleTests {

	private static final Step SIGNED_2014 = step(AgreementStage.SIGNED, null, PartialDate.ofMonth(2014, 5));

	private static final Step RATIFIED_KZ_2015 = step(AgreementStage.RATIFIED, "KZ", PartialDate.ofYear(2015));

	private static final Step RATIFIED_AR_2015 = step(AgreementStage.RATIFIED, "AR",
			PartialDate.ofDay(LocalDate.of(2015, 3, 5)));

	private static final Step IN_FORCE_2015 = step(AgreementStage.IN_FORCE, null,
			PartialDate.ofDay(LocalDate.of(2015, 6, 1)));

	private static final Step SUSPENDED_2018 = step(AgreementStage.SUSPENDED, null, PartialDate.ofYear(2018));

	private static final Step TERMINATED_2020 = step(AgreementStage.TERMINATED, null, PartialDate.ofYear(2020));

	@Test
	void aWholeLifecycleInOrderIsAccepted() {
		List<Step> steps = List.of(SIGNED_2014, RATIFIED_KZ_2015, RATIFIED_AR_2015, IN_FORCE_2015, SUSPENDED_2018,
				step(AgreementStage.IN_FORCE, null, PartialDate.ofYear(2019)), TERMINATED_2020);
		for (int i = 0; i < steps.size(); i++) {
			assertThat(AgreementLifecycle.refusal(steps.subList(0, i), steps.get(i))).as(steps.get(i).toString())
				.isEmpty();
		}
		assertThat(AgreementLifecycle.state(steps)).isEqualTo(AgreementStage.TERMINATED);
	}

	@Test
	void aYearMayFollowADayOfThatYear() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014, RATIFIED_AR_2015), RATIFIED_KZ_2015)).isEmpty();
	}

	@Test
	void inForceBeforeSignedIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(), IN_FORCE_2015))
			.contains(new Refusal("stage", "agreementStep.beforeSigning"));
	}

	@Test
	void aRatificationBeforeTheSigningIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(), RATIFIED_KZ_2015))
			.contains(new Refusal("stage", "agreementStep.beforeSigning"));
	}

	@Test
	void aSecondSigningAndASigningAfterOtherStepsAreRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014), SIGNED_2014))
			.contains(new Refusal("stage", "agreementStep.signedTwice"));
		assertThat(AgreementLifecycle.refusal(List.of(RATIFIED_KZ_2015), SIGNED_2014))
			.contains(new Refusal("stage", "agreementStep.signedNotFirst"));
	}

	@Test
	void aSecondRatificationBySameSideIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014, RATIFIED_KZ_2015),
				step(AgreementStage.RATIFIED, "KZ", PartialDate.ofYear(2016))))
			.contains(new Refusal("countryCode", "agreementStep.ratifiedTwice"));
	}

	@Test
	void aRatificationNamesItsCountryAndNoOtherStepDoes() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014), step(AgreementStage.RATIFIED, null, null)))
			.contains(new Refusal("countryCode", "agreementStep.ratifyingCountryRequired"));
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014), step(AgreementStage.IN_FORCE, "KZ", null)))
			.contains(new Refusal("countryCode", "agreementStep.countryOnlyForRatification"));
	}

	@Test
	void aRatificationAfterTheEntryIntoForceIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014, IN_FORCE_2015), RATIFIED_KZ_2015))
			.contains(new Refusal("stage", "agreementStep.ratifiedAfterInForce"));
	}

	@Test
	void inForceTwiceWithoutASuspensionIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014, IN_FORCE_2015), IN_FORCE_2015))
			.contains(new Refusal("stage", "agreementStep.alreadyInForce"));
	}

	@Test
	void aSuspensionOfADocumentNotInForceIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014), SUSPENDED_2018))
			.contains(new Refusal("stage", "agreementStep.suspendedNotInForce"));
	}

	@Test
	void terminatedBeforeInForceIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014), TERMINATED_2020))
			.contains(new Refusal("stage", "agreementStep.terminatedBeforeInForce"));
	}

	@Test
	void anythingAfterTheTerminationIsRefused() {
		List<Step> terminated = List.of(SIGNED_2014, IN_FORCE_2015, TERMINATED_2020);
		for (Step next : List.of(SUSPENDED_2018, IN_FORCE_2015, TERMINATED_2020, RATIFIED_KZ_2015)) {
			assertThat(AgreementLifecycle.refusal(terminated, next)).as(next.toString())
				.contains(new Refusal("stage", "agreementStep.afterTermination"));
		}
	}

	@Test
	void aDateEarlierThanAPreviousStepsIsRefused() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014),
				step(AgreementStage.IN_FORCE, null, PartialDate.ofYear(2013))))
			.contains(new Refusal("takenOn", "agreementStep.dateBeforePrevious"));
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014),
				step(AgreementStage.IN_FORCE, null, PartialDate.ofDay(LocalDate.of(2014, 4, 30)))))
			.contains(new Refusal("takenOn", "agreementStep.dateBeforePrevious"));
	}

	@Test
	void anUndatedStepFollowsAnyDate() {
		assertThat(AgreementLifecycle.refusal(List.of(SIGNED_2014), step(AgreementStage.IN_FORCE, null, null)))
			.isEmpty();
	}

	@Test
	void changingAStepSoALaterOneNoLongerFitsIsRefused() {
		List<Step> steps = new ArrayList<>(List.of(SIGNED_2014, IN_FORCE_2015, SUSPENDED_2018));
		steps.set(1, step(AgreementStage.RATIFIED, "KZ", PartialDate.ofYear(2015)));
		assertThat(AgreementLifecycle.refusal(steps, 1))
			.contains(new Refusal("stage", "agreementStep.breaksLaterStep"));
		steps.set(1, IN_FORCE_2015);
		assertThat(AgreementLifecycle.refusal(steps, 1)).isEmpty();
	}

	@Test
	void theStateOnADayCountsOnlyStepsKnownToHaveHappenedByThen() {
		List<Step> steps = List.of(SIGNED_2014, IN_FORCE_2015, SUSPENDED_2018);
		assertThat(AgreementLifecycle.stateOn(steps, LocalDate.of(2014, 1, 1))).isNull();
		assertThat(AgreementLifecycle.stateOn(steps, LocalDate.of(2015, 5, 31))).isEqualTo(AgreementStage.SIGNED);
		assertThat(AgreementLifecycle.stateOn(steps, LocalDate.of(2015, 6, 1))).isEqualTo(AgreementStage.IN_FORCE);
		// suspended some time in 2018: not known in June 2018, certain at the year's end
		assertThat(AgreementLifecycle.stateOn(steps, LocalDate.of(2017, 12, 31))).isEqualTo(AgreementStage.IN_FORCE);
		assertThat(AgreementLifecycle.stateOn(steps, LocalDate.of(2018, 6, 1))).isNull();
		assertThat(AgreementLifecycle.stateOn(steps, LocalDate.of(2018, 12, 31))).isEqualTo(AgreementStage.SUSPENDED);
	}

	private static Step step(AgreementStage stage, String country, PartialDate date) {
		return new Step(stage, country, date);
	}

}
