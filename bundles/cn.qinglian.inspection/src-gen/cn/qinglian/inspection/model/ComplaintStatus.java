/**
 */
package cn.qinglian.inspection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Complaint Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 投诉举报办理状态。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaintStatus()
 * @model
 * @generated
 */
public enum ComplaintStatus implements Enumerator {
	/**
	 * The '<em><b>RECEIVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已收到。
	 * <!-- end-model-doc -->
	 * @see #RECEIVED_VALUE
	 * @generated
	 * @ordered
	 */
	RECEIVED(0, "RECEIVED", "RECEIVED"),

	/**
	 * The '<em><b>ACKNOWLEDGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已受理。
	 * <!-- end-model-doc -->
	 * @see #ACKNOWLEDGED_VALUE
	 * @generated
	 * @ordered
	 */
	ACKNOWLEDGED(1, "ACKNOWLEDGED", "ACKNOWLEDGED"),

	/**
	 * The '<em><b>INVESTIGATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 调查中。
	 * <!-- end-model-doc -->
	 * @see #INVESTIGATING_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTIGATING(2, "INVESTIGATING", "INVESTIGATING"),

	/**
	 * The '<em><b>HANDLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已办结。
	 * <!-- end-model-doc -->
	 * @see #HANDLED_VALUE
	 * @generated
	 * @ordered
	 */
	HANDLED(3, "HANDLED", "HANDLED");

	/**
	 * The '<em><b>RECEIVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已收到。
	 * <!-- end-model-doc -->
	 * @see #RECEIVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECEIVED_VALUE = 0;

	/**
	 * The '<em><b>ACKNOWLEDGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已受理。
	 * <!-- end-model-doc -->
	 * @see #ACKNOWLEDGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACKNOWLEDGED_VALUE = 1;

	/**
	 * The '<em><b>INVESTIGATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 调查中。
	 * <!-- end-model-doc -->
	 * @see #INVESTIGATING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTIGATING_VALUE = 2;

	/**
	 * The '<em><b>HANDLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已办结。
	 * <!-- end-model-doc -->
	 * @see #HANDLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDLED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Complaint Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplaintStatus[] VALUES_ARRAY =
		new ComplaintStatus[] {
			RECEIVED,
			ACKNOWLEDGED,
			INVESTIGATING,
			HANDLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Complaint Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplaintStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Complaint Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintStatus get(int value) {
		switch (value) {
			case RECEIVED_VALUE: return RECEIVED;
			case ACKNOWLEDGED_VALUE: return ACKNOWLEDGED;
			case INVESTIGATING_VALUE: return INVESTIGATING;
			case HANDLED_VALUE: return HANDLED;
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
	private ComplaintStatus(int value, String name, String literal) {
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
	
} //ComplaintStatus
