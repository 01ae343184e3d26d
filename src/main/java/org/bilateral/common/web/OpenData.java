package org.bilateral.common.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The records of public pages in formats programs read: JSON twins, CSV tables, JSON-LD
 * inside the page, and the page's citation as BibTeX or CSL-JSON ({@code ?format=bibtex},
 * {@code ?format=csl-json} on any page that has a citation).
 */
@Configuration(proxyBeanMethods = false)
public class OpenData implements WebMvcConfigurer {

	/** Tables as CSV: UTF-8, with a header row. */
	public static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

	public static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	public static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private static final CsvMapper CSV = CsvMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private final JsonMapper json;

	OpenData(JsonMapper json) {
		this.json = json;
	}

	/** A JSON twin moved to the record's current address. */
	public static <T> ResponseEntity<T> movedTo(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}

	/** Rows of a table as CSV, with a header row naming the columns. */
	public static <T> ResponseEntity<byte[]> csv(Class<T> type, List<T> rows, String filename) {
		CsvSchema schema = CSV.schemaFor(type).withHeader();
		byte[] bytes = CSV.writer(schema).writeValueAsBytes(rows);
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	/**
	 * Structured data for a {@code <script type="application/ld+json">} block: JSON with
	 * {@code <} written as {@code \u003c}, so no text in it can close the element.
	 */
	public String jsonLd(Map<String, Object> data) {
		return this.json.writeValueAsString(data).replace("<", "\\u003c");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new VaryByFormat());
		registry.addInterceptor(new CitationFormats(this.json));
	}

	/**
	 * A page and its JSON and CSV twins may share an address, told apart by the
	 * {@code Accept} header: shared caches are told so.
	 */
	static class VaryByFormat implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
			return true;
		}

	}

	/**
	 * Answers {@code ?format=bibtex} and {@code ?format=csl-json} with the citation of
	 * the page instead of the page; any other format is not found.
	 */
	static class CitationFormats implements HandlerInterceptor {

		private final JsonMapper json;

		CitationFormats(JsonMapper json) {
			this.json = json;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			String format = request.getParameter("format");
			if (format == null || view == null || !(view.getModel().get("citation") instanceof Citation citation)) {
				return;
			}
			switch (format) {
				case "bibtex" -> view.setView(new Download(citation.bibtex(), BIBTEX, citation.key() + ".bib"));
				case "csl-json" -> view.setView(new Download(this.json.writeValueAsString(citation.csl()), CSL_JSON,
						citation.key() + ".csl.json"));
				default -> throw new org.bilateral.common.NotFoundException("No format " + format);
			}
		}

	}

	/** A citation to save, under a file name of its own. */
	record Download(String body, MediaType type, String filename) implements View {

		@Override
		public String getContentType() {
			return this.type.toString();
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws java.io.IOException {
			byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
			response.setContentType(this.type.toString());
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.filename, StandardCharsets.UTF_8).build().toString());
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

	}

}
