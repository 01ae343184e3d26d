package org.bilateral.pair;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.text.Texts;
import org.bilateral.common.web.Citation;
import org.bilateral.common.web.OpenData;
import org.bilateral.common.web.PermanentRedirect;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.relation.Relation;
import org.bilateral.relation.RelationData;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages of relations: the list, the country-pair page and its sections, the
 * lists a page at a time ({@code ?page=N}; a page that does not exist is not found). A
 * pair named in the other order moves permanently to the canonical address. Each page has
 * a JSON twin ({@code .json}, or {@code Accept: application/json}; the list of relations
 * at {@code /index.json}), and the tabular sections come as CSV too ({@code .csv}, or
 * {@code Accept: text/csv}).
 */
@Controller
class PairController {

	/** A page number as people write it: no sign, no leading zero, well within an int. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	private static final String CSV = "text/csv";

	/** A day as a date input sends it. */
	private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private final PairService relations;

	private final PublicAddress publicAddress;

	private final OpenData openData;

	private final MessageSource messages;

	private final Texts texts;

	PairController(PairService relations, PublicAddress publicAddress, OpenData openData, MessageSource messages,
			Texts texts) {
		this.texts = texts;
		this.relations = relations;
		this.publicAddress = publicAddress;
		this.openData = openData;
		this.messages = messages;
	}

	@GetMapping("/")
	ModelAndView index(@RequestParam(name = "page", required = false) String page) {
		Page<Relation> relations = findRelations(page);
		Pagination pagination = Pagination.of(relations, "/");
		String href = pagination.href(pagination.current());
		return paged(new ModelAndView("relations/index").addObject("relations", relations.getContent())
			.addObject("pagination", pagination), pagination).addObject("dataUrl", PairData.json(href))
			.addObject("citation", citation(message("index.title"), href, null))
			.addObject("jsonLd",
					this.openData.jsonLd(itemList(message("index.title"), href, relations.getContent()
						.stream()
						.map((relation) -> listItem(relation.getDisplayName(), "/relations/" + relation.getSlug()))
						.toList())));
	}

	@GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	PairData.Relations indexJson(@RequestParam(name = "page", required = false) String page) {
		Page<Relation> relations = findRelations(page);
		Pagination pagination = Pagination.of(relations, "/");
		return new PairData.Relations(pagination.current(), pagination.last(),
				PairData.link(this.publicAddress, pagination.previous()),
				PairData.link(this.publicAddress, pagination.next()),
				relations.getContent()
					.stream()
					.map((r) -> RelationData.listed(r, this.publicAddress, this.texts))
					.toList());
	}

	@GetMapping("/index.json")
	@ResponseBody
	PairData.Relations indexJsonFile(@RequestParam(name = "page", required = false) String page) {
		return indexJson(page);
	}

	@GetMapping("/relations/{slug}")
	ModelAndView show(@PathVariable String slug, @RequestParam(name = "on", required = false) String on) {
		if (on != null) {
			return onDate(slug, on);
		}
		return this.relations.findOverview(slug).map((overview) -> {
			Relation relation = overview.relation();
			String path = "/relations/" + relation.getSlug();
			return new ModelAndView(Section.OVERVIEW.template()).addObject("overview", overview)
				.addObject("relation", relation)
				.addObject("dataUrl", path + ".json")
				.addObject("citation", citation(relation.getDisplayName(), path, overview.lastUpdated()))
				.addObject("jsonLd", this.openData.jsonLd(dataset(overview)));
		}).orElseGet(() -> redirectToCanonical(slug, Section.OVERVIEW, null));
	}

	@GetMapping(path = "/relations/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<PairData.Pair> showJson(@PathVariable String slug) {
		return overviewData(slug, "");
	}

	@GetMapping("/relations/{slug}.json")
	@ResponseBody
	ResponseEntity<PairData.Pair> showJsonFile(@PathVariable String slug) {
		return overviewData(slug, ".json");
	}

	@GetMapping("/relations/{slug}/{section}")
	ModelAndView section(@PathVariable String slug, @PathVariable String section,
			@RequestParam(name = "page", required = false) String page) {
		Section found = Section.fromPath(section).orElseThrow(() -> notFound(slug));
		int number = pageNumber(page);
		return this.relations.findSection(slug, found, number).map((sectionPage) -> {
			Pagination pagination = sectionPage.pagination();
			String href = pagination.href(pagination.current());
			String title = message("section.title", message(found.heading()), sectionPage.relation().getDisplayName());
			return paged(new ModelAndView(found.template()).addObject("sectionPage", sectionPage)
				.addObject("relation", sectionPage.relation())
				.addObject("pagination", pagination), pagination).addObject("dataUrl", PairData.json(href))
				.addObject("csvUrl", found.isTabular() ? PairData.withSuffix(href, ".csv") : null)
				.addObject("citation", citation(title, href, sectionPage.lastUpdated()))
				.addObject("jsonLd", this.openData.jsonLd(itemList(title, href, items(sectionPage))));
		}).orElseGet(() -> redirectToCanonical(slug, found, page));
	}

