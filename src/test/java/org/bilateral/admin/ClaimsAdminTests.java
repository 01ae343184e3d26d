package org.bilateral.admin;

import java.time.LocalDate;

import org.bilateral.Editor;
import org.bilateral.NuHtmlChecker;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.TestRecords;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.bilateral.Forms.with;

/**
 * Editors see the claims about the present to check again, record each check against a
 * source, and mark what they inferred rather than read.
 */
@PortalTest
class ClaimsAdminTests {

	@Autowired
	Editor editor;

	@Autowired
	TestRecords records;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeChecks() {
		this.jdbc.update("delete from claim_verification where verified_by = 'editor'");
	}

	@Test
	void theAdminHomeLinksTheClaimsToCheckAgain() {
		assertThat(this.editor.page("/admin").select("#admin-sections a[href=/admin/claims]").text())
			.isEqualTo("Claims to check again");
	}

	@Test
	void theSeededClaimsStatedIn2019AreListedToCheckAgain() {
		Document page = this.editor.page("/admin/claims");
		assertThat(page.select("#claims tbody tr.stale td:first-child a").eachText()).contains(
				"Kairat Sarzhanov, Ambassador", "Ricardo Ernesto Lagorio, Ambassador",
				"Kazakh Cultural Centre, Rosario");
		assertThat(page.select("#claims tbody tr").first().select("td").get(1).text()).isEqualTo("25 July 2019");
	}

