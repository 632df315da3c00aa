/**
 */
package cn.qinglian.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Unit Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 单位类别。
 * <!-- end-model-doc -->
 * @see cn.qinglian.model.QinglianPackage#getUnitKind()
 * @model
 * @generated
 */
public enum UnitKind implements Enumerator {
	/**
	 * The '<em><b>DISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 区。
	 * <!-- end-model-doc -->
	 * @see #DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	DISTRICT(0, "DISTRICT", "DISTRICT"),

	/**
	 * The '<em><b>LEADERSHIP BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 领导机关（区委、区政府、区纪委等）。
	 * <!-- end-model-doc -->
	 * @see #LEADERSHIP_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERSHIP_BODY(1, "LEADERSHIP_BODY", "LEADERSHIP_BODY"),

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 部门（如主管部门：环保、市场监管、综合行政执法、公安等）。
	 * <!-- end-model-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(2, "DEPARTMENT", "DEPARTMENT"),

	/**
	 * The '<em><b>STREET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 街镇。
	 * <!-- end-model-doc -->
	 * @see #STREET_VALUE
	 * @generated
	 * @ordered
	 */
	STREET(3, "STREET", "STREET"),

	/**
	 * The '<em><b>STATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 基层站所（派出所、市场监管所、环保所、执法中队等）。
	 * <!-- end-model-doc -->
	 * @see #STATION_VALUE
	 * @generated
	 * @ordered
	 */
	STATION(4, "STATION", "STATION"),

	/**
	 * The '<em><b>SECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 科室。
	 * <!-- end-model-doc -->
	 * @see #SECTION_VALUE
	 * @generated
	 * @ordered
	 */
	SECTION(5, "SECTION", "SECTION"),

	/**
	 * The '<em><b>VILLAGE COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 村（居）两委。
	 * <!-- end-model-doc -->
	 * @see #VILLAGE_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	VILLAGE_COMMITTEE(6, "VILLAGE_COMMITTEE", "VILLAGE_COMMITTEE"),

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行业协会、商会。
	 * <!-- end-model-doc -->
	 * @see #ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	ASSOCIATION(7, "ASSOCIATION", "ASSOCIATION");

	/**
	 * The '<em><b>DISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 区。
	 * <!-- end-model-doc -->
	 * @see #DISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISTRICT_VALUE = 0;

	/**
	 * The '<em><b>LEADERSHIP BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 领导机关（区委、区政府、区纪委等）。
	 * <!-- end-model-doc -->
	 * @see #LEADERSHIP_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERSHIP_BODY_VALUE = 1;

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 部门（如主管部门：环保、市场监管、综合行政执法、公安等）。
	 * <!-- end-model-doc -->
	 * @see #DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 2;

	/**
	 * The '<em><b>STREET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 街镇。
	 * <!-- end-model-doc -->
	 * @see #STREET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STREET_VALUE = 3;

	/**
	 * The '<em><b>STATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 基层站所（派出所、市场监管所、环保所、执法中队等）。
	 * <!-- end-model-doc -->
	 * @see #STATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATION_VALUE = 4;

	/**
	 * The '<em><b>SECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 科室。
	 * <!-- end-model-doc -->
	 * @see #SECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECTION_VALUE = 5;

	/**
	 * The '<em><b>VILLAGE COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 村（居）两委。
	 * <!-- end-model-doc -->
	 * @see #VILLAGE_COMMITTEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VILLAGE_COMMITTEE_VALUE = 6;

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行业协会、商会。
	 * <!-- end-model-doc -->
	 * @see #ASSOCIATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSOCIATION_VALUE = 7;

	/**
	 * An array of all the '<em><b>Unit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UnitKind[] VALUES_ARRAY =
		new UnitKind[] {
			DISTRICT,
			LEADERSHIP_BODY,
			DEPARTMENT,
			STREET,
			STATION,
			SECTION,
			VILLAGE_COMMITTEE,
			ASSOCIATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Unit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UnitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Unit Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UnitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UnitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UnitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UnitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UnitKind get(int value) {
		switch (value) {
			case DISTRICT_VALUE: return DISTRICT;
			case LEADERSHIP_BODY_VALUE: return LEADERSHIP_BODY;
			case DEPARTMENT_VALUE: return DEPARTMENT;
			case STREET_VALUE: return STREET;
			case STATION_VALUE: return STATION;
			case SECTION_VALUE: return SECTION;
			case VILLAGE_COMMITTEE_VALUE: return VILLAGE_COMMITTEE;
			case ASSOCIATION_VALUE: return ASSOCIATION;
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
	private UnitKind(int value, String name, String literal) {
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
	
} //UnitKind
