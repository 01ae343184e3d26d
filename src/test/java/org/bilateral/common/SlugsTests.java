package org.bilateral.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Erlan Idrissov                                 | erlan-idrissov
			Nazarbayev meets Macri at G20 summit, Hangzhou | nazarbayev-meets-macri-at-g20-summit-hangzhou
			EXPO 2017                                      | expo-2017
			Nur-Sultan                                     | nur-sultan
			""")
	void wordsBecomeLowerCaseAndAreJoinedByHyphens(String text, String slug) {
		assertThat(Slugs.slugify(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Héctor Timerman visits Kazakhstan | hector-timerman-visits-kazakhstan
			São Paulo                         | sao-paulo
			Zürich                            | zurich
			Cañuelas                          | canuelas
			""")
	void accentsAreDroppedAndTheLetterKept(String text, String slug) {
		assertThat(Slugs.slugify(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Визит Назарбаева в Аргентину | vizit-nazarbaeva-v-argentinu
			Қазақстан Республикасы       | kazakstan-respublikasy
			Επίσκεψη στην Αργεντινή      | episkepse-sten-argentine
			哈萨克斯坦总统访问阿根廷        | ha-sa-ke-si-tan-zong-tong-fang-wen-a-gen-ting
			زيارة                        | zyart
			Straße                       | strasse
			""")
	void lettersOfAnyScriptAreWrittenInLatinLetters(String text, String slug) {
		assertThat(Slugs.slugify(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trade & economy                 | trade-and-economy
			'  --Kazakhstan, Argentina!--  ' | kazakhstan-argentina
			a  /  b ... c                   | a-b-c
			""")
	void punctuationAndSpacesBecomeOneHyphenAndNoneAtTheEnds(String text, String slug) {
		assertThat(Slugs.slugify(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "!?", "---" })
	void nothingToKeepIsAnEmptySlug(String text) {
		assertThat(Slugs.slugify(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "../../etc/passwd", "a\u0000b", "Ünïcödé 🇦🇷🇰🇿",
			"'; drop table visit; --" })
	void whateverIsTypedOnlyLowerCaseLettersDigitsAndInnerHyphensRemain(String text) {
		assertThat(Slugs.slugify(text)).matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Visit of the minister   | 12 | visit-of-the
			Visit of the minister   | 13 | visit-of-the
			Visit of the minister   | 21 | visit-of-the-minister
			Visit of the minister   | 15 | visit-of-the
			Extraordinarily long    | 5  | extra
			&&&                     | 8  | and-and
			""")
	void aSlugTooLongForItsColumnIsCutAfterTheLastWholeWordThatFits(String text, int length, String slug) {
		assertThat(Slugs.slugify(text, length)).isEqualTo(slug);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 50, 199, 200, 300 })
	void aCutSlugFitsAndIsStillASlug(int length) {
		String slug = Slugs.slugify("&".repeat(160) + " Word" + "x".repeat(400), length);
		assertThat(slug).hasSizeLessThanOrEqualTo(length).matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

}
