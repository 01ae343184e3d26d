package org.bilateral.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.bilateral.country.Country;
import org.bilateral.person.Person;

/**
 * A person taking part in a visit, with the office held at the time and the side they
 * represented: offices change, so the visit remembers the one held then.
 */
@Entity
public class VisitParticipant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Visit visit;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String office;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "side_country_code")
	private Country side;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	private int position;

	protected VisitParticipant() {
	}

	VisitParticipant(Visit visit) {
		this.visit = visit;
	}

	void update(Person person, String office, Country side, ParticipantRole role, int position) {
		this.person = person;
		this.office = office;
		this.side = side;
		this.role = role;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Visit getVisit() {
		return this.visit;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getOffice() {
		return this.office;
	}

	public Country getSide() {
		return this.side;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	public int getPosition() {
		return this.position;
	}

}
