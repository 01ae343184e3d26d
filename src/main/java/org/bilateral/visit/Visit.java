package org.bilateral.visit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.bilateral.common.TextRecord;
import org.bilateral.common.PartialDate;
import org.bilateral.country.Country;
import org.bilateral.event.EventParticipation;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

/**
 * A high-level contact: who went where, when (to the precision known), on what occasion.
 * Its public address carries the id and the slug; the id alone decides which visit it is,
 * so links keep working when the title changes.
 */
@Entity
public class Visit extends TextRecord {

	@Override
	public String recordType() {
		return VisitAdmin.TYPE;
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Relation relation;

	@Enumerated(EnumType.STRING)
	private VisitKind kind;

	private String title;

	private String slug;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "starts_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "starts_precision"))
	private PartialDate starts;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "ends_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "ends_precision"))
	private PartialDate ends;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "host_country_code")
	private Country hostCountry;

	/** The host country is implied by the source (it names the city only), not stated. */
	private boolean hostCountryInferred;

	/**
	 * The last day the visit could have started on, as far as its date is known: what
	 * lists sort by, so that "2017" never comes before "4 May 2017". PostgreSQL computes
	 * it.
	 */
	@Column(name = "known_by_on", insertable = false, updatable = false)
	private java.time.LocalDate knownBy;

	private String city;

	private String venue;

	private String occasion;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_participation_id")
	private EventParticipation event;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<VisitParticipant> participants = new ArrayList<>();

	public Visit() {
	}

	public Relation getRelation() {
		return this.relation;
	}

	public VisitKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSlug() {
		return this.slug;
	}

	/** The visit's lasting public address. */
	public String getPath() {
		return "/visits/" + getId() + "-" + this.slug;
	}

	public PartialDate getStarts() {
		return this.starts;
	}

	public PartialDate getEnds() {
		return this.ends;
	}

	public Country getHostCountry() {
		return this.hostCountry;
	}

	public boolean isHostCountryInferred() {
		return this.hostCountryInferred;
	}

	/**
	 * Whether the visit is known only to a year or a month, so that a list does not place
	 * it among visits known to the day.
	 */
	public boolean isDateNotGiven() {
		return this.starts != null && this.starts.precision() != org.bilateral.common.DatePrecision.DAY;
	}

	public String getCity() {
		return this.city;
	}

	/** Venue and city, without the host country, as far as they are known. */
	public String getPlaceWithoutCountry() {
		return java.util.stream.Stream.of(this.venue, this.city)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	public String getVenue() {
		return this.venue;
	}

	/** Venue, city and host country, as far as they are known. */
	public String getPlace() {
		return java.util.stream.Stream
			.of(this.venue, this.city, (this.hostCountry != null) ? this.hostCountry.getName() : null)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** City and host country, as far as they are known: the place without its venue. */
	public String getCityAndCountry() {
		return java.util.stream.Stream.of(this.city, (this.hostCountry != null) ? this.hostCountry.getName() : null)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	public String getOccasion() {
		return this.occasion;
	}

	public EventParticipation getEvent() {
		return this.event;
	}

	public String getDescription() {
		return this.description;
	}

	public Source getSource() {
		return this.source;
	}

	public List<VisitParticipant> getParticipants() {
		return this.participants;
	}

	void setRelation(Relation relation) {
		this.relation = relation;
	}

	void setKind(VisitKind kind) {
		this.kind = kind;
	}

	void setTitle(String title) {
		this.title = title;
	}

	void setSlug(String slug) {
		this.slug = slug;
	}

	void setStarts(PartialDate starts) {
		this.starts = starts;
	}

	void setEnds(PartialDate ends) {
		this.ends = ends;
	}

	void setHostCountry(Country hostCountry) {
		this.hostCountry = hostCountry;
	}

	void setHostCountryInferred(boolean hostCountryInferred) {
		this.hostCountryInferred = hostCountryInferred;
	}

	void setCity(String city) {
		this.city = city;
	}

	void setVenue(String venue) {
		this.venue = venue;
	}

	void setOccasion(String occasion) {
		this.occasion = occasion;
	}

	void setEvent(EventParticipation event) {
		this.event = event;
	}

	void setDescription(String description) {
		this.description = description;
	}

	void setSource(Source source) {
		this.source = source;
	}

}
