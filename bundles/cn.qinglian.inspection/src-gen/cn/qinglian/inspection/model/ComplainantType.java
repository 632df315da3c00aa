/**
 */
package cn.qinglian.inspection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Complainant Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 举报人类别。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage#getComplainantType()
 * @model
 * @generated
 */
public enum ComplainantType implements Enumerator {
	/**
	 * The '<em><b>NPC DEPUTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 人大代表。
	 * <!-- end-model-doc -->
	 * @see #NPC_DEPUTY_VALUE
	 * @generated
	 * @ordered
	 */
	NPC_DEPUTY(0, "NPC_DEPUTY", "NPC_DEPUTY"),

	/**
	 * The '<em><b>CPPCC MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 政协委员。
	 * <!-- end-model-doc -->
	 * @see #CPPCC_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	CPPCC_MEMBER(1, "CPPCC_MEMBER", "CPPCC_MEMBER"),

	/**
	 * The '<em><b>KEY ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 重点企业。
	 * <!-- end-model-doc -->
	 * @see #KEY_ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_ENTERPRISE(2, "KEY_ENTERPRISE", "KEY_ENTERPRISE"),

	/**
	 * The '<em><b>LARGE ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 规上企业。
	 * <!-- end-model-doc -->
	 * @see #LARGE_ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	LARGE_ENTERPRISE(3, "LARGE_ENTERPRISE", "LARGE_ENTERPRISE"),

	/**
	 * The '<em><b>INVESTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投资者。
	 * <!-- end-model-doc -->
	 * @see #INVESTOR_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTOR(4, "INVESTOR", "INVESTOR"),

	/**
	 * The '<em><b>ANONYMOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 匿名。
	 * <!-- end-model-doc -->
	 * @see #ANONYMOUS_VALUE
	 * @generated
	 * @ordered
	 */
	ANONYMOUS(5, "ANONYMOUS", "ANONYMOUS"),

	/**
	 * The '<em><b>CITIZEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 群众。
	 * <!-- end-model-doc -->
	 * @see #CITIZEN_VALUE
	 * @generated
	 * @ordered
	 */
	CITIZEN(6, "CITIZEN", "CITIZEN");

	/**
	 * The '<em><b>NPC DEPUTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 人大代表。
	 * <!-- end-model-doc -->
	 * @see #NPC_DEPUTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NPC_DEPUTY_VALUE = 0;

	/**
	 * The '<em><b>CPPCC MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 政协委员。
	 * <!-- end-model-doc -->
	 * @see #CPPCC_MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPPCC_MEMBER_VALUE = 1;

	/**
	 * The '<em><b>KEY ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 重点企业。
	 * <!-- end-model-doc -->
	 * @see #KEY_ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_ENTERPRISE_VALUE = 2;

	/**
	 * The '<em><b>LARGE ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 规上企业。
	 * <!-- end-model-doc -->
	 * @see #LARGE_ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LARGE_ENTERPRISE_VALUE = 3;

	/**
	 * The '<em><b>INVESTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投资者。
	 * <!-- end-model-doc -->
	 * @see #INVESTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTOR_VALUE = 4;

	/**
	 * The '<em><b>ANONYMOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 匿名。
	 * <!-- end-model-doc -->
	 * @see #ANONYMOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANONYMOUS_VALUE = 5;

	/**
	 * The '<em><b>CITIZEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 群众。
	 * <!-- end-model-doc -->
	 * @see #CITIZEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITIZEN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Complainant Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplainantType[] VALUES_ARRAY =
		new ComplainantType[] {
			NPC_DEPUTY,
			CPPCC_MEMBER,
			KEY_ENTERPRISE,
			LARGE_ENTERPRISE,
			INVESTOR,
			ANONYMOUS,
			CITIZEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Complainant Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplainantType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Complainant Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplainantType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplainantType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complainant Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplainantType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplainantType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complainant Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplainantType get(int value) {
		switch (value) {
			case NPC_DEPUTY_VALUE: return NPC_DEPUTY;
			case CPPCC_MEMBER_VALUE: return CPPCC_MEMBER;
			case KEY_ENTERPRISE_VALUE: return KEY_ENTERPRISE;
			case LARGE_ENTERPRISE_VALUE: return LARGE_ENTERPRISE;
			case INVESTOR_VALUE: return INVESTOR;
			case ANONYMOUS_VALUE: return ANONYMOUS;
			case CITIZEN_VALUE: return CITIZEN;
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
	private ComplainantType(int value, String name, String literal) {
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
	
} //ComplainantType
