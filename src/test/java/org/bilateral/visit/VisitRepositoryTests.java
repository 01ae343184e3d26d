package org.bilateral.visit;

import java.util.List;

import org.bilateral.DataTest;
import org.bilateral.common.DatePrecision;
import org.bilateral.relation.RelationRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DataTest
class VisitRepositoryTests {

	@Autowired
	VisitRepository visits;

	@Autowired
	RelationRepository relations;

	@Test
	void listsARelationsVisitsOldestFirstWithParticipants() {
		Long relationId = this.relations.findBySlug("argentina-kazakhstan").orElseThrow().getId();
		List<Visit> found = this.visits.findByRelation(relationId);
		assertThat(found).hasSize(6);
		assertThat(found).extracting((visit) -> visit.getStarts().lastDay())
			.isSortedAccordingTo(java.util.Comparator.naturalOrder());
		assertThat(found.subList(3, 6)).extracting(Visit::getSlug)
			.containsExactly("yerzhan-ashikbayev-visits-buenos-aires",
					"hernan-lombardi-visits-kazakhstan-during-expo-2017",
					"lino-baranao-visits-kazakhstan-during-expo-2017");
		assertThat(found.get(0).getSlug()).isEqualTo("erlan-idrissov-visits-buenos-aires");
		Visit summit = found.stream()
			.filter((visit) -> visit.getKind() == VisitKind.MEETING_AT_SUMMIT)
			.findFirst()
			.orElseThrow();
		assertThat(summit.getParticipants()).extracting((participant) -> participant.getPerson().getName())
			.containsExactly("Nursultan Nazarbayev", "Mauricio Macri");
	}

	@Test
	void loadsOneVisitWithItsPairParticipantsAndSource() {
		Visit timerman = this.visits
			.findByRelation(this.relations.findBySlug("argentina-kazakhstan").orElseThrow().getId())
			.stream()
			.filter((visit) -> visit.getSlug().equals("hector-timerman-visits-kazakhstan"))
			.findFirst()
			.orElseThrow();
		Visit visit = this.visits.findForPage(timerman.getId()).orElseThrow();
		assertThat(visit.getRelation().getSlug()).isEqualTo("argentina-kazakhstan");
		assertThat(visit.getStarts().iso()).isEqualTo("2014-05-29");
		assertThat(visit.getEnds().iso()).isEqualTo("2014-05-30");
		assertThat(visit.getHostCountry().getCode()).isEqualTo("KZ");
		assertThat(visit.getParticipants()).singleElement()
			.satisfies((participant) -> assertThat(participant.getOffice())
				.isEqualTo("Minister of Foreign Affairs, International Trade and Worship of Argentina"));
		assertThat(visit.getSource().getPublisher())
			.isEqualTo("Ministry of Foreign Affairs of the Republic of Kazakhstan");
	}

	@Test
	void aVisitKnownOnlyByItsEventKeepsYearPrecision() {
		Visit lombardi = this.visits
			.findByRelation(this.relations.findBySlug("argentina-kazakhstan").orElseThrow().getId())
			.stream()
			.filter((visit) -> visit.getSlug().startsWith("hernan-lombardi"))
			.findFirst()
			.orElseThrow();
		assertThat(lombardi.getStarts().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(lombardi.getEvent().getShortName()).isEqualTo("EXPO 2017");
	}

	@Test
	void anUnknownIdFindsNothing() {
		assertThat(this.visits.findForPage(Long.MAX_VALUE)).isEmpty();
	}

}
