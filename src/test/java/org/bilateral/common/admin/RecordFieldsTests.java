package org.bilateral.common.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bilateral.common.history.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a record type's explicit field description turns a form into stored values, and
 * stored values back into what an editor reads, without a Spring context.
 */
class RecordFieldsTests {

	private final Map<String, String> people = new HashMap<>(Map.of("7", "Kassym-Jomart Tokayev"));

	private final StaticMessageSource messages = new StaticMessageSource();

	private final RecordTypes types = types(
			new Named("people", this.people,
					List.of(Reference.byId("relations", "dependants.participations", (id) -> (id == 1) ? 2 : 0))),
			new Named("relations", Map.of(), List.of(Reference.byId("relations", "dependants.visits", (id) -> 3))),
			new Named("sources", Map.of(),
					List.of(Reference.byId("relations", "dependants.participations", (id) -> 1))));

	RecordFieldsTests() {
		this.messages.addMessage("field.personId", Locale.ENGLISH, "Person");
		this.messages.addMessage("field.personId", Locale.forLanguageTag("es"), "Persona");
		this.messages.addMessage("field.kind", Locale.ENGLISH, "Kind");
		this.messages.addMessage("field.title", Locale.ENGLISH, "Title");
		this.messages.addMessage("kind.OFFICIAL", Locale.ENGLISH, "Official visit");
		this.messages.addMessage("kind.OFFICIAL", Locale.forLanguageTag("es"), "Visita oficial");
		this.messages.addMessage("dependants.participations", Locale.ENGLISH, "{0} participations");
		this.messages.addMessage("dependants.visits", Locale.ENGLISH, "{0} visits");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private static final RecordFields<Form> FIELDS = RecordFields.of(Form.class)
		.text("title", Form::title)
		.formerly("name")
		.choice("kind", "kind.", Form::kind)
		.reference("personId", "people", Form::personId)
		.build();

	@Test
	void describesAFormByItsKeysWithRawValuesInTheFormsOrder() {
		Map<String, String> values = FIELDS.describe(new Form("Official visit", Kind.OFFICIAL, 7L));
		assertThat(values).containsExactly(Map.entry("title", "Official visit"), Map.entry("kind", "OFFICIAL"),
				Map.entry("personId", "7"));
		assertThat(FIELDS.describe(new Form(null, null, null))).containsOnlyKeys("title", "kind", "personId")
			.allSatisfy((key, value) -> assertThat(value).isEmpty());
	}

	@Test
	void namesAChosenRecordWhenShownSoARenameShowsInOldRevisions() {
		FieldChange stored = new FieldChange("personId", "", "7");
		assertThat(this.types.show(FIELDS, stored).newValue()).isEqualTo("Kassym-Jomart Tokayev");
		this.people.put("7", "Tokayev");
		assertThat(this.types.show(FIELDS, stored)).isEqualTo(new ChangeView("personId", "Person", "", "Tokayev"));
	}

	@Test
	void showsTheKeyOfARecordThatNoLongerExists() {
		assertThat(this.types.show(FIELDS, new FieldChange("personId", "99", "")).oldValue()).isEqualTo("99");
	}

	@Test
	void keepsValuesStoredAsNamesByEarlierVersionsReadable() {
		assertThat(this.types.show(FIELDS, new FieldChange("personId", "Nursultan Nazarbayev", "")).oldValue())
			.isEqualTo("Nursultan Nazarbayev");
	}

	@Test
	void labelsAndChoicesResolveInTheReadersLanguage() {
		FieldChange stored = new FieldChange("kind", "", "OFFICIAL");
		assertThat(this.types.show(FIELDS, stored).newValue()).isEqualTo("Official visit");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.types.show(FIELDS, stored).newValue()).isEqualTo("Visita oficial");
		assertThat(this.types.show(FIELDS, new FieldChange("personId", "", "7")).label()).isEqualTo("Persona");
	}

	@Test
	void aRenamedFieldKeepsTheLabelOfItsOldRevisions() {
		ChangeView shown = this.types.show(FIELDS, new FieldChange("name", "Old title", "New title"));
		assertThat(shown).isEqualTo(new ChangeView("title", "Title", "Old title", "New title"));
	}

	@Test
	void aFieldNoLongerDeclaredIsShownByItsStoredKeyNotAMissingMessage() {
		ChangeView shown = this.types.show(FIELDS, new FieldChange("venue", "Ak Orda", ""));
		assertThat(shown).isEqualTo(new ChangeView("venue", "venue", "Ak Orda", ""));
	}

	@Test
	void countsDependantsOverEveryDeclaredReferenceSummingThoseWithOneMessage() {
		assertThat(this.types.dependants("relations", "1")).containsExactly("3 participations", "3 visits");
		assertThat(this.types.dependants("relations", "2")).containsExactly("1 participations", "3 visits");
		assertThat(this.types.dependants("people", "7")).isEmpty();
	}

	private RecordTypes types(RecordType... declared) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (RecordType type : declared) {
			beans.registerSingleton(type.type(), type);
		}
		return new RecordTypes(beans.getBeanProvider(RecordType.class), this.messages);
	}

	enum Kind {

		OFFICIAL

	}

	record Form(String title, Kind kind, Long personId) {
	}

	record Named(String type, Map<String, String> names, List<Reference> references) implements RecordType {

		@Override
		public Optional<String> name(String key) {
			return Optional.ofNullable(this.names.get(key));
		}

	}

}
