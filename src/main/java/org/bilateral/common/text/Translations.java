package org.bilateral.common.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bilateral.common.web.ContentVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translations editors gave of records' texts, kept in one table by record type,
 * record id, field and language.
 *
 * <p>
 * Pages read every translation into the reader's language at once, in one statement, and
 * keep it for as long as the content version (which every saved translation raises) stays
 * the same: a page then costs the same statements in every language, and none more than
 * it did before translations, whatever it shows. Without a known version (the page cache
 * switched off, or PostgreSQL's announcements not heard) they are read for every use.
 */
@Service
public class Translations {

	private final JdbcClient jdbc;

	private final ObjectProvider<ContentVersion> contentVersion;

	private final Cache<Loaded, Map<String, Map<String, String>>> loaded = Caffeine.newBuilder().maximumSize(8).build();

	Translations(JdbcClient jdbc, ObjectProvider<ContentVersion> contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
	}

	/** The key of one record among all translations into a language. */
	static String key(String type, long id) {
		return type + "/" + id;
	}

	/** The key of one text in one language among a record's translations ("title-ru"). */
	public static String key(String field, String language) {
		return field + "-" + language;
	}

	/**
	 * A translation of one record's text, or null when there is none.
	 */
	public String find(String language, String type, long id, String field) {
		return find(language, type, id).get(field);
	}

	/** A record's translations into a language, by field; empty for none. */
	public Map<String, String> find(String language, String type, long id) {
		return into(language).getOrDefault(key(type, id), Map.of());
	}

	/** Every translation into a language, by record (type and id) and field. */
	Map<String, Map<String, String>> into(String language) {
		ContentVersion version = this.contentVersion.getIfAvailable();
		long current = (version != null) ? version.current() : ContentVersion.UNKNOWN;
		if (current == ContentVersion.UNKNOWN) {
			return load(language);
		}
		return this.loaded.get(new Loaded(language, current), (key) -> load(language));
	}

	private Map<String, Map<String, String>> load(String language) {
		Map<String, Map<String, String>> texts = new HashMap<>();
		this.jdbc.sql("select record_type, record_id, field, text from translation where language = ? order by id")
			.param(language)
			.query((rs) -> {
				texts.computeIfAbsent(key(rs.getString(1), rs.getLong(2)), (key) -> new LinkedHashMap<>())
					.put(rs.getString(3), rs.getString(4));
			});
		texts.replaceAll((key, fields) -> java.util.Collections.unmodifiableMap(fields));
		return Map.copyOf(texts);
	}

	/** A record's translations, by field and language ("title-ru"). */
	@Transactional(readOnly = true)
	public Map<String, String> of(String type, long id) {
		Map<String, String> texts = new LinkedHashMap<>();
		this.jdbc
			.sql("select field, language, text from translation where record_type = ? and record_id = ? order by id")
			.params(type, id)
			.query((rs) -> {
				texts.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
			});
		return texts;
	}

	/** Which texts of each record of a type are translated, by id: "title-ru"... */
	@Transactional(readOnly = true)
	public Map<Long, Set<String>> translatedOf(String type) {
		Map<Long, Set<String>> translated = new HashMap<>();
		this.jdbc.sql("select record_id, field, language from translation where record_type = ?")
			.param(type)
			.query((rs) -> {
				translated.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>())
					.add(key(rs.getString(2), rs.getString(3)));
			});
		return translated;
	}

	/**
	 * Stores a record's translations: a text given is added or replaced, one left empty
	 * is removed.
	 * @param texts by field and language ("title-ru"), null or empty for none
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void save(String type, long id, Map<String, String> texts) {
		for (Map.Entry<String, String> entry : texts.entrySet()) {
			int dash = Math.max(entry.getKey().lastIndexOf('-'), 0);
			String field = entry.getKey().substring(0, dash);
			String language = entry.getKey().substring(dash + 1);
			if (field.isEmpty() || !Languages.isKnown(language)) {
				continue;
			}
			String text = entry.getValue();
			if (text == null || text.isBlank()) {
				this.jdbc.sql(
						"delete from translation where record_type = ? and record_id = ? and field = ? and language = ?")
					.params(type, id, field, language)
					.update();
			}
			else {
				this.jdbc.sql("""
						insert into translation (record_type, record_id, field, language, text) values (?, ?, ?, ?, ?)
						on conflict (record_type, record_id, field, language) do update set text = excluded.text
						where translation.text <> excluded.text""").params(type, id, field, language, text).update();
			}
		}
	}

	/** Removes every translation of a record, which is being deleted. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void deleteAll(String type, long id) {
		this.jdbc.sql("delete from translation where record_type = ? and record_id = ?").params(type, id).update();
	}

	private record Loaded(String language, long version) {
	}

}
