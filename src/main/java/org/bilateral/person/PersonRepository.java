package org.bilateral.person;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * People, who hold offices, head missions and take part in visits. A person's page reads
 * their postings and visits here as plain records, so that people depend on neither.
 */
public interface PersonRepository extends JpaRepository<Person, Long> {

	List<Person> findAllByOrderByName();

	boolean existsBySlugAndIdNot(String slug, long id);

	/** The person's postings as head of mission, earliest first, with their sources. */
	@Query("""
			select new org.bilateral.person.PersonPosting(a.id, a.title, sc.name, rc.name, a.residenceCity, res.name,
			  a.tenureStart.date, a.tenureStart.precision, a.tenureEnd.date, a.tenureEnd.precision, a.asOf, r.slug, s)
			from Accreditation a join a.sendingCountry sc join a.receivingCountry rc left join a.residenceCountry res
			join a.relation r left join a.source s
			where a.person.id = :personId
			order by a.tenureStart.date nulls last, a.id""")
	List<PersonPosting> findPostings(Long personId);

	/**
	 * The visits and meetings the person took part in, earliest first, with their
	 * sources.
	 */
	@Query("""
			select new org.bilateral.person.PersonVisit(v.id, v.slug, v.title, v.textLanguage, v.starts.date, v.starts.precision,
			  v.ends.date, v.ends.precision, p.office, side.name, cast(p.role as String), r.slug, fc.name, sc.name, s)
			from VisitParticipant p join p.visit v join p.side side join v.relation r
			join r.firstCountry fc join r.secondCountry sc left join v.source s
			where p.person.id = :personId
			order by v.knownBy, v.starts.precision, v.id""")
	List<PersonVisit> findVisits(Long personId);

}
