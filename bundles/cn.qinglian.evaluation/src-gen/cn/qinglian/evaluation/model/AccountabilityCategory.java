/**
 */
package cn.qinglian.evaluation.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Accountability Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 问责类别（四位一体问责及失责不追责）。
 * <!-- end-model-doc -->
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityCategory()
 * @model
 * @generated
 */
public enum AccountabilityCategory implements Enumerator {
	/**
	 * The '<em><b>ACTING WRONGLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 乱为。
	 * <!-- end-model-doc -->
	 * @see #ACTING_WRONGLY_VALUE
	 * @generated
	 * @ordered
	 */
	ACTING_WRONGLY(0, "ACTING_WRONGLY", "ACTING_WRONGLY"),

	/**
	 * The '<em><b>IMPROPRIETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 不正。
	 * <!-- end-model-doc -->
	 * @see #IMPROPRIETY_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROPRIETY(1, "IMPROPRIETY", "IMPROPRIETY"),

	/**
	 * The '<em><b>INACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 无为低效。
	 * <!-- end-model-doc -->
	 * @see #INACTION_VALUE
	 * @generated
	 * @ordered
	 */
	INACTION(2, "INACTION", "INACTION"),

	/**
	 * The '<em><b>LAST PLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 末位。
	 * <!-- end-model-doc -->
	 * @see #LAST_PLACE_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_PLACE(3, "LAST_PLACE", "LAST_PLACE"),

	/**
	 * The '<em><b>FAILURE TO HOLD ACCOUNTABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 失责不追责：负有责任的领导未追究问责。
	 * <!-- end-model-doc -->
	 * @see #FAILURE_TO_HOLD_ACCOUNTABLE_VALUE
	 * @generated
	 * @ordered
	 */
	FAILURE_TO_HOLD_ACCOUNTABLE(4, "FAILURE_TO_HOLD_ACCOUNTABLE", "FAILURE_TO_HOLD_ACCOUNTABLE");

	/**
	 * The '<em><b>ACTING WRONGLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 乱为。
	 * <!-- end-model-doc -->
	 * @see #ACTING_WRONGLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTING_WRONGLY_VALUE = 0;

	/**
	 * The '<em><b>IMPROPRIETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 不正。
	 * <!-- end-model-doc -->
	 * @see #IMPROPRIETY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPROPRIETY_VALUE = 1;

	/**
	 * The '<em><b>INACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 无为低效。
	 * <!-- end-model-doc -->
	 * @see #INACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INACTION_VALUE = 2;

	/**
	 * The '<em><b>LAST PLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 末位。
	 * <!-- end-model-doc -->
	 * @see #LAST_PLACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAST_PLACE_VALUE = 3;

	/**
	 * The '<em><b>FAILURE TO HOLD ACCOUNTABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 失责不追责：负有责任的领导未追究问责。
	 * <!-- end-model-doc -->
	 * @see #FAILURE_TO_HOLD_ACCOUNTABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAILURE_TO_HOLD_ACCOUNTABLE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Accountability Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AccountabilityCategory[] VALUES_ARRAY =
		new AccountabilityCategory[] {
			ACTING_WRONGLY,
			IMPROPRIETY,
			INACTION,
			LAST_PLACE,
			FAILURE_TO_HOLD_ACCOUNTABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Accountability Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AccountabilityCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Accountability Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountabilityCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccountabilityCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accountability Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountabilityCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccountabilityCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accountability Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountabilityCategory get(int value) {
		switch (value) {
			case ACTING_WRONGLY_VALUE: return ACTING_WRONGLY;
			case IMPROPRIETY_VALUE: return IMPROPRIETY;
			case INACTION_VALUE: return INACTION;
			case LAST_PLACE_VALUE: return LAST_PLACE;
			case FAILURE_TO_HOLD_ACCOUNTABLE_VALUE: return FAILURE_TO_HOLD_ACCOUNTABLE;
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
	private AccountabilityCategory(int value, String name, String literal) {
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
	
} //AccountabilityCategory
