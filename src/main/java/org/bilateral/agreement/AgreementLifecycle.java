package org.bilateral.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bilateral.common.PartialDate;

/**
 * The order a document's steps may come in: signed once and first; ratified at most once
 * by each side, after the signing and before the entry into force; in force after the
 * signing (again after a suspension); suspended only while in force; terminated only
 * after being in force; nothing after the termination; and no step dated before an
 * earlier one. A date known to a year or a month is taken as the whole of it, so "2016"
 * may follow "5 March 2016". Pure rules, with no database, so each is tested on its own.
 */
public final class AgreementLifecycle {

	private AgreementLifecycle() {
	}

	/** What the rules read of a step. */
	public record Step(AgreementStage stage, String countryCode, PartialDate takenOn) {

	}

	/**
	 * A broken rule: the form field it concerns and the message code that explains it.
	 */
	public record Refusal(String field, String code) {

	}

	/**
	 * Why the step at {@code index} of the sequence, or a step after it, breaks the
	 * rules; empty when every step from that one on follows the ones before it. A later
	 * step that no longer fits is reported on the given step's stage.
	 */
	public static Optional<Refusal> refusal(List<Step> steps, int index) {
		Optional<Refusal> own = refusal(steps.subList(0, index), steps.get(index));
		if (own.isPresent()) {
			return own;
		}
		for (int later = index + 1; later < steps.size(); later++) {
			if (refusal(steps.subList(0, later), steps.get(later)).isPresent()) {
				return Optional.of(new Refusal("stage", "agreementStep.breaksLaterStep"));
			}
		}
		return Optional.empty();
	}

	/** Why {@code next} cannot follow {@code previous}; empty when it can. */
	public static Optional<Refusal> refusal(List<Step> previous, Step next) {
		if (next.stage() == null) {
			return Optional.empty();
		}
		if (next.countryCode() != null && next.stage() != AgreementStage.RATIFIED) {
			return refuse("countryCode", "agreementStep.countryOnlyForRatification");
		}
		if (has(previous, AgreementStage.TERMINATED)) {
			return refuse("stage", "agreementStep.afterTermination");
		}
		boolean signed = has(previous, AgreementStage.SIGNED);
		Optional<Refusal> order = switch (next.stage()) {
			case SIGNED -> signed ? refuse("stage", "agreementStep.signedTwice")
					: previous.isEmpty() ? Optional.empty() : refuse("stage", "agreementStep.signedNotFirst");
			case RATIFIED -> ratification(previous, next, signed);
			case IN_FORCE ->
				!signed ? refuse("stage", "agreementStep.beforeSigning") : (state(previous) == AgreementStage.IN_FORCE)
						? refuse("stage", "agreementStep.alreadyInForce") : Optional.empty();
			case SUSPENDED -> (state(previous) != AgreementStage.IN_FORCE)
					? refuse("stage", "agreementStep.suspendedNotInForce") : Optional.empty();
			case TERMINATED -> !has(previous, AgreementStage.IN_FORCE)
					? refuse("stage", "agreementStep.terminatedBeforeInForce") : Optional.empty();
		};
		if (order.isPresent()) {
			return order;
		}
		return dateOrder(previous, next);
	}

	private static Optional<Refusal> ratification(List<Step> previous, Step next, boolean signed) {
		if (!signed) {
			return refuse("stage", "agreementStep.beforeSigning");
		}
		if (has(previous, AgreementStage.IN_FORCE)) {
			return refuse("stage", "agreementStep.ratifiedAfterInForce");
		}
		if (next.countryCode() == null) {
			return refuse("countryCode", "agreementStep.ratifyingCountryRequired");
		}
		boolean twice = previous.stream()
			.anyMatch(
					(step) -> step.stage() == AgreementStage.RATIFIED && next.countryCode().equals(step.countryCode()));
		return twice ? refuse("countryCode", "agreementStep.ratifiedTwice") : Optional.empty();
	}

	/** A step may not end before a dated earlier step begins. */
	private static Optional<Refusal> dateOrder(List<Step> previous, Step next) {
		if (next.takenOn() == null) {
			return Optional.empty();
		}
		LocalDate latestStart = previous.stream()
			.map(Step::takenOn)
			.filter((date) -> date != null)
			.map(PartialDate::date)
			.max(LocalDate::compareTo)
			.orElse(null);
		return (latestStart != null && lastDay(next.takenOn()).isBefore(latestStart))
				? refuse("takenOn", "agreementStep.dateBeforePrevious") : Optional.empty();
	}

	/**
	 * Where the document stands after these steps: in force, suspended or terminated
	 * after the last of those; signed (or ratified) before any; null with no steps.
	 */
	public static AgreementStage state(List<Step> steps) {
		AgreementStage state = null;
		for (Step step : steps) {
			if (step.stage() != AgreementStage.RATIFIED || state == null) {
				state = (step.stage() == AgreementStage.RATIFIED) ? AgreementStage.SIGNED : step.stage();
			}
		}
		return state;
	}

	/**
	 * Where the document stood on a day, by the dated steps known to have happened by
	 * then: null when none is, or when a step known only to its year or month may or may
	 * not have happened by that day (a suspension "in 2018" leaves June 2018 unknown).
	 */
	public static AgreementStage stateOn(List<Step> steps, LocalDate day) {
		List<Step> happened = new ArrayList<>();
		for (Step step : steps) {
			if (step.takenOn() == null || step.takenOn().date().isAfter(day)) {
				continue;
			}
			if (lastDay(step.takenOn()).isAfter(day)) {
				return null;
			}
			happened.add(step);
		}
		return state(happened);
	}

	/** The last day a partial date may stand for: 31 December for a year. */
	static LocalDate lastDay(PartialDate date) {
		return switch (date.precision()) {
			case YEAR -> date.date().withDayOfYear(date.date().lengthOfYear());
			case MONTH -> date.date().withDayOfMonth(date.date().lengthOfMonth());
			case DAY -> date.date();
		};
	}

	private static boolean has(List<Step> steps, AgreementStage stage) {
		return steps.stream().anyMatch((step) -> step.stage() == stage);
	}

	private static Optional<Refusal> refuse(String field, String code) {
		return Optional.of(new Refusal(field, code));
	}

}
