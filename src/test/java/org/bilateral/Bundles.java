package org.bilateral;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.bilateral.common.web.Language;

/**
 * The portal's messages as written in each language's bundle ({@code messages.properties}
 * for English, {@code messages_es.properties} and so on).
 */
public final class Bundles {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

	private Bundles() {
	}

	/**
	 * The messages of a language's bundle by key, or empty where the bundle is missing.
	 * @param language the language
	 * @return its messages
	 */
	public static Optional<Map<String, String>> of(Language language) {
		String name = (language == Language.ENGLISH) ? "messages.properties"
				: "messages_" + language.tag() + ".properties";
		try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				return Optional.empty();
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, String> messages = new LinkedHashMap<>();
			properties.stringPropertyNames()
				.stream()
				.sorted()
				.forEach((key) -> messages.put(key, properties.getProperty(key)));
			return Optional.of(messages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The language whose interface has the longest word, measured in its bundle: the one
	 * most likely to push a layout past the edge of a phone's screen.
	 * @return that language
	 */
	public static Language withTheLongestWords() {
		Map<Language, Integer> longest = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			of(language).ifPresent((messages) -> longest.put(language, longestWord(messages)));
		}
		return longest.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(Language.ENGLISH);
	}

	private static int longestWord(Map<String, String> messages) {
		return messages.values()
			.stream()
			.flatMap((message) -> WORD.matcher(message).results().map(MatchResult::group))
			.map((word) -> word.codePointCount(0, word.length()))
			.max(Comparator.naturalOrder())
			.orElse(0);
	}

}
