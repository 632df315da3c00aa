/**
 */
package cn.qinglian.evaluation.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Assessment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 考核类别。
 * <!-- end-model-doc -->
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentKind()
 * @model
 * @generated
 */
public enum AssessmentKind implements Enumerator {
	/**
	 * The '<em><b>MID YEAR CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年中检查。
	 * <!-- end-model-doc -->
	 * @see #MID_YEAR_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	MID_YEAR_CHECK(0, "MID_YEAR_CHECK", "MID_YEAR_CHECK"),

	/**
	 * The '<em><b>YEAR END ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年终考核。
	 * <!-- end-model-doc -->
	 * @see #YEAR_END_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR_END_ASSESSMENT(1, "YEAR_END_ASSESSMENT", "YEAR_END_ASSESSMENT");

	/**
	 * The '<em><b>MID YEAR CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年中检查。
	 * <!-- end-model-doc -->
	 * @see #MID_YEAR_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MID_YEAR_CHECK_VALUE = 0;

	/**
	 * The '<em><b>YEAR END ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年终考核。
	 * <!-- end-model-doc -->
	 * @see #YEAR_END_ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YEAR_END_ASSESSMENT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Assessment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssessmentKind[] VALUES_ARRAY =
		new AssessmentKind[] {
			MID_YEAR_CHECK,
			YEAR_END_ASSESSMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Assessment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssessmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Assessment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssessmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssessmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assessment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssessmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssessmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assessment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssessmentKind get(int value) {
		switch (value) {
			case MID_YEAR_CHECK_VALUE: return MID_YEAR_CHECK;
			case YEAR_END_ASSESSMENT_VALUE: return YEAR_END_ASSESSMENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AssessmentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AssessmentKind
