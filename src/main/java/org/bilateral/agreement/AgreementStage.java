package org.bilateral.agreement;

/**
 * A step of a document's lifecycle. Ratification is by one side, so it names a country;
 * the others concern the document as a whole.
 */
public enum AgreementStage {

	SIGNED, RATIFIED, IN_FORCE, SUSPENDED, TERMINATED

}
