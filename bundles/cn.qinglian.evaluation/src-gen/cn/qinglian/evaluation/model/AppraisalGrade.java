/**
 */
package cn.qinglian.evaluation.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Appraisal Grade</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 民主评议等次。
 * <!-- end-model-doc -->
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisalGrade()
 * @model
 * @generated
 */
public enum AppraisalGrade implements Enumerator {
	/**
	 * The '<em><b>EXCELLENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 优秀。
	 * <!-- end-model-doc -->
	 * @see #EXCELLENT_VALUE
	 * @generated
	 * @ordered
	 */
	EXCELLENT(0, "EXCELLENT", "EXCELLENT"),

	/**
	 * The '<em><b>COMPETENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 称职。
	 * <!-- end-model-doc -->
	 * @see #COMPETENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETENT(1, "COMPETENT", "COMPETENT"),

	/**
	 * The '<em><b>BASICALLY COMPETENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 基本称职。
	 * <!-- end-model-doc -->
	 * @see #BASICALLY_COMPETENT_VALUE
	 * @generated
	 * @ordered
	 */
	BASICALLY_COMPETENT(2, "BASICALLY_COMPETENT", "BASICALLY_COMPETENT"),

	/**
	 * The '<em><b>INCOMPETENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 不称职。
	 * <!-- end-model-doc -->
	 * @see #INCOMPETENT_VALUE
	 * @generated
	 * @ordered
	 */
	INCOMPETENT(3, "INCOMPETENT", "INCOMPETENT");

	/**
	 * The '<em><b>EXCELLENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 优秀。
	 * <!-- end-model-doc -->
	 * @see #EXCELLENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXCELLENT_VALUE = 0;

	/**
	 * The '<em><b>COMPETENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 称职。
	 * <!-- end-model-doc -->
	 * @see #COMPETENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPETENT_VALUE = 1;

	/**
	 * The '<em><b>BASICALLY COMPETENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 基本称职。
	 * <!-- end-model-doc -->
	 * @see #BASICALLY_COMPETENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BASICALLY_COMPETENT_VALUE = 2;

	/**
	 * The '<em><b>INCOMPETENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 不称职。
	 * <!-- end-model-doc -->
	 * @see #INCOMPETENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INCOMPETENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Appraisal Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AppraisalGrade[] VALUES_ARRAY =
		new AppraisalGrade[] {
			EXCELLENT,
			COMPETENT,
			BASICALLY_COMPETENT,
			INCOMPETENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Appraisal Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AppraisalGrade> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Appraisal Grade</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AppraisalGrade get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AppraisalGrade result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Appraisal Grade</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AppraisalGrade getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AppraisalGrade result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Appraisal Grade</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AppraisalGrade get(int value) {
		switch (value) {
			case EXCELLENT_VALUE: return EXCELLENT;
			case COMPETENT_VALUE: return COMPETENT;
			case BASICALLY_COMPETENT_VALUE: return BASICALLY_COMPETENT;
			case INCOMPETENT_VALUE: return INCOMPETENT;
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
	private AppraisalGrade(int value, String name, String literal) {
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
	
} //AppraisalGrade
