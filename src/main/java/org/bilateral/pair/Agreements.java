package org.bilateral.pair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bilateral.agreement.Agreement;

/**
 * The legal framework grouped by sphere, spheres in the order their first document comes.
 */
final class Agreements {

	private Agreements() {
	}

	static Map<String, List<Agreement>> bySphere(List<Agreement> agreements) {
		Map<String, List<Agreement>> bySphere = new LinkedHashMap<>();
		agreements.forEach((agreement) -> bySphere.computeIfAbsent(agreement.getSphere(), (sphere) -> new ArrayList<>())
			.add(agreement));
		return bySphere;
	}

}
