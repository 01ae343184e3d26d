package org.bilateral.agreement;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A document of the legal framework in the data formats, with the same facts as its page.
 */
public record AgreementData(long id, String url, String title, String sphere, String type, DataDate signedOn,
		String signedAt, DataDate inForceOn, String status, SignedDuring signedDuring, SourceData source,
		Instant lastChanged, String language, Map<String, Map<String, String>> translations) {

	public static AgreementData of(Agreement a, PublicAddress address, Function<Source, SourceData> sources,
			Texts texts) {
		return new AgreementData(a.getId(), address.link(a.getPath()), a.getTitle(), a.getSphere(), a.getType(),
				DataDate.of(a.getSignedOn()), a.getSignedAt(), DataDate.of(a.getInForceOn()),
				(a.getStatus() != null) ? a.getStatus().name() : null,
				(a.getVisit() != null) ? new SignedDuring(a.getVisit().getTitle(), address.link(a.getVisit().getPath()))
						: null,
				sources.apply(a.getSource()), a.getUpdatedAt(), texts.written(a).language(),
				texts.written(a).translations());
	}

	/** The visit during which the document was signed. */
	public record SignedDuring(String title, String url) {

	}

}
