package org.bilateral;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The portal's feature packages are modules with checked boundaries: no cycles between
 * them, and no module reaching into another's internals (its sub-packages). The module
 * documentation in {@code docs/modules} is written from the same model.
 */
class ModulesTests {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void noFeatureDependsOnThePairPage() {
		assertThat(this.modules.stream()
			.filter((module) -> this.modules.getModuleByName("pair").orElseThrow() != module)
			.filter((module) -> module.getAllDependencies(this.modules).containsModuleNamed("pair"))
			.map(ApplicationModule::getName)).isEmpty();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
