package org.bilateral.common.web;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.bilateral.PortalTest;
import org.bilateral.common.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors are answered with pages in the site's style that say what happened in plain
 * words, never with a stack trace or an exception's text.
 */
@PortalTest
class ErrorPagesTests {

	@Autowired
	SpringTemplateEngine templateEngine;

	/** Whose beans the templates call, as Spring's views let them. */
	@Autowired
	ApplicationContext applicationContext;

	@ParameterizedTest
	@CsvSource({ "error/403, Not allowed", "error/404, Page not found", "error/409, Changed by someone else",
			"error/5xx, Something went wrong", "error, The page could not be shown" })
	void errorPagesAreSitePagesWithAHeadingAndAWayHome(String template, String heading) {
		MockServletContext servletContext = new MockServletContext();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
				Locale.ENGLISH);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		Document page = Jsoup.parse(this.templateEngine.process(template, context));
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.title()).isEqualTo(heading + " \u00b7 Bilateral");
		assertThat(page.select("header.site-header a.brand[href=/]")).hasSize(1);
		assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to all relations");
		assertThat(page.select("main").text()).doesNotContain("Exception").doesNotContain("??");
	}

	@Test
	void aRecordChangedByAnotherEditorIsAConflict() {
		MockMvcTester mvc = MockMvcTester.of(List.of(new FailingController()),
				(standalone) -> standalone.setControllerAdvice(new ErrorPages()).build());
		assertThat(mvc.get().uri("/stale")).hasStatus(HttpStatus.CONFLICT).hasViewName("error/409");
		assertThat(mvc.get().uri("/missing")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

	@Controller
	static class FailingController {

		@GetMapping("/stale")
		String stale() {
			throw new OptimisticLockingFailureException("Row was updated or deleted by another transaction");
		}

		@GetMapping("/missing")
		String missing() {
			throw new NotFoundException("No such record");
		}

	}

}