	@GetMapping(path = "/relations/{slug}/{section}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<PairData.SectionPageData> sectionJson(@PathVariable String slug, @PathVariable String section,
			@RequestParam(name = "page", required = false) String page) {
		return sectionData(slug, section, page, "");
	}

	@GetMapping("/relations/{slug}/{section}.json")
	@ResponseBody
	ResponseEntity<PairData.SectionPageData> sectionJsonFile(@PathVariable String slug, @PathVariable String section,
			@RequestParam(name = "page", required = false) String page) {
		return sectionData(slug, section, page, ".json");
	}

	@GetMapping(path = "/relations/{slug}/{section}", produces = CSV)
	ResponseEntity<byte[]> sectionCsv(@PathVariable String slug, @PathVariable String section,
			@RequestParam(name = "page", required = false) String page) {
		return sectionTable(slug, section, page, "");
	}

	@GetMapping("/relations/{slug}/{section}.csv")
	ResponseEntity<byte[]> sectionCsvFile(@PathVariable String slug, @PathVariable String section,
			@RequestParam(name = "page", required = false) String page) {
		return sectionTable(slug, section, page, ".csv");
	}

	/**
	 * The relation on a day ({@code ?on=2016-12-31}): a page of its own, kept out of the
	 * sitemap and search engines' indexes, that names itself as its address. A value that
	 * is not a date answers 400 with the date form and what was typed.
	 */
	private ModelAndView onDate(String slug, String on) {
		Optional<LocalDate> day = day(on);
		if (day.isEmpty()) {
			Relation relation = this.relations.findOverview(slug)
				.map(RelationOverview::relation)
				.orElseThrow(() -> notFound(slug));
			ModelAndView page = new ModelAndView("relations/on-date").addObject("relation", relation)
				.addObject("typed", (on.length() > 200) ? on.substring(0, 200) : on)
				.addObject("dateError", message(on.isBlank() ? "onDate.error.empty" : "onDate.error.invalid"))
				.addObject("noindex", true);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return this.relations.findOnDate(slug, day.get()).map((view) -> {
			String path = "/relations/" + view.relation().getSlug() + "?on=" + view.on();
			return new ModelAndView("relations/on-date").addObject("view", view)
				.addObject("relation", view.relation())
				.addObject("typed", view.on().toString())
				.addObject("noindex", true)
				.addObject("canonicalUrl", this.publicAddress.link(path));
		}).orElseGet(() -> PermanentRedirect.to(canonical(slug, Section.OVERVIEW, null, "") + "?on=" + day.get()));
	}

	/** A day written as year-month-day, from year 1 to 9999; empty for anything else. */
	static Optional<LocalDate> day(String on) {
		if (!ISO_DAY.matcher(on).matches()) {
			return Optional.empty();
		}
		try {
			LocalDate day = LocalDate.parse(on);
			return (day.getYear() >= 1) ? Optional.of(day) : Optional.empty();
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private Page<Relation> findRelations(String page) {
		return this.relations.findRelations(pageNumber(page))
			.orElseThrow(() -> new NotFoundException("No page " + page + " of relations"));
	}

	private ResponseEntity<PairData.Pair> overviewData(String slug, String suffix) {
		Optional<RelationOverview> overview = this.relations.findOverview(slug);
		if (overview.isPresent()) {
			return ResponseEntity.ok(PairData.pair(overview.get(), this.publicAddress, this.texts));
		}
		return OpenData.movedTo(canonical(slug, Section.OVERVIEW, null, suffix));
	}

	private ResponseEntity<PairData.SectionPageData> sectionData(String slug, String section, String page,
			String suffix) {
		Section found = Section.fromPath(section).orElseThrow(() -> notFound(slug));
		Optional<SectionPage<?>> sectionPage = this.relations.findSection(slug, found, pageNumber(page));
		if (sectionPage.isPresent()) {
			return ResponseEntity.ok(PairData.section(sectionPage.get(), this.publicAddress, this.texts));
		}
		return OpenData.movedTo(canonical(slug, found, page, suffix));
	}

	private ResponseEntity<byte[]> sectionTable(String slug, String section, String page, String suffix) {
		Section found = Section.fromPath(section).filter(Section::isTabular).orElseThrow(() -> notFound(slug));
		Optional<SectionPage<?>> sectionPage = this.relations.findSection(slug, found, pageNumber(page));
		if (sectionPage.isPresent()) {
			PairData.SectionPageData data = PairData.section(sectionPage.get(), this.publicAddress, this.texts);
			String filename = slug + "-" + found.dataName() + ((page != null) ? "-" + pageNumber(page) : "") + ".csv";
			return SectionRows.csv(found, data.records(), filename);
		}
		return OpenData.movedTo(canonical(slug, found, page, suffix));
	}

	/** Links the page to the ones before and after it, and names its own address. */
	private ModelAndView paged(ModelAndView view, Pagination pagination) {
		view.addObject("previousPageUrl", pagination.previous()).addObject("nextPageUrl", pagination.next());
		return view.addObject("canonicalUrl", this.publicAddress.link(pagination.href(pagination.current())));
	}

	private ModelAndView redirectToCanonical(String slug, Section section, String page) {
		return PermanentRedirect.to(canonical(slug, section, page, ""));
	}

	private String canonical(String slug, Section section, String page, String suffix) {
		String query = (page != null) ? "?page=" + pageNumber(page) : "";
		return this.relations.findCanonicalSlug(slug)
			.map((canonical) -> "/relations/" + canonical + section.suffix() + suffix + query)
			.orElseThrow(() -> notFound(slug));
	}

	private Citation citation(String title, String path, java.time.Instant lastChanged) {
		return Citation.of(title, path, lastChanged, this.publicAddress, message("site.name"));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** The pair page as a schema.org data set, with its JSON and CSV downloads. */
	private Map<String, Object> dataset(RelationOverview overview) {
		Relation relation = overview.relation();
		String path = "/relations/" + relation.getSlug();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Dataset");
		data.put("name",
				message("pair.title", relation.getFirstCountry().getName(), relation.getSecondCountry().getName()));
		data.put("description", message("pair.description", relation.getFirstCountry().getName(),
				relation.getSecondCountry().getName()));
		data.put("url", this.publicAddress.link(path));
		data.put("spatialCoverage", List.of(Map.of("@type", "Country", "name", relation.getFirstCountry().getName()),
				Map.of("@type", "Country", "name", relation.getSecondCountry().getName())));
		if (overview.lastUpdated() != null) {
			data.put("dateModified", overview.lastUpdated().toString());
		}
		data.put("distribution",
				List.of(download(path + ".json", "application/json"), download(path + "/visits.csv", CSV),
						download(path + "/ambassadors.csv", CSV), download(path + "/agreements.csv", CSV),
						download(path + "/trade.csv", CSV)));
		return data;
	}

	private Map<String, Object> download(String path, String type) {
		return Map.of("@type", "DataDownload", "contentUrl", this.publicAddress.link(path), "encodingFormat", type);
	}

	private Map<String, Object> itemList(String name, String path, List<Map<String, Object>> items) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "ItemList");
		data.put("name", name);
		data.put("url", this.publicAddress.link(path));
		data.put("numberOfItems", items.size());
		data.put("itemListElement", IntStream.range(0, items.size()).mapToObj((i) -> {
			Map<String, Object> item = new LinkedHashMap<>(items.get(i));
			item.put("position", i + 1);
			return item;
		}).toList());
		return data;
	}

	private Map<String, Object> listItem(String name, String path) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "ListItem");
		item.put("name", name);
		if (path != null) {
			item.put("url", this.publicAddress.link(path));
		}
		return item;
	}

