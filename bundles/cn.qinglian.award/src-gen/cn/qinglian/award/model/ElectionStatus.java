/**
 */
package cn.qinglian.award.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Election Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 评选阶段。
 * <!-- end-model-doc -->
 * @see cn.qinglian.award.model.AwardPackage#getElectionStatus()
 * @model
 * @generated
 */
public enum ElectionStatus implements Enumerator {
	/**
	 * The '<em><b>NOMINATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名中。
	 * <!-- end-model-doc -->
	 * @see #NOMINATING_VALUE
	 * @generated
	 * @ordered
	 */
	NOMINATING(0, "NOMINATING", "NOMINATING"),

	/**
	 * The '<em><b>VOTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票中。
	 * <!-- end-model-doc -->
	 * @see #VOTING_VALUE
	 * @generated
	 * @ordered
	 */
	VOTING(1, "VOTING", "VOTING"),

	/**
	 * The '<em><b>DECIDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已决定。
	 * <!-- end-model-doc -->
	 * @see #DECIDED_VALUE
	 * @generated
	 * @ordered
	 */
	DECIDED(2, "DECIDED", "DECIDED");

	/**
	 * The '<em><b>NOMINATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名中。
	 * <!-- end-model-doc -->
	 * @see #NOMINATING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOMINATING_VALUE = 0;

	/**
	 * The '<em><b>VOTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票中。
	 * <!-- end-model-doc -->
	 * @see #VOTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOTING_VALUE = 1;

	/**
	 * The '<em><b>DECIDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 已决定。
	 * <!-- end-model-doc -->
	 * @see #DECIDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECIDED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Election Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ElectionStatus[] VALUES_ARRAY =
		new ElectionStatus[] {
			NOMINATING,
			VOTING,
			DECIDED,
		};

	/**
	 * A public read-only list of all the '<em><b>Election Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ElectionStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Election Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ElectionStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ElectionStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Election Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ElectionStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ElectionStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Election Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ElectionStatus get(int value) {
		switch (value) {
			case NOMINATING_VALUE: return NOMINATING;
			case VOTING_VALUE: return VOTING;
			case DECIDED_VALUE: return DECIDED;
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
	private ElectionStatus(int value, String name, String literal) {
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
	
} //ElectionStatus
