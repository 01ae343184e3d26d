package org.bilateral;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, in every language, is valid HTML by the Nu Html Checker: 0 errors.
 * Pages are fetched through MockMvc, so this runs in every build, browser or not.
 */
@PortalTest
class HtmlValidityTests {

	private static final NuHtmlChecker checker = new NuHtmlChecker();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@TestFactory
	Stream<DynamicTest> everyPublicPageIsValidHtmlInEveryLanguage() {
		return PublicPages.pathsInEveryLanguage(this.jdbc).stream().map((path) -> DynamicTest.dynamicTest(path, () -> {
			String html = fetch(path);
			List<NuHtmlChecker.Problem> errors = checker.errors(html);
			assertThat(errors)
				.as(() -> "Nu Html Checker errors on " + path + ":\n"
						+ errors.stream().map(NuHtmlChecker.Problem::toString).collect(Collectors.joining("\n")))
				.isEmpty();
		}));
	}

	@Test
	void theCheckerReportsInvalidMarkupWithItsLine() {
		List<NuHtmlChecker.Problem> errors = checker
			.errors("<!DOCTYPE html>\n<html lang=\"en\">\n<title>t</title>\n<p><div>x</p>\n");
		assertThat(errors).isNotEmpty();
		assertThat(errors).anySatisfy((error) -> assertThat(error.line()).isEqualTo(4));
	}

	private String fetch(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path)
			.hasStatus(path.endsWith(PublicPages.NOT_FOUND) ? HttpStatus.NOT_FOUND : HttpStatus.OK);
		return result.getResponse().getContentAsString();
	}

}
