package org.bilateral.relation;

import org.bilateral.DataTest;
import org.bilateral.common.DatePrecision;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DataTest
class RelationRepositoryTests {

	@Autowired
	RelationRepository relations;

	@Test
	void findsAPairByItsCanonicalSlugWithBothCountries() {
		Relation relation = this.relations.findBySlug("argentina-kazakhstan").orElseThrow();
		assertThat(relation.getFirstCountry().getName()).isEqualTo("Argentina");
		assertThat(relation.getSecondCountry().getName()).isEqualTo("Kazakhstan");
		assertThat(relation.getEstablishedOn().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(relation.getEstablishedOn().iso()).isEqualTo("1993-06-25");
	}

	@Test
	void doesNotFindAPairNamedInTheOtherOrder() {
		assertThat(this.relations.findBySlug("kazakhstan-argentina")).isEmpty();
	}

	@Test
	void findsTheCanonicalSlugOfAPairNamedInTheOtherOrder() {
		assertThat(this.relations.findSlugByReversedSlug("kazakhstan-argentina")).contains("argentina-kazakhstan");
		assertThat(this.relations.findSlugByReversedSlug("argentina-kazakhstan")).isEmpty();
		assertThat(this.relations.findSlugByReversedSlug("brazil-argentina")).isEmpty();
	}

	@Test
	void listsEveryRelation() {
		assertThat(this.relations.findAllWithCountries()).extracting(Relation::getSlug)
			.containsExactly("argentina-kazakhstan");
	}

}
