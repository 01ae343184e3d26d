package org.bilateral.relation;

import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.text.Texts;
import org.bilateral.common.web.DataDate;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.country.CountryData;
import org.bilateral.source.Source;
import org.bilateral.source.SourceData;

/**
 * A relation in the data formats: the pair, its page, when relations were established.
 */
public record RelationData(String name, String slug, String url, CountryData firstCountry, CountryData secondCountry,
		DataDate establishedOn, String summary, SourceData source, String language,
		Map<String, Map<String, String>> translations) {

	public static RelationData of(Relation relation, PublicAddress address, Function<Source, SourceData> sources,
			Texts texts) {
		return new RelationData(relation.getDisplayName(), relation.getSlug(),
				address.link("/relations/" + relation.getSlug()), CountryData.of(relation.getFirstCountry()),
				CountryData.of(relation.getSecondCountry()), DataDate.of(relation.getEstablishedOn()),
				relation.getSummary(), sources.apply(relation.getSource()), texts.written(relation).language(),
				texts.written(relation).translations());
	}

	/** The relation as the list of relations names it, without the sources it cites. */
	public static RelationData listed(Relation relation, PublicAddress address, Texts texts) {
		return new RelationData(relation.getDisplayName(), relation.getSlug(),
				address.link("/relations/" + relation.getSlug()), CountryData.of(relation.getFirstCountry()),
				CountryData.of(relation.getSecondCountry()), DataDate.of(relation.getEstablishedOn()), null, null,
				texts.written(relation).language(), texts.written(relation).translations());
	}

}
