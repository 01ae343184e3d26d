package org.bilateral.relation.web;

import java.util.List;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of the Kazakhstan–Argentina source document ("Cooperation between the
 * Republic of Kazakhstan and the Argentine Republic", Ministry of Foreign Affairs of
 * Kazakhstan) is on the country-pair page, sentence by sentence.
 */
@PortalTest
class SourceDocumentFactsTests {

	@Autowired
	MockMvcTester mvc;

	Document page;

	static List<Fact> facts() {
		return List.of(
				new Fact("Diplomatic relations were established on June 25, 1993.",
						"Diplomatic relations were established on 25 June 1993"),
				new Fact("Concurrent Ambassador of Kazakhstan to Argentina",
						"Concurrent Ambassador of Kazakhstan to Argentina"),
				new Fact("(with residence in Brasilia)", "Resident in Brasilia"),
				new Fact("is Kairat Sarzhanov", "Kairat Sarzhanov"), new Fact("(since 2016)", "Since 2016"),
				new Fact("Concurrent Ambassador of Argentina to Kazakhstan",
						"Concurrent Ambassador of Argentina to Kazakhstan"),
				new Fact("(with residence in Moscow)", "Resident in Moscow"),
				new Fact("is Ricardo Ernesto Lagorio", "Ricardo Ernesto Lagorio"),
				new Fact("(since 2018)", "Since 2018"),
				new Fact("(is, as of the page's last update)", "As stated by the source on 25 July 2019"),
				new Fact("contacts at the highest and high levels", "contacts at the highest and high levels"),
				new Fact("President of Kazakhstan Nursultan Nazarbayev", "Nursultan Nazarbayev"),
				new Fact("President of Argentina Mauricio Macri", "Mauricio Macri"),
				new Fact("at the G20 Summit in Hangzhou", "G20 Summit"), new Fact("in Hangzhou", "Hangzhou, China"),
				new Fact("on September 4, 2016", "4 September 2016"),
				new Fact("Minister of Foreign Affairs of Kazakhstan Erlan Idrissov",
						"Minister of Foreign Affairs of Kazakhstan Erlan Idrissov"),
				new Fact("to Buenos Aires on October 1, 2013", "1 October 2013"),
				new Fact("Minister of Foreign Affairs, International Trade and Worship of Argentina Hector Timerman",
						"Minister of Foreign Affairs, International Trade and Worship of Argentina Hector Timerman"),
				new Fact("to Kazakhstan on May 29-30, 2014", "29\u201330 May 2014"),
				new Fact("Deputy Minister of Foreign Affairs of Kazakhstan Yerzhan Ashikbayev",
						"Deputy Minister of Foreign Affairs of Kazakhstan Yerzhan Ashikbayev"),
				new Fact("to Buenos Aires on May 4, 2017", "4 May 2017"),
				new Fact("consultations between the Ministries of Foreign Affairs of Kazakhstan and Argentina",
						"Consultations between the Ministries of Foreign Affairs of Kazakhstan and Argentina"),
				new Fact("International Specialized Exhibition EXPO 2017 in Kazakhstan",
						"International Specialized Exhibition EXPO 2017"),
				new Fact("Argentina was represented by a national pavilion",
						"Participation of Argentina: National pavilion"),
				new Fact("Development of cooperation was facilitated by",
						"Development of cooperation was facilitated by"),
				new Fact("Minister of Media and Public Content of Argentina Hernan Lombardi",
						"Minister of Media and Public Content of Argentina Hernan Lombardi"),
				new Fact("Minister of Science, Technology and Innovative Production of Argentina Lino Baranao",
						"Minister of Science, Technology and Innovative Production of Argentina Lino Baranao"),
				new Fact("visited Kazakhstan during the EXPO", "2017, date not given, during EXPO 2017"),
				new Fact("documents in the sphere of information and communications", "Information and communications"),
				new Fact("political dialogue", "Political dialogue"), new Fact("visa matters", "Visa matters"),
				new Fact("and other areas", "Other areas"),
				new Fact("In 2018 bilateral trade reached 26.4 million US dollars", "2018 Kazakhstan 4.2 22.1 26.4"),
				new Fact("million US dollars", "million US dollars"),
				new Fact("With the assistance of the Embassy of Kazakhstan to the Federative Republic of Brazil",
						"Embassy of Kazakhstan to the Federative Republic of Brazil"),
				new Fact("the first ever Kazakh Cultural Centre", "The first ever Kazakh Cultural Centre"),
				new Fact("the only one in South America", "the only one in South America"),
				new Fact("opened in Rosario, Santa Fe Province, Argentina", "Rosario, Santa Fe Province, Argentina"),
				new Fact("in November 2014", "Opened November 2014"),
				new Fact("Cooperation between the Republic of Kazakhstan and the Argentine Republic",
						"Cooperation between the Republic of Kazakhstan and the Argentine Republic"),
				new Fact("Created at : 9.04.2015, 11:59", "Created 9 April 2015, 11:59"),
				new Fact("Updated at : 25.07.2019, 16:20", "Updated 25 July 2019, 16:20"));
	}

	@BeforeEach
	void openThePairPage() {
		this.page = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("facts")
	void theFactIsOnThePairPage(Fact fact) {
		assertThat(this.page.select("main").text()).contains(fact.shownAs());
	}

	record Fact(String source, String shownAs) {

		@Override
		public String toString() {
			return this.source;
		}

	}

}
