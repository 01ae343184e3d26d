package org.bilateral.common.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.bilateral.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every message of the interface is written in every language: each bundle has exactly
 * the keys of the English one, every message is a pattern ICU's MessageFormat reads, and
 * where a message counts, it has every plural form the language's grammar needs (CLDR's
 * plural rules: Russian one, few, many and other).
 */
class MessageBundlesTests {

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyBundleHasExactlyTheKeysOfTheEnglishOne(Language language) {
		Map<String, String> english = Bundles.of(Language.ENGLISH).orElseThrow();
		Map<String, String> bundle = Bundles.of(language)
			.orElseThrow(() -> new AssertionError("no bundle for " + language));
		assertThat(bundle.keySet()).as("keys missing from or extra in the bundle of " + language)
			.containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(bundle).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyMessageIsAPatternWithThePluralFormsOfItsLanguage(Language language) {
		Set<String> forms = pluralForms(language);
		List<String> problems = new ArrayList<>();
		Bundles.of(language).orElseThrow().forEach((key, text) -> {
			try {
				MessagePattern pattern = new MessagePattern(text);
				for (Set<String> selectors : pluralSelectors(pattern)) {
					Set<String> missing = new LinkedHashSet<>(forms);
					missing.removeAll(selectors);
					if (!missing.isEmpty()) {
						problems.add(key + ": no " + missing + " form in " + text);
					}
				}
				if (arguments(text).isEmpty() && text.contains("''")) {
					problems.add(key + ": a message without arguments is shown as written, '' included");
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(key + ": " + ex.getMessage());
			}
		});
		assertThat(problems).as("messages of " + language).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theSameArgumentsAreUsedInEveryLanguage(Language language) {
		Map<String, String> english = Bundles.of(Language.ENGLISH).orElseThrow();
		List<String> problems = new ArrayList<>();
		Bundles.of(language).orElseThrow().forEach((key, text) -> {
			if (english.containsKey(key) && !arguments(text).equals(arguments(english.get(key)))) {
				problems.add(key + ": " + arguments(text) + " where English has " + arguments(english.get(key)));
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void aMissingPluralFormIsFound() {
		MessagePattern pattern = new MessagePattern("{0,plural,one{# визит} other{# визита}}");
		assertThat(pluralSelectors(pattern)).containsExactly(Set.of("one", "other"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MessagePattern("{0,plural,one{# визит}"));
	}

	/**
	 * The plural forms CLDR gives a language for counts below a thousand, the numbers of
	 * records the pages count (Spanish has a "many" form too, but for a million and
	 * beyond; a form left out is written as "other").
	 */
	private static Set<String> pluralForms(Language language) {
		PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language.locale()));
		Set<String> forms = new LinkedHashSet<>();
		for (String keyword : rules.getKeywords()) {
			Collection<Double> samples = rules.getSamples(keyword, PluralRules.SampleType.INTEGER);
			if (samples != null && samples.stream().anyMatch((sample) -> sample < 1000)) {
				forms.add(keyword);
			}
		}
		forms.add("other");
		return forms;
	}

	@Test
	void russianCountsNeedFourFormsAndSpanishTwo() {
		assertThat(pluralForms(Language.RUSSIAN)).containsExactlyInAnyOrder("one", "few", "many", "other");
		assertThat(pluralForms(Language.SPANISH)).containsExactlyInAnyOrder("one", "other");
		assertThat(pluralForms(Language.KAZAKH)).containsExactlyInAnyOrder("one", "other");
	}

	/** The selectors of each plural argument of a message. */
	private static List<Set<String>> pluralSelectors(MessagePattern pattern) {
		List<Set<String>> plurals = new ArrayList<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			MessagePattern.Part part = pattern.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_START
					&& part.getArgType() == MessagePattern.ArgType.PLURAL) {
				Set<String> selectors = new LinkedHashSet<>();
				int limit = pattern.getLimitPartIndex(i);
				for (int j = i + 1; j < limit; j++) {
					MessagePattern.Part selector = pattern.getPart(j);
					if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
						selectors.add(pattern.getSubstring(selector));
						j = pattern.getLimitPartIndex(
								j + ((pattern.getPart(j + 1).getType() == MessagePattern.Part.Type.MSG_START) ? 1 : 2));
					}
				}
				plurals.add(selectors);
			}
		}
		return plurals;
	}

	/** The numbers of the arguments a message uses. */
	private static Set<Integer> arguments(String text) {
		MessagePattern pattern = new MessagePattern(text);
		Set<Integer> arguments = new TreeSet<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			if (pattern.getPart(i).getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				arguments.add(pattern.getPart(i).getValue());
			}
		}
		return arguments;
	}

}
