/**
 */
package cn.qinglian.award.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scope Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 评选范围的层级。
 * <!-- end-model-doc -->
 * @see cn.qinglian.award.model.AwardPackage#getScopeLevel()
 * @model
 * @generated
 */
public enum ScopeLevel implements Enumerator {
	/**
	 * The '<em><b>STATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一个站所。
	 * <!-- end-model-doc -->
	 * @see #STATION_VALUE
	 * @generated
	 * @ordered
	 */
	STATION(0, "STATION", "STATION"),

	/**
	 * The '<em><b>STREET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一个街镇（含其下站所）。
	 * <!-- end-model-doc -->
	 * @see #STREET_VALUE
	 * @generated
	 * @ordered
	 */
	STREET(1, "STREET", "STREET"),

	/**
	 * The '<em><b>DISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 全区。
	 * <!-- end-model-doc -->
	 * @see #DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	DISTRICT(2, "DISTRICT", "DISTRICT");

	/**
	 * The '<em><b>STATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一个站所。
	 * <!-- end-model-doc -->
	 * @see #STATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATION_VALUE = 0;

	/**
	 * The '<em><b>STREET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一个街镇（含其下站所）。
	 * <!-- end-model-doc -->
	 * @see #STREET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STREET_VALUE = 1;

	/**
	 * The '<em><b>DISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 全区。
	 * <!-- end-model-doc -->
	 * @see #DISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISTRICT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Scope Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScopeLevel[] VALUES_ARRAY =
		new ScopeLevel[] {
			STATION,
			STREET,
			DISTRICT,
		};

	/**
	 * A public read-only list of all the '<em><b>Scope Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScopeLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scope Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScopeLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scope Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScopeLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scope Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeLevel get(int value) {
		switch (value) {
			case STATION_VALUE: return STATION;
			case STREET_VALUE: return STREET;
			case DISTRICT_VALUE: return DISTRICT;
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
	private ScopeLevel(int value, String name, String literal) {
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
	
} //ScopeLevel
