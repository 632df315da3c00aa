/**
 */
package cn.qinglian.inspection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Decision</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 处理决定。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage#getDecision()
 * @model
 * @generated
 */
public enum Decision implements Enumerator {
	/**
	 * The '<em><b>PENDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 待定。
	 * <!-- end-model-doc -->
	 * @see #PENDING_VALUE
	 * @generated
	 * @ordered
	 */
	PENDING(0, "PENDING", "PENDING"),

	/**
	 * The '<em><b>NOT ESTABLISHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 查无实据。
	 * <!-- end-model-doc -->
	 * @see #NOT_ESTABLISHED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ESTABLISHED(1, "NOT_ESTABLISHED", "NOT_ESTABLISHED"),

	/**
	 * The '<em><b>TALK REMINDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 谈话提醒。
	 * <!-- end-model-doc -->
	 * @see #TALK_REMINDER_VALUE
	 * @generated
	 * @ordered
	 */
	TALK_REMINDER(2, "TALK_REMINDER", "TALK_REMINDER"),

	/**
	 * The '<em><b>CRITICISM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 批评教育。
	 * <!-- end-model-doc -->
	 * @see #CRITICISM_VALUE
	 * @generated
	 * @ordered
	 */
	CRITICISM(3, "CRITICISM", "CRITICISM"),

	/**
	 * The '<em><b>ADMONISHMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 诫勉。
	 * <!-- end-model-doc -->
	 * @see #ADMONISHMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ADMONISHMENT(4, "ADMONISHMENT", "ADMONISHMENT"),

	/**
	 * The '<em><b>PARTY DISCIPLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 党纪处分。
	 * <!-- end-model-doc -->
	 * @see #PARTY_DISCIPLINE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY_DISCIPLINE(5, "PARTY_DISCIPLINE", "PARTY_DISCIPLINE"),

	/**
	 * The '<em><b>GOVERNMENT SANCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 政务处分。
	 * <!-- end-model-doc -->
	 * @see #GOVERNMENT_SANCTION_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT_SANCTION(6, "GOVERNMENT_SANCTION", "GOVERNMENT_SANCTION"),

	/**
	 * The '<em><b>ACCOUNTABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问责。
	 * <!-- end-model-doc -->
	 * @see #ACCOUNTABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOUNTABILITY(7, "ACCOUNTABILITY", "ACCOUNTABILITY"),

	/**
	 * The '<em><b>TRANSFERRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 移送司法机关。
	 * <!-- end-model-doc -->
	 * @see #TRANSFERRED_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFERRED(8, "TRANSFERRED", "TRANSFERRED");

	/**
	 * The '<em><b>PENDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 待定。
	 * <!-- end-model-doc -->
	 * @see #PENDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PENDING_VALUE = 0;

	/**
	 * The '<em><b>NOT ESTABLISHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 查无实据。
	 * <!-- end-model-doc -->
	 * @see #NOT_ESTABLISHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ESTABLISHED_VALUE = 1;

	/**
	 * The '<em><b>TALK REMINDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 谈话提醒。
	 * <!-- end-model-doc -->
	 * @see #TALK_REMINDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TALK_REMINDER_VALUE = 2;

	/**
	 * The '<em><b>CRITICISM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 批评教育。
	 * <!-- end-model-doc -->
	 * @see #CRITICISM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRITICISM_VALUE = 3;

	/**
	 * The '<em><b>ADMONISHMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 诫勉。
	 * <!-- end-model-doc -->
	 * @see #ADMONISHMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMONISHMENT_VALUE = 4;

	/**
	 * The '<em><b>PARTY DISCIPLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 党纪处分。
	 * <!-- end-model-doc -->
	 * @see #PARTY_DISCIPLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_DISCIPLINE_VALUE = 5;

	/**
	 * The '<em><b>GOVERNMENT SANCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 政务处分。
	 * <!-- end-model-doc -->
	 * @see #GOVERNMENT_SANCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_SANCTION_VALUE = 6;

	/**
	 * The '<em><b>ACCOUNTABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问责。
	 * <!-- end-model-doc -->
	 * @see #ACCOUNTABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCOUNTABILITY_VALUE = 7;

	/**
	 * The '<em><b>TRANSFERRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 移送司法机关。
	 * <!-- end-model-doc -->
	 * @see #TRANSFERRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFERRED_VALUE = 8;

	/**
	 * An array of all the '<em><b>Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Decision[] VALUES_ARRAY =
		new Decision[] {
			PENDING,
			NOT_ESTABLISHED,
			TALK_REMINDER,
			CRITICISM,
			ADMONISHMENT,
			PARTY_DISCIPLINE,
			GOVERNMENT_SANCTION,
			ACCOUNTABILITY,
			TRANSFERRED,
		};

	/**
	 * A public read-only list of all the '<em><b>Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Decision> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Decision</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Decision get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Decision result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decision</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Decision getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Decision result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decision</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Decision get(int value) {
		switch (value) {
			case PENDING_VALUE: return PENDING;
			case NOT_ESTABLISHED_VALUE: return NOT_ESTABLISHED;
			case TALK_REMINDER_VALUE: return TALK_REMINDER;
			case CRITICISM_VALUE: return CRITICISM;
			case ADMONISHMENT_VALUE: return ADMONISHMENT;
			case PARTY_DISCIPLINE_VALUE: return PARTY_DISCIPLINE;
			case GOVERNMENT_SANCTION_VALUE: return GOVERNMENT_SANCTION;
			case ACCOUNTABILITY_VALUE: return ACCOUNTABILITY;
			case TRANSFERRED_VALUE: return TRANSFERRED;
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
	private Decision(int value, String name, String literal) {
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
	
} //Decision
