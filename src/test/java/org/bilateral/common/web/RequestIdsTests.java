package org.bilateral.common.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request has an id, sent back in {@code X-Request-Id}, written on each log line
 * about it and shown on error pages. Ids offered by trusted proxies are tested on a real
 * server ({@code ForwardedHeadersTests}); through MockMvc no client is a trusted proxy.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RequestIds requestIds;

	@Test
	void everyLogLineWrittenForARequestNamesItsId(CapturedOutput output) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/relations");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.requestIds.doFilter(request, response,
				(req, res) -> LoggerFactory.getLogger(RequestIdsTests.class).warn("Something worth a look happened"));
		String id = response.getHeader(RequestIds.HEADER);
		assertThat(id).matches("[0-9a-f]{16}");
		assertThat(output.getOut().lines().filter((line) -> line.contains("Something worth a look happened")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("[" + id + "] "));
		assertThat(MDC.get(RequestIds.ATTRIBUTE)).as("forgotten after the request").isNull();
	}

	@Test
	void anIdOfferedByAClientIsNotTaken() {
		var result = this.mvc.get().uri("/no-such-page").header(RequestIds.HEADER, "<b>quote-me</b>").exchange();
		String id = result.getResponse().getHeader(RequestIds.HEADER);
		assertThat(id).matches("[0-9a-f]{16}");
		assertThat(org.bilateral.Pages.parse(result).select("main .request-id code").text()).isEqualTo(id);
		assertThat(result.getResponse().getHeaders(RequestIds.HEADER)).hasSize(1);
	}

}