	/** What a section page lists, each with its own page where it has one. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> items(SectionPage<?> page) {
		return switch (page.section()) {
			case VISITS -> ((List<org.bilateral.visit.Visit>) page.items()).stream()
				.map((v) -> listItem(v.getTitle(), v.getPath()))
				.toList();
			case AMBASSADORS -> ((List<org.bilateral.ambassador.Accreditation>) page.items()).stream()
				.map((a) -> listItem(a.getPerson().getName(), a.getPerson().getPath()))
				.toList();
			case AGREEMENTS -> ((List<org.bilateral.agreement.Agreement>) page.items()).stream()
				.map((a) -> listItem(a.getName(), a.getPath()))
				.toList();
			case TRADE -> ((List<org.bilateral.trade.TradeFigure>) page.items()).stream()
				.map((t) -> listItem(t.getYear() + ", " + t.getReportingCountry().getName(), null))
				.toList();
			case CULTURAL_CENTRES -> ((List<org.bilateral.culture.CulturalCentre>) page.items()).stream()
				.map((c) -> listItem(c.getName(), null))
				.toList();
			case EVENTS -> ((List<org.bilateral.event.EventParticipation>) page.items()).stream()
				.map((e) -> listItem(e.getDisplayName(), null))
				.toList();
			case OVERVIEW -> List.of();
		};
	}

	/**
	 * The page asked for: 1 when none is given; not found when it is not a page number.
	 */
	private static int pageNumber(String page) {
		if (page == null) {
			return 1;
		}
		if (!PAGE_NUMBER.matcher(page).matches()) {
			throw new NotFoundException("No page " + page);
		}
		return Integer.parseInt(page);
	}

	private static NotFoundException notFound(String slug) {
		return new NotFoundException("No relation " + slug);
	}

}
