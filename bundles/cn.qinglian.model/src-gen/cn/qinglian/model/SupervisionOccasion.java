/**
 */
package cn.qinglian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Supervision Occasion</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 监督节点。
 * <!-- end-model-doc -->
 * @see cn.qinglian.model.QinglianPackage#getSupervisionOccasion()
 * @model
 * @generated
 */
public enum SupervisionOccasion implements Enumerator {
	/**
	 * The '<em><b>ROUTINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 日常。
	 * <!-- end-model-doc -->
	 * @see #ROUTINE_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTINE(0, "ROUTINE", "ROUTINE"),

	/**
	 * The '<em><b>DYNAMIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 动态监管。
	 * <!-- end-model-doc -->
	 * @see #DYNAMIC_VALUE
	 * @generated
	 * @ordered
	 */
	DYNAMIC(1, "DYNAMIC", "DYNAMIC"),

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
	MID_YEAR_CHECK(2, "MID_YEAR_CHECK", "MID_YEAR_CHECK"),

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
	YEAR_END_ASSESSMENT(3, "YEAR_END_ASSESSMENT", "YEAR_END_ASSESSMENT");

	/**
	 * The '<em><b>ROUTINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 日常。
	 * <!-- end-model-doc -->
	 * @see #ROUTINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROUTINE_VALUE = 0;

	/**
	 * The '<em><b>DYNAMIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 动态监管。
	 * <!-- end-model-doc -->
	 * @see #DYNAMIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DYNAMIC_VALUE = 1;

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
	public static final int MID_YEAR_CHECK_VALUE = 2;

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
	public static final int YEAR_END_ASSESSMENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Supervision Occasion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SupervisionOccasion[] VALUES_ARRAY =
		new SupervisionOccasion[] {
			ROUTINE,
			DYNAMIC,
			MID_YEAR_CHECK,
			YEAR_END_ASSESSMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Supervision Occasion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SupervisionOccasion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Supervision Occasion</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupervisionOccasion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SupervisionOccasion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Supervision Occasion</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupervisionOccasion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SupervisionOccasion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Supervision Occasion</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupervisionOccasion get(int value) {
		switch (value) {
			case ROUTINE_VALUE: return ROUTINE;
			case DYNAMIC_VALUE: return DYNAMIC;
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
	private SupervisionOccasion(int value, String name, String literal) {
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
	
} //SupervisionOccasion