	@Test
	void aCheckIsKeptAndTheLatestUnflagsTheClaimOnThePublicPage() throws Exception {
		long sarzhanov = sarzhanov();
		String path = "/admin/claims/ambassadors/" + sarzhanov;
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		MvcTestResult first = this.editor.post(path, check(today.minusYears(3).toString()));
		assertThat(first).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/claims");
		assertThat(stale("Kairat Sarzhanov")).isTrue();

		assertThat(this.editor.post(path, check(today.toString()))).hasStatus(HttpStatus.FOUND);
		assertThat(stale("Kairat Sarzhanov")).isFalse();
		assertThat(stale("Ricardo Ernesto Lagorio")).isTrue();
		Document card = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		assertThat(card.select("#ambassadors li.card:contains(Kairat Sarzhanov) .claim-age").text())
			.startsWith("Checked again against a source on");
		assertThat(this.mvc.get()
			.uri("/relations/argentina-kazakhstan/ambassadors.json")
			.exchange()
			.getResponse()
			.getContentAsString()).contains("\"lastVerifiedOn\":{\"value\":\"" + today + "\"");

		Document checks = this.editor.page(path);
		assertThat(checks.select("#checks li").eachText()).hasSize(2)
			.first()
			.asString()
			.startsWith("On " + today.getDayOfMonth() + " ")
			.contains("by editor, against Cooperation between the Republic of Kazakhstan and the Argentine Republic");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from claim_verification where claim_type = 'ambassadors' and record_id = ?",
				Long.class, sarzhanov))
			.isEqualTo(2);
	}

	@Test
	void aCheckNeedsADayNoLaterThanTodayNoEarlierThanTheClaimAndASource() throws Exception {
		String path = "/admin/claims/ambassadors/" + sarzhanov();
		MvcTestResult future = this.editor.post(path,
				check(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString()));
		assertThat(future).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(future).select("#f-verifiedOn-error").text())
			.isEqualTo("The check cannot be later than today.");

		MvcTestResult early = this.editor.post(path, check("2019-07-24"));
		assertThat(Pages.parse(early).select("#f-verifiedOn-error").text())
			.isEqualTo("The check cannot be earlier than the day the source stated the claim.");

		MvcTestResult notADate = this.editor.post(path, form("verifiedOn", "last week", "sourceId", ""));
		assertThat(notADate).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(notADate);
		assertThat(page.select("#f-verifiedOn").attr("value")).isEqualTo("last week");
		assertThat(page.select("#f-verifiedOn-error").text()).isNotEmpty();
		assertThat(page.select("#f-sourceId-error").text()).isNotEmpty();
		assertThat(new NuHtmlChecker().errors(notADate.getResponse().getContentAsString())).isEmpty();

		MvcTestResult noSuchSource = this.editor.post(path, with(check("2024-01-01"), "sourceId", "999999999"));
		assertThat(noSuchSource).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.jdbc.queryForObject("select count(*) from claim_verification", Long.class)).isZero();
	}

	@Test
	void aDocumentSaidToBeInForceIsAClaimFlaggedWhenOldAndUnflaggedByACheck() throws Exception {
		long agreement = this.records.insert("agreements", "relation_id", this.records.pair(), "title",
				"Agreement on tourism", "slug", "agreement-on-tourism", "sphere", "tourism");
		this.records.insert("agreement-steps", "agreement_id", agreement, "stage", "SIGNED", "taken_on",
				java.sql.Date.valueOf("2014-05-29"), "taken_precision", "DAY");
		long inForce = this.records.insert("agreement-steps", "agreement_id", agreement, "stage", "IN_FORCE",
				"taken_on", java.sql.Date.valueOf("2015-01-01"), "taken_precision", "YEAR", "stated_on",
				java.sql.Date.valueOf("2019-07-25"));
		String page = "/agreements/" + agreement + "-agreement-on-tourism";
		assertThat(Pages.get(this.mvc, page).select("dd.stage").text()).isEqualTo(
				"In force since 2015, as stated by the source on 25 July 2019. Stated in 2019; not confirmed since.");
		assertThat(stale("Agreement on tourism")).isTrue();

		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		assertThat(this.editor.post("/admin/claims/agreement-steps/" + inForce, check(today.toString())))
			.hasStatus(HttpStatus.FOUND);
		assertThat(stale("Agreement on tourism")).isFalse();
		assertThat(Pages.get(this.mvc, page).select("dd.stage").text())
			.startsWith(
					"In force since 2015, as stated by the source on 25 July 2019. Checked again against a source on")
			.doesNotContain("not confirmed");
		this.jdbc.update("delete from claim_verification where claim_type = 'agreement-steps' and record_id = ?",
				inForce);
	}

	@Test
	void aClaimThatDoesNotExistIsNotFound() {
		assertThat(this.editor.get("/admin/claims/ambassadors/999999999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.editor.get("/admin/claims/trade-figures/1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.editor.get("/admin/claims/ambassadors/x")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theFormsMarkInferredCountries() {
		long sarzhanov = sarzhanov();
		Document form = this.editor.page("/admin/ambassadors/" + sarzhanov);
		assertThat(form.select("input[type=checkbox][name=residenceCountryInferred]").hasAttr("checked")).isTrue();
		long hangzhou = this.jdbc.queryForObject(
				"select id from visit where slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou'", Long.class);
		assertThat(this.editor.page("/admin/visits/" + hangzhou)
			.select("input[type=checkbox][name=hostCountryInferred]")
			.hasAttr("checked")).isTrue();
		long centre = this.jdbc.queryForObject("select id from cultural_centre where city = 'Rosario'", Long.class);
		assertThat(this.editor.page("/admin/cultural-centres/" + centre).select("#f-statedOn").attr("value"))
			.isEqualTo("2019-07-25");
	}

	@Test
	void onlyAChosenCountryCanBeMarkedInferred() {
		MvcTestResult result = this.editor.post("/admin/ambassadors/new",
				form("relationId", this.records.pair(), "personId", this.records.seeded("person", "kairat-sarzhanov"),
						"sendingCountryCode", "KZ", "receivingCountryCode", "AR", "title", "Test Ambassador",
						"residenceCity", "Somewhere", "residenceCountryInferred", "true", "version", 0));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-residenceCountryInferred-error").text())
			.isEqualTo("Choose the country first: only a chosen country can be marked as inferred.");
	}

	@Test
	void anInferredCountryIsSavedAndShown() {
		this.editor.create("ambassadors",
				form("relationId", this.records.pair(), "personId", this.records.seeded("person", "kairat-sarzhanov"),
						"sendingCountryCode", "KZ", "receivingCountryCode", "AR", "title", "Test Ambassador",
						"residenceCity", "Santiago", "residenceCountryCode", "CL", "residenceCountryInferred", "true",
						"tenureStart.year", 2012, "tenureEnd.year", 2014, "version", 0));
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/ambassadors");
		assertThat(page.select("li.card:contains(Test Ambassador) p:has(.inferred)").text())
			.isEqualTo("Resident in Santiago, Chile (inferred by the editors)");
	}

	private boolean stale(String name) {
		return this.editor.page("/admin/claims").select("#claims tbody tr:contains(" + name + ")").hasClass("stale");
	}

	private long sarzhanov() {
		return this.jdbc.queryForObject(
				"select a.id from accreditation a join person p on p.id = a.person_id where p.slug = 'kairat-sarzhanov'",
				Long.class);
	}

	private MultiValueMap<String, String> check(String day) {
		long source = this.jdbc.queryForObject("select min(id) from source where created_by = 'seed'", Long.class);
		return form("verifiedOn", day, "sourceId", source);
	}

}
