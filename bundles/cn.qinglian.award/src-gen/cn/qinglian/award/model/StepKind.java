/**
 */
package cn.qinglian.award.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Step Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 评选步骤类型。
 * <!-- end-model-doc -->
 * @see cn.qinglian.award.model.AwardPackage#getStepKind()
 * @model
 * @generated
 */
public enum StepKind implements Enumerator {
	/**
	 * The '<em><b>OPENED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 开始提名。
	 * <!-- end-model-doc -->
	 * @see #OPENED_VALUE
	 * @generated
	 * @ordered
	 */
	OPENED(0, "OPENED", "OPENED"),

	/**
	 * The '<em><b>NOMINATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名。
	 * <!-- end-model-doc -->
	 * @see #NOMINATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOMINATED(1, "NOMINATED", "NOMINATED"),

	/**
	 * The '<em><b>VOTING OPENED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名截止，开始投票。
	 * <!-- end-model-doc -->
	 * @see #VOTING_OPENED_VALUE
	 * @generated
	 * @ordered
	 */
	VOTING_OPENED(2, "VOTING_OPENED", "VOTING_OPENED"),

	/**
	 * The '<em><b>VOTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票。
	 * <!-- end-model-doc -->
	 * @see #VOTED_VALUE
	 * @generated
	 * @ordered
	 */
	VOTED(3, "VOTED", "VOTED"),

	/**
	 * The '<em><b>DECIDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作出决定。
	 * <!-- end-model-doc -->
	 * @see #DECIDED_VALUE
	 * @generated
	 * @ordered
	 */
	DECIDED(4, "DECIDED", "DECIDED");

	/**
	 * The '<em><b>OPENED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 开始提名。
	 * <!-- end-model-doc -->
	 * @see #OPENED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPENED_VALUE = 0;

	/**
	 * The '<em><b>NOMINATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名。
	 * <!-- end-model-doc -->
	 * @see #NOMINATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOMINATED_VALUE = 1;

	/**
	 * The '<em><b>VOTING OPENED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名截止，开始投票。
	 * <!-- end-model-doc -->
	 * @see #VOTING_OPENED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOTING_OPENED_VALUE = 2;

	/**
	 * The '<em><b>VOTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票。
	 * <!-- end-model-doc -->
	 * @see #VOTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOTED_VALUE = 3;

	/**
	 * The '<em><b>DECIDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作出决定。
	 * <!-- end-model-doc -->
	 * @see #DECIDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECIDED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Step Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StepKind[] VALUES_ARRAY =
		new StepKind[] {
			OPENED,
			NOMINATED,
			VOTING_OPENED,
			VOTED,
			DECIDED,
		};

	/**
	 * A public read-only list of all the '<em><b>Step Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StepKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Step Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StepKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StepKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Step Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StepKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StepKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Step Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StepKind get(int value) {
		switch (value) {
			case OPENED_VALUE: return OPENED;
			case NOMINATED_VALUE: return NOMINATED;
			case VOTING_OPENED_VALUE: return VOTING_OPENED;
			case VOTED_VALUE: return VOTED;
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
	private StepKind(int value, String name, String literal) {
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
	
} //StepKind
