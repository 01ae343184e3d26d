package org.bilateral.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the database of what a reader typed: only words, quoted, each as a prefix,
 * with their Latin spelling where it differs.
 */
class SearchQueryTests {

	@Test
	void wordsBecomePrefixesThatMustAllMatch() {
		SearchQuery query = SearchQuery.parse("  Erlan   Idriss ");
		assertThat(query.searchable()).isTrue();
		assertThat(query.text()).isEqualTo("Erlan   Idriss");
		assertThat(query.fullText()).isEqualTo("'Erlan':* & 'Idriss':*");
		assertThat(query.similarText()).isEqualTo("Erlan Idriss");
		assertThat(query.latinSimilarText()).isEqualTo("Erlan Idriss");
	}

	@Test
	void cyrillicIsAlsoSearchedInLatinLetters() {
		SearchQuery query = SearchQuery.parse("Ерлан Идрисов");
		assertThat(query.latinWords()).containsExactly("Erlan", "Idrisov");
		assertThat(query.fullText()).isEqualTo("('Ерлан':* & 'Идрисов':*) | ('Erlan':* & 'Idrisov':*)");
		assertThat(query.latinSimilarText()).isEqualTo("Erlan Idrisov");
	}

	@Test
	void accentedLettersAreAlsoSearchedWithout() {
		assertThat(SearchQuery.parse("Barañao").latinWords()).containsExactly("Baranao");
	}

	@Test
	void operatorsWildcardsQuotesAndControlCharactersOnlySeparateWords() {
		SearchQuery query = SearchQuery.parse("a:* & 'b' | !c <-> d\\e%f_g\u0000h");
		assertThat(query.words()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
		assertThat(query.fullText()).doesNotContain("\\", "%", "\u0000", "!", "|");
		assertThat(query.text()).doesNotContain("\u0000");
	}

	@Test
	void nothingToSearchForSaysWhy() {
		assertThat(SearchQuery.parse(null).problem()).isEqualTo(SearchQuery.Problem.EMPTY);
		assertThat(SearchQuery.parse(" \t ").problem()).isEqualTo(SearchQuery.Problem.EMPTY);
		assertThat(SearchQuery.parse("%_\\'\"!&|").problem()).isEqualTo(SearchQuery.Problem.NO_WORDS);
		SearchQuery tooLong = SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH + 1));
		assertThat(tooLong.problem()).isEqualTo(SearchQuery.Problem.TOO_LONG);
		assertThat(tooLong.text()).hasSizeLessThan(50);
		assertThat(SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH)).searchable()).isTrue();
	}

	@Test
	void atMostEightWordsAreSearchedFor() {
		assertThat(SearchQuery.parse("a b c d e f g h i j").words()).hasSize(SearchQuery.MAX_WORDS);
	}

	@Test
	void marksAreReadAsText() {
		Highlighted highlighted = Highlighted.parse("Lino \u0002Barañao\u0003 <b>");
		assertThat(highlighted.parts()).containsExactly(new Highlighted.Part("Lino ", false),
				new Highlighted.Part("Barañao", true), new Highlighted.Part(" <b>", false));
		assertThat(highlighted.text()).isEqualTo("Lino Barañao <b>");
	}

	@Test
	void wordsALetterAwayAreMarkedWhereNothingElseIs() {
		Highlighted near = Highlighted.nearWords("Erlan Idrissov, Ambassador",
				SearchQuery.parse("Идрисов").foldedWords());
		assertThat(near.parts()).containsExactly(new Highlighted.Part("Erlan ", false),
				new Highlighted.Part("Idrissov", true), new Highlighted.Part(", Ambassador", false));
		assertThat(Highlighted.aLetterAway("idrisov", "idrissov")).isTrue();
		assertThat(Highlighted.aLetterAway("baranao", "barjnjo")).isFalse();
		assertThat(Highlighted.aLetterAway("macri", "macri")).isTrue();
		assertThat(Highlighted.aLetterAway("mac", "macri")).isFalse();
	}

}
