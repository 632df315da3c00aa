/**
 */
package cn.qinglian.inspection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Leader Responsibility</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 责任领导的责任来源。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderResponsibility()
 * @model
 * @generated
 */
public enum LeaderResponsibility implements Enumerator {
	/**
	 * The '<em><b>HEAD OF UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 单位一把手（主体责任）。
	 * <!-- end-model-doc -->
	 * @see #HEAD_OF_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	HEAD_OF_UNIT(0, "HEAD_OF_UNIT", "HEAD_OF_UNIT"),

	/**
	 * The '<em><b>LEADER IN CHARGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分管领导（一岗双责）。
	 * <!-- end-model-doc -->
	 * @see #LEADER_IN_CHARGE_VALUE
	 * @generated
	 * @ordered
	 */
	LEADER_IN_CHARGE(1, "LEADER_IN_CHARGE", "LEADER_IN_CHARGE");

	/**
	 * The '<em><b>HEAD OF UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 单位一把手（主体责任）。
	 * <!-- end-model-doc -->
	 * @see #HEAD_OF_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEAD_OF_UNIT_VALUE = 0;

	/**
	 * The '<em><b>LEADER IN CHARGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分管领导（一岗双责）。
	 * <!-- end-model-doc -->
	 * @see #LEADER_IN_CHARGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADER_IN_CHARGE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Leader Responsibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LeaderResponsibility[] VALUES_ARRAY =
		new LeaderResponsibility[] {
			HEAD_OF_UNIT,
			LEADER_IN_CHARGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Leader Responsibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LeaderResponsibility> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Leader Responsibility</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeaderResponsibility get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LeaderResponsibility result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Leader Responsibility</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeaderResponsibility getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LeaderResponsibility result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Leader Responsibility</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeaderResponsibility get(int value) {
		switch (value) {
			case HEAD_OF_UNIT_VALUE: return HEAD_OF_UNIT;
			case LEADER_IN_CHARGE_VALUE: return LEADER_IN_CHARGE;
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
	private LeaderResponsibility(int value, String name, String literal) {
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
	
} //LeaderResponsibility
