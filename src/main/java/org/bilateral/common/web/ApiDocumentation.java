package org.bilateral.common.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at {@code /v3/api-docs} says of the portal's JSON API. Its
 * server is the configured public address (or the portal's own root when none is
 * configured), never one read from the request's host.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI openApi(PublicAddress address) {
		String server = address.isKnown() ? address.link("") : "/";
		return new OpenAPI().servers(List.of(new Server().url(server)))
			.info(new Info().title("Bilateral")
				.version("1")
				.description("The records of relations between two countries, as data: every public page has a "
						+ "JSON twin at its address with .json added (or with Accept: application/json), the "
						+ "tabular sections also come as CSV. Dates carry their precision; every record its source."));
	}

}
