/**
 */
package cn.qinglian.award.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Nomination Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 提名方式。
 * <!-- end-model-doc -->
 * @see cn.qinglian.award.model.AwardPackage#getNominationKind()
 * @model
 * @generated
 */
public enum NominationKind implements Enumerator {
	/**
	 * The '<em><b>COLLEAGUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 同事提名。
	 * <!-- end-model-doc -->
	 * @see #COLLEAGUE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLEAGUE(0, "COLLEAGUE", "COLLEAGUE"),

	/**
	 * The '<em><b>LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 领导推荐。
	 * <!-- end-model-doc -->
	 * @see #LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	LEADER(1, "LEADER", "LEADER");

	/**
	 * The '<em><b>COLLEAGUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 同事提名。
	 * <!-- end-model-doc -->
	 * @see #COLLEAGUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLEAGUE_VALUE = 0;

	/**
	 * The '<em><b>LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 领导推荐。
	 * <!-- end-model-doc -->
	 * @see #LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADER_VALUE = 1;

	/**
	 * An array of all the '<em><b>Nomination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NominationKind[] VALUES_ARRAY =
		new NominationKind[] {
			COLLEAGUE,
			LEADER,
		};

	/**
	 * A public read-only list of all the '<em><b>Nomination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NominationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Nomination Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NominationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NominationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Nomination Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NominationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NominationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Nomination Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NominationKind get(int value) {
		switch (value) {
			case COLLEAGUE_VALUE: return COLLEAGUE;
			case LEADER_VALUE: return LEADER;
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
	private NominationKind(int value, String name, String literal) {
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
	
} //NominationKind
