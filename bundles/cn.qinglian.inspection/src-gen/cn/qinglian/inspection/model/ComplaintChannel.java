/**
 */
package cn.qinglian.inspection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Complaint Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 投诉举报渠道。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaintChannel()
 * @model
 * @generated
 */
public enum ComplaintChannel implements Enumerator {
	/**
	 * The '<em><b>WECHAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 微信。
	 * <!-- end-model-doc -->
	 * @see #WECHAT_VALUE
	 * @generated
	 * @ordered
	 */
	WECHAT(0, "WECHAT", "WECHAT"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 电子邮件。
	 * <!-- end-model-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(1, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>HOTLINE 12388</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 12388 举报电话。
	 * <!-- end-model-doc -->
	 * @see #HOTLINE_12388_VALUE
	 * @generated
	 * @ordered
	 */
	HOTLINE_12388(2, "HOTLINE_12388", "HOTLINE_12388"),

	/**
	 * The '<em><b>LIAISON STATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 效能监测联络站。
	 * <!-- end-model-doc -->
	 * @see #LIAISON_STATION_VALUE
	 * @generated
	 * @ordered
	 */
	LIAISON_STATION(3, "LIAISON_STATION", "LIAISON_STATION"),

	/**
	 * The '<em><b>LETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 来信。
	 * <!-- end-model-doc -->
	 * @see #LETTER_VALUE
	 * @generated
	 * @ordered
	 */
	LETTER(4, "LETTER", "LETTER"),

	/**
	 * The '<em><b>VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 来访。
	 * <!-- end-model-doc -->
	 * @see #VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	VISIT(5, "VISIT", "VISIT");

	/**
	 * The '<em><b>WECHAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 微信。
	 * <!-- end-model-doc -->
	 * @see #WECHAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WECHAT_VALUE = 0;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 电子邮件。
	 * <!-- end-model-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 1;

	/**
	 * The '<em><b>HOTLINE 12388</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 12388 举报电话。
	 * <!-- end-model-doc -->
	 * @see #HOTLINE_12388
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOTLINE_12388_VALUE = 2;

	/**
	 * The '<em><b>LIAISON STATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 效能监测联络站。
	 * <!-- end-model-doc -->
	 * @see #LIAISON_STATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIAISON_STATION_VALUE = 3;

	/**
	 * The '<em><b>LETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 来信。
	 * <!-- end-model-doc -->
	 * @see #LETTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LETTER_VALUE = 4;

	/**
	 * The '<em><b>VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 来访。
	 * <!-- end-model-doc -->
	 * @see #VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISIT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Complaint Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplaintChannel[] VALUES_ARRAY =
		new ComplaintChannel[] {
			WECHAT,
			EMAIL,
			HOTLINE_12388,
			LIAISON_STATION,
			LETTER,
			VISIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Complaint Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplaintChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Complaint Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintChannel get(int value) {
		switch (value) {
			case WECHAT_VALUE: return WECHAT;
			case EMAIL_VALUE: return EMAIL;
			case HOTLINE_12388_VALUE: return HOTLINE_12388;
			case LIAISON_STATION_VALUE: return LIAISON_STATION;
			case LETTER_VALUE: return LETTER;
			case VISIT_VALUE: return VISIT;
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
	private ComplaintChannel(int value, String name, String literal) {
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
	
} //ComplaintChannel
