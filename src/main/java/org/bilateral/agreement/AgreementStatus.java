package org.bilateral.agreement;

public enum AgreementStatus {

	SIGNED, IN_FORCE, TERMINATED

}
