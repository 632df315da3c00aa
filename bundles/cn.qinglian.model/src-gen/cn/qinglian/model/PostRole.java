/**
 */
package cn.qinglian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Post Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 岗位角色。
 * <!-- end-model-doc -->
 * @see cn.qinglian.model.QinglianPackage#getPostRole()
 * @model
 * @generated
 */
public enum PostRole implements Enumerator {
	/**
	 * The '<em><b>HEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一把手（单位主要负责人）。
	 * <!-- end-model-doc -->
	 * @see #HEAD_VALUE
	 * @generated
	 * @ordered
	 */
	HEAD(0, "HEAD", "HEAD"),

	/**
	 * The '<em><b>LEADERSHIP MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 班子成员。
	 * <!-- end-model-doc -->
	 * @see #LEADERSHIP_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERSHIP_MEMBER(1, "LEADERSHIP_MEMBER", "LEADERSHIP_MEMBER"),

	/**
	 * The '<em><b>SECTION HEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 科室负责人。
	 * <!-- end-model-doc -->
	 * @see #SECTION_HEAD_VALUE
	 * @generated
	 * @ordered
	 */
	SECTION_HEAD(2, "SECTION_HEAD", "SECTION_HEAD"),

	/**
	 * The '<em><b>STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一般干部。
	 * <!-- end-model-doc -->
	 * @see #STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	STAFF(3, "STAFF", "STAFF"),

	/**
	 * The '<em><b>ENFORCEMENT OFFICER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一线执法人员。
	 * <!-- end-model-doc -->
	 * @see #ENFORCEMENT_OFFICER_VALUE
	 * @generated
	 * @ordered
	 */
	ENFORCEMENT_OFFICER(4, "ENFORCEMENT_OFFICER", "ENFORCEMENT_OFFICER"),

	/**
	 * The '<em><b>DISCIPLINE SECRETARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 纪检委员 / 纪委书记。
	 * <!-- end-model-doc -->
	 * @see #DISCIPLINE_SECRETARY_VALUE
	 * @generated
	 * @ordered
	 */
	DISCIPLINE_SECRETARY(5, "DISCIPLINE_SECRETARY", "DISCIPLINE_SECRETARY");

	/**
	 * The '<em><b>HEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一把手（单位主要负责人）。
	 * <!-- end-model-doc -->
	 * @see #HEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEAD_VALUE = 0;

	/**
	 * The '<em><b>LEADERSHIP MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 班子成员。
	 * <!-- end-model-doc -->
	 * @see #LEADERSHIP_MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERSHIP_MEMBER_VALUE = 1;

	/**
	 * The '<em><b>SECTION HEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 科室负责人。
	 * <!-- end-model-doc -->
	 * @see #SECTION_HEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECTION_HEAD_VALUE = 2;

	/**
	 * The '<em><b>STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一般干部。
	 * <!-- end-model-doc -->
	 * @see #STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAFF_VALUE = 3;

	/**
	 * The '<em><b>ENFORCEMENT OFFICER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一线执法人员。
	 * <!-- end-model-doc -->
	 * @see #ENFORCEMENT_OFFICER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENFORCEMENT_OFFICER_VALUE = 4;

	/**
	 * The '<em><b>DISCIPLINE SECRETARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 纪检委员 / 纪委书记。
	 * <!-- end-model-doc -->
	 * @see #DISCIPLINE_SECRETARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCIPLINE_SECRETARY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Post Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PostRole[] VALUES_ARRAY =
		new PostRole[] {
			HEAD,
			LEADERSHIP_MEMBER,
			SECTION_HEAD,
			STAFF,
			ENFORCEMENT_OFFICER,
			DISCIPLINE_SECRETARY,
		};

	/**
	 * A public read-only list of all the '<em><b>Post Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PostRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Post Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PostRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Post Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PostRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Post Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostRole get(int value) {
		switch (value) {
			case HEAD_VALUE: return HEAD;
			case LEADERSHIP_MEMBER_VALUE: return LEADERSHIP_MEMBER;
			case SECTION_HEAD_VALUE: return SECTION_HEAD;
			case STAFF_VALUE: return STAFF;
			case ENFORCEMENT_OFFICER_VALUE: return ENFORCEMENT_OFFICER;
			case DISCIPLINE_SECRETARY_VALUE: return DISCIPLINE_SECRETARY;
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
	private PostRole(int value, String name, String literal) {
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
	
} //PostRole
