package org.bilateral.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgreementStepRepository extends JpaRepository<AgreementStep, Long> {

	/** Every step for the editors' list, by document and in the order recorded. */
	@Query("""
			select s from AgreementStep s join fetch s.agreement a join fetch a.relation r left join fetch s.country
			order by r.slug, a.position, a.sphere, a.id, s.id""")
	List<AgreementStep> findAllByAgreement();

	/** A document's steps in the order recorded, which is their order in time. */
	@Query("select s from AgreementStep s left join fetch s.country where s.agreement.id = :agreementId order by s.id")
	List<AgreementStep> findByAgreementId(Long agreementId);

	long countByAgreementId(Long agreementId);

	long countBySourceId(Long sourceId);

	long countByCountryCode(String countryCode);

}
