package org.bilateral.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.bilateral.common.TextRecord;
import org.bilateral.common.PartialDate;
import org.bilateral.common.Slugs;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.visit.Visit;

/**
 * A document of the legal framework. Sources sometimes name only its sphere, so the
 * title, type and dates are all optional.
 */
@Entity
public class Agreement extends TextRecord {

	@Override
	public String recordType() {
		return AgreementAdmin.TYPE;
	}

	/** The length of the slug column: a longer title's slug is cut on a word boundary. */
	static final int SLUG_LENGTH = 300;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Relation relation;

	private String title;

	private String slug;

	private String sphere;

	private String type;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "signed_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "signed_precision"))
	private PartialDate signedOn;

	@Column(name = "signed_place")
	private String signedAt;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "in_force_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "in_force_precision"))
	private PartialDate inForceOn;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	private Visit visit;

	public Agreement() {
	}

	/** The title, or the sphere where the source names only that. */
	public String getName() {
		return (this.title != null) ? this.title : this.sphere;
	}

	public String getSlug() {
		return this.slug;
	}

	/** The document's lasting public address. */
	public String getPath() {
		return "/agreements/" + getId() + "-" + this.slug;
	}

	/** The visit during which the document was signed, where known. */
	public Visit getVisit() {
		return this.visit;
	}

	public Relation getRelation() {
		return this.relation;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSphere() {
		return this.sphere;
	}

	public String getType() {
		return this.type;
	}

	public PartialDate getSignedOn() {
		return this.signedOn;
	}

	public String getSignedAt() {
		return this.signedAt;
	}

	public PartialDate getInForceOn() {
		return this.inForceOn;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public int getPosition() {
		return this.position;
	}

	public Source getSource() {
		return this.source;
	}

	void setRelation(Relation relation) {
		this.relation = relation;
	}

	void setTitle(String title) {
		this.title = title;
		this.slug = slugFor(title, this.sphere);
	}

	static String slugFor(String title, String sphere) {
		String slug = Slugs.slugify((title != null) ? title : sphere, SLUG_LENGTH);
		return slug.isEmpty() ? "document" : slug;
	}

	void setSphere(String sphere) {
		this.sphere = sphere;
		this.slug = slugFor(this.title, sphere);
	}

	void setType(String type) {
		this.type = type;
	}

	void setSignedOn(PartialDate signedOn) {
		this.signedOn = signedOn;
	}

	void setSignedAt(String signedAt) {
		this.signedAt = signedAt;
	}

	void setInForceOn(PartialDate inForceOn) {
		this.inForceOn = inForceOn;
	}

	void setStatus(AgreementStatus status) {
		this.status = status;
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setSource(Source source) {
		this.source = source;
	}

	void setVisit(Visit visit) {
		this.visit = visit;
	}

}
