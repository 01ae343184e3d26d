package org.bilateral.relation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.bilateral.common.TextRecord;
import org.bilateral.common.PartialDate;
import org.bilateral.country.Country;
import org.bilateral.source.Source;

/**
 * The relations between two countries, stored once per pair in canonical order: the first
 * country's slug sorts before the second's, and the pair's slug joins the two.
 */
@Entity
public class Relation extends TextRecord {

	@Override
	public String recordType() {
		return RelationAdmin.TYPE;
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "first_country_code")
	private Country firstCountry;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "second_country_code")
	private Country secondCountry;

	private String slug;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "established_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "established_precision"))
	private PartialDate establishedOn;

	private String summary;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	public Relation() {
	}

	public static String slugOf(Country first, Country second) {
		return first.getSlug() + "-" + second.getSlug();
	}

	public Country getFirstCountry() {
		return this.firstCountry;
	}

	public Country getSecondCountry() {
		return this.secondCountry;
	}

	public String getSlug() {
		return this.slug;
	}

	public PartialDate getEstablishedOn() {
		return this.establishedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public Source getSource() {
		return this.source;
	}

	/** The pair's name in lists, such as "Argentina – Kazakhstan". */
	public String getDisplayName() {
		return this.firstCountry.getName() + " \u2013 " + this.secondCountry.getName();
	}

	void setFirstCountry(Country firstCountry) {
		this.firstCountry = firstCountry;
	}

	void setSecondCountry(Country secondCountry) {
		this.secondCountry = secondCountry;
	}

	void setSlug(String slug) {
		this.slug = slug;
	}

	void setEstablishedOn(PartialDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	void setSource(Source source) {
		this.source = source;
	}

}
