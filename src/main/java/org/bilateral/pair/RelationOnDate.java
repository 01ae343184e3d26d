package org.bilateral.pair;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bilateral.agreement.Agreement;
import org.bilateral.agreement.AgreementStage;
import org.bilateral.agreement.AgreementStep;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.common.PartialDate;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.visit.Visit;

/**
 * A relation as its records say it stood on one day: who headed each mission, which
 * documents were in force, the latest visits by then. What the records cannot settle is
 * said to be uncertain rather than guessed: a date known only to a year or month that
 * holds the day, or a post with no recorded end after the day its source last said so.
 *
 * @param relation the pair
 * @param on the day
 * @param headsOfMission the heads of mission who may have held the post that day
 * @param agreements the documents that may have been in force that day
 * @param visits the latest visits that may have taken place by that day
 * @param visitsCertainlyBy how many visits certainly took place by that day
 * @param sources the sources of the records shown
 */
public record RelationOnDate(Relation relation, LocalDate on, List<HeadOfMission> headsOfMission,
		List<InForce> agreements, List<VisitBy> visits, long visitsCertainlyBy, List<Source> sources) {

	/** What is known of a head of mission on the day. */
	public enum Tenure {

		/** Held the post that day, as far as the records say. */
		HELD,
		/**
		 * No end is recorded, and the day is after the source (or an editor) last said
		 * the person held it: the last known head of mission.
		 */
		LAST_KNOWN,
		/**
		 * The tenure began in a year or month that holds the day, or on no known date.
		 */
		START_UNCERTAIN,
		/** The tenure ended in a year or month that holds the day. */
		END_UNCERTAIN,
		/**
		 * No end is recorded, but a later head of mission of the same country had
		 * certainly taken office by the day: whether this one was still in post is not
		 * known.
		 */
		SUCCEEDED

	}

	public record HeadOfMission(Accreditation accreditation, Tenure tenure) {

		/**
		 * What is known of each head of mission on the day, among those who may have been
		 * in post then.
		 */
		static List<HeadOfMission> on(List<Accreditation> candidates, LocalDate day) {
			return candidates.stream().map((a) -> on(a, day, candidates)).toList();
		}

		private static HeadOfMission on(Accreditation a, LocalDate day, List<Accreditation> candidates) {
			PartialDate start = a.getTenureStart();
			PartialDate end = a.getTenureEnd();
			if (start == null || start.lastDay().isAfter(day)) {
				return new HeadOfMission(a, Tenure.START_UNCERTAIN);
			}
			if (end != null) {
				return new HeadOfMission(a, end.straddles(day) ? Tenure.END_UNCERTAIN : Tenure.HELD);
			}
			boolean succeeded = candidates.stream()
				.anyMatch((later) -> later != a && later.getSendingCountry().equals(a.getSendingCountry())
						&& later.getTenureStart() != null && later.getTenureStart().date().isAfter(start.lastDay())
						&& !later.getTenureStart().lastDay().isAfter(day));
			if (succeeded) {
				return new HeadOfMission(a, Tenure.SUCCEEDED);
			}
			LocalDate confirmed = a.getConfirmedOn();
			return new HeadOfMission(a,
					(confirmed == null || day.isAfter(confirmed)) ? Tenure.LAST_KNOWN : Tenure.HELD);
		}

	}

	/**
	 * A document that may have been in force on the day, with the date of its entry into
	 * force (null when not given); uncertain when its steps do not settle the day: an
	 * entry into force, suspension or end dated only to a year or month that holds the
	 * day, or an entry into force on no recorded date.
	 */
	public record InForce(Agreement agreement, PartialDate since, boolean uncertain) {

		/**
		 * What the document's steps say of the day: nothing when they say it was not in
		 * force (not yet, suspended or terminated).
		 */
		static Optional<InForce> on(Agreement a, LocalDate day) {
			AgreementStep entry = a.getSteps()
				.stream()
				.filter((step) -> step.getStage() == AgreementStage.IN_FORCE)
				.filter((step) -> step.getTakenOn() == null || !step.getTakenOn().date().isAfter(day))
				.reduce((first, second) -> second)
				.orElse(null);
			if (entry == null) {
				return Optional.empty();
			}
			AgreementStage stage = a.getStageOn(day);
			if (stage == AgreementStage.IN_FORCE) {
				return Optional.of(new InForce(a, entry.getTakenOn(), false));
			}
			boolean unsettled = stage == null || (stage == AgreementStage.SIGNED && entry.getTakenOn() == null);
			return unsettled ? Optional.of(new InForce(a, entry.getTakenOn(), true)) : Optional.empty();
		}

	}

	/**
	 * A visit by the day; uncertain when its date is a year or month that holds the day.
	 */
	public record VisitBy(Visit visit, boolean uncertain) {

		static VisitBy on(Visit v, LocalDate day) {
			return new VisitBy(v, v.getStarts().straddles(day));
		}

	}

}
