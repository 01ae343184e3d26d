package org.bilateral.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.bilateral.common.TextRecord;
import org.bilateral.common.PartialDate;
import org.bilateral.common.Slugs;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.visit.Visit;

/**
 * A document of the legal framework. Sources sometimes name only its sphere, so the title
 * and type are optional, and its lifecycle (signed, ratified, in force, ...) is a list of
 * steps that may be empty.
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

	@Column(name = "signed_place")
	private String signedAt;

	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	private Visit visit;

	/**
	 * The lifecycle, in the order the steps were recorded (which is their order in time).
	 */
	@OneToMany(mappedBy = "agreement")
	@OrderBy("id")
	private List<AgreementStep> steps = new ArrayList<>();

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

	/** The steps of the lifecycle, earliest first; empty when the source gives none. */
	public List<AgreementStep> getSteps() {
		return this.steps;
	}

	/** Where the document stands: its latest step, or null when the source gives none. */
	public AgreementStep getCurrentStep() {
		return this.steps.isEmpty() ? null : this.steps.get(this.steps.size() - 1);
	}

	/** The signing, or null when it is not recorded. */
	public AgreementStep getSigning() {
		return this.steps.stream().filter((step) -> step.getStage() == AgreementStage.SIGNED).findFirst().orElse(null);
	}

	/** When the document was signed, where recorded. */
	public PartialDate getSignedOn() {
		AgreementStep signing = getSigning();
		return (signing != null) ? signing.getTakenOn() : null;
	}

	/**
	 * Where the document stood on a day, by its dated steps; null when none is known to
	 * have happened by then.
	 */
	public AgreementStage getStageOn(LocalDate day) {
		return AgreementLifecycle.stateOn(this.steps.stream().map(AgreementStep::facts).toList(), day);
	}

	public String getSignedAt() {
		return this.signedAt;
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

	void setSignedAt(String signedAt) {
		this.signedAt = signedAt;
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
