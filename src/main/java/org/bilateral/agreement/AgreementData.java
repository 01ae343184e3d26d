package org.bilateral.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.country.CountryData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A document of the legal framework in the data formats, with the same facts as its page:
 * its lifecycle step by step, and where it stands (its latest step, or null when the
 * source gives none).
 */
public record AgreementData(long id, String url, String title, String sphere, String type, DataDate signedOn,
		String signedAt, StepData stage, List<StepData> steps, SignedDuring signedDuring, SourceData source,
		Instant lastChanged, String language, Map<String, Map<String, String>> translations) {

	public static AgreementData of(Agreement a, PublicAddress address, Function<Source, SourceData> sources,
			Texts texts) {
		List<StepData> steps = a.getSteps().stream().map((step) -> StepData.of(step, sources)).toList();
		return new AgreementData(a.getId(), address.link(a.getPath()), a.getTitle(), a.getSphere(), a.getType(),
				DataDate.of(a.getSignedOn()), a.getSignedAt(), steps.isEmpty() ? null : steps.get(steps.size() - 1),
				steps,
				(a.getVisit() != null) ? new SignedDuring(a.getVisit().getTitle(), address.link(a.getVisit().getPath()))
						: null,
				sources.apply(a.getSource()), a.getUpdatedAt(), texts.written(a).language(),
				texts.written(a).translations());
	}

	/** The visit during which the document was signed. */
	public record SignedDuring(String title, String url) {

	}

	/**
	 * One step: its stage, the ratifying side, its date at its precision, the date the
	 * source stated it on, the signatories, a note and the source.
	 */
	public record StepData(String stage, CountryData country, DataDate date, DataDate statedOn, String signatories,
			String note, SourceData source) {

		static StepData of(AgreementStep step, Function<Source, SourceData> sources) {
			return new StepData(step.getStage().name(),
					(step.getCountry() != null) ? CountryData.of(step.getCountry()) : null,
					DataDate.of(step.getTakenOn()),
					(step.getStatedOn() != null) ? DataDate.ofDay(step.getStatedOn()) : null, step.getSignatories(),
					step.getNote(), sources.apply(step.getSource()));
		}

	}

}
