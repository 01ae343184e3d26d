package org.bilateral.source;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.bilateral.common.web.DataDate;

/**
 * A source as the data formats cite it: what it is, who published it, where it is, when
 * it was created and updated (as its publisher states, to the minute) and read.
 */
public record SourceData(String title, String publisher, String url, LocalDateTime createdAt, LocalDateTime updatedAt,
		DataDate accessedOn) {

	/**
	 * Cites the records' sources from those read for the page: a record read without its
	 * source holds only its id.
	 */
	public static Function<Source, SourceData> from(Collection<Source> loaded) {
		Map<Long, SourceData> byId = new HashMap<>();
		loaded.forEach((source) -> byId.put(source.getId(), of(source)));
		return (source) -> (source != null) ? byId.get(source.getId()) : null;
	}

	public static SourceData of(Source source) {
		if (source == null) {
			return null;
		}
		return new SourceData(source.getTitle(), source.getPublisher(), source.getUrl(), source.getPublishedCreatedAt(),
				source.getPublishedUpdatedAt(), DataDate.ofDay(source.getAccessedOn()));
	}

}
