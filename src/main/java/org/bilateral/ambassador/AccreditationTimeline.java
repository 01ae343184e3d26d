package org.bilateral.ambassador;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.bilateral.common.PartialDate;
import org.bilateral.country.Country;

/**
 * The geometry of the heads-of-mission timeline, computed on the server so the page needs
 * no script: one lane per sending country, one bar per posting on a common axis of years.
 * A date is drawn no more precisely than it is known: a start or end known only to its
 * year (or month) is a hatched, uncertain stretch across that whole year (or month); a
 * posting with no recorded end is drawn up to the day the source stated it and left open
 * beyond, never carried on to today.
 */
public record AccreditationTimeline(int width, int height, int plotLeft, int plotRight, List<Tick> ticks,
		List<Lane> lanes) {

	static final int WIDTH = 640;

	/** Room for the head of mission's name, right-aligned before the bars. */
	static final int LABEL_WIDTH = 190;

	static final int RIGHT_MARGIN = 20;

	static final int AXIS_HEIGHT = 24;

	static final int LANE_HEADER = 28;

	static final int ROW_HEIGHT = 26;

	static final int BAR_HEIGHT = 14;

	static final int LANE_GAP = 10;

	/** The open end drawn after the last stated day, in pixels. */
	static final int OPEN_END = 24;

	public static AccreditationTimeline of(List<Accreditation> postings) {
		List<Accreditation> drawn = postings.stream()
			.filter((posting) -> posting.getTenureStart() != null || posting.getTenureEnd() != null)
			.toList();
		if (drawn.isEmpty()) {
			return new AccreditationTimeline(WIDTH, 1, LABEL_WIDTH, WIDTH - RIGHT_MARGIN, List.of(), List.of());
		}
		Axis axis = Axis.of(drawn);
		Map<Country, List<Accreditation>> bySide = new LinkedHashMap<>();
		drawn.stream()
			.sorted(Comparator.comparing((Accreditation a) -> a.getSendingCountry().getName())
				.thenComparing((a) -> earliest(a), Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach((a) -> bySide.computeIfAbsent(a.getSendingCountry(), (side) -> new ArrayList<>()).add(a));
		List<Lane> lanes = new ArrayList<>();
		int y = AXIS_HEIGHT;
		for (Map.Entry<Country, List<Accreditation>> side : bySide.entrySet()) {
			int top = y;
			y += LANE_HEADER;
			List<Row> rows = new ArrayList<>();
			for (Accreditation posting : side.getValue()) {
				rows.add(row(posting, axis, y));
				y += ROW_HEIGHT;
			}
			lanes.add(new Lane(side.getKey(), top, rows));
			y += LANE_GAP;
		}
		return new AccreditationTimeline(WIDTH, y, LABEL_WIDTH, WIDTH - RIGHT_MARGIN, axis.ticks(), lanes);
	}

	private static LocalDate earliest(Accreditation posting) {
		return (posting.getTenureStart() != null) ? posting.getTenureStart().date() : posting.getTenureEnd().date();
	}

	private static Row row(Accreditation posting, Axis axis, int y) {
		PartialDate start = posting.getTenureStart();
		PartialDate end = posting.getTenureEnd();
		List<Segment> segments = new ArrayList<>();
		// where the certain part begins: after the whole period the start is known to
		double certainFrom;
		if (start == null) {
			segments.add(axis.segment(Segment.Kind.UNKNOWN_START, axis.first(), end.date()));
			certainFrom = axis.x(end.date());
		}
		else if (start.precision() == org.bilateral.common.DatePrecision.DAY) {
			certainFrom = axis.x(start.date());
		}
		else {
			segments.add(axis.segment(Segment.Kind.UNCERTAIN, start.date(), after(start)));
			certainFrom = axis.x(after(start));
		}
		if (end != null) {
			double certainTo = axis.x(end.date());
			if (certainTo > certainFrom) {
				segments.add(new Segment(Segment.Kind.CERTAIN, round(certainFrom), round(certainTo - certainFrom)));
			}
			if (end.precision() != org.bilateral.common.DatePrecision.DAY) {
				segments.add(axis.segment(Segment.Kind.UNCERTAIN, end.date(), after(end)));
			}
		}
		else {
			LocalDate stated = (posting.getAsOf() != null) ? posting.getAsOf() : null;
			double certainTo = (stated != null) ? axis.x(stated.plusDays(1)) : certainFrom;
			if (certainTo > certainFrom) {
				segments.add(new Segment(Segment.Kind.CERTAIN, round(certainFrom), round(certainTo - certainFrom)));
			}
			segments.add(new Segment(Segment.Kind.OPEN, round(Math.max(certainTo, certainFrom)), OPEN_END));
		}
		return new Row(posting, y, y + (ROW_HEIGHT - BAR_HEIGHT) / 2, BAR_HEIGHT, segments);
	}

	/** The first day after the period a partial date stands for. */
	static LocalDate after(PartialDate date) {
		return switch (date.precision()) {
			case YEAR -> date.date().plusYears(1);
			case MONTH -> date.date().plusMonths(1);
			case DAY -> date.date().plusDays(1);
		};
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public boolean isEmpty() {
		return this.lanes.isEmpty();
	}

	/**
	 * The years of the axis, from the start of the first to the end of the last drawn.
	 */
	private record Axis(LocalDate first, LocalDate last, double scale) {

		static Axis of(List<Accreditation> postings) {
			List<LocalDate> dates = postings.stream()
				.flatMap((p) -> Stream.of(p.getTenureStart() != null ? after(p.getTenureStart()) : null,
						p.getTenureStart() != null ? p.getTenureStart().date() : null,
						p.getTenureEnd() != null ? after(p.getTenureEnd()) : null, p.getAsOf()))
				.filter(Objects::nonNull)
				.toList();
			LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow().withDayOfYear(1);
			LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow().withDayOfYear(1).plusYears(1);
			double days = ChronoUnit.DAYS.between(first, last);
			double plot = WIDTH - RIGHT_MARGIN - OPEN_END - LABEL_WIDTH;
			return new Axis(first, last, plot / days);
		}

		double x(LocalDate date) {
			return LABEL_WIDTH + ChronoUnit.DAYS.between(this.first, date) * this.scale;
		}

		Segment segment(Segment.Kind kind, LocalDate from, LocalDate to) {
			double x = x(from);
			return new Segment(kind, round(x), round(Math.max(x(to) - x, 1)));
		}

		/** A tick at the start of each year, or of every fifth year on a long axis. */
		List<Tick> ticks() {
			int years = this.last.getYear() - this.first.getYear();
			int every = (years > 12) ? 5 : (years > 6) ? 2 : 1;
			List<Tick> ticks = new ArrayList<>();
			for (int year = this.first.getYear(); year <= this.last.getYear(); year++) {
				if ((year - this.first.getYear()) % every == 0) {
					ticks.add(new Tick(year, round(x(LocalDate.of(year, 1, 1)))));
				}
			}
			return ticks;
		}

	}

	/** A year on the axis, with its gridline's position. */
	public record Tick(int year, double x) {

	}

	/** The postings of one sending country, headed at {@code top}. */
	public record Lane(Country sendingCountry, int top, List<Row> rows) {

		public int headingBaseline() {
			return this.top + LANE_HEADER - 9;
		}

	}

	/** One posting: its name at the left, its bar in segments. */
	public record Row(Accreditation posting, int top, int barY, int barHeight, List<Segment> segments) {

		public int textBaseline() {
			return this.barY + this.barHeight - 2;
		}

		public int labelX() {
			return LABEL_WIDTH - 8;
		}

	}

	/**
	 * A stretch of a bar: known, uncertain (the period a partial date spans), or open.
	 */
	public record Segment(Kind kind, double x, double width) {

		public enum Kind {

			/** Held for certain. */
			CERTAIN,
			/**
			 * Within the year or month a start or end is known to: it may or may not be
			 * held.
			 */
			UNCERTAIN,
			/** Before an end, when the start is not recorded. */
			UNKNOWN_START,
			/** After the day the source stated the posting, with no end recorded. */
			OPEN;

			public String cssClass() {
				return "posting-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
			}

		}

	}

}
