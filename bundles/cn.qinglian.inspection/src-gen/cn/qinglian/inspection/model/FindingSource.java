/**
 */
package cn.qinglian.inspection.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Finding Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 问题来源。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage#getFindingSource()
 * @model
 * @generated
 */
public enum FindingSource implements Enumerator {
	/**
	 * The '<em><b>TOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察。
	 * <!-- end-model-doc -->
	 * @see #TOUR_VALUE
	 * @generated
	 * @ordered
	 */
	TOUR(0, "TOUR", "TOUR"),

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投诉举报。
	 * <!-- end-model-doc -->
	 * @see #COMPLAINT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINT(1, "COMPLAINT", "COMPLAINT"),

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
	LIAISON_STATION(2, "LIAISON_STATION", "LIAISON_STATION"),

	/**
	 * The '<em><b>FILING CROSS CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报备比对。
	 * <!-- end-model-doc -->
	 * @see #FILING_CROSS_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	FILING_CROSS_CHECK(3, "FILING_CROSS_CHECK", "FILING_CROSS_CHECK"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 其他。
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER");

	/**
	 * The '<em><b>TOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察。
	 * <!-- end-model-doc -->
	 * @see #TOUR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOUR_VALUE = 0;

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投诉举报。
	 * <!-- end-model-doc -->
	 * @see #COMPLAINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINT_VALUE = 1;

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
	public static final int LIAISON_STATION_VALUE = 2;

	/**
	 * The '<em><b>FILING CROSS CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报备比对。
	 * <!-- end-model-doc -->
	 * @see #FILING_CROSS_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILING_CROSS_CHECK_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 其他。
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Finding Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FindingSource[] VALUES_ARRAY =
		new FindingSource[] {
			TOUR,
			COMPLAINT,
			LIAISON_STATION,
			FILING_CROSS_CHECK,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Finding Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FindingSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Finding Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FindingSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finding Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FindingSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finding Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingSource get(int value) {
		switch (value) {
			case TOUR_VALUE: return TOUR;
			case COMPLAINT_VALUE: return COMPLAINT;
			case LIAISON_STATION_VALUE: return LIAISON_STATION;
			case FILING_CROSS_CHECK_VALUE: return FILING_CROSS_CHECK;
			case OTHER_VALUE: return OTHER;
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
	private FindingSource(int value, String name, String literal) {
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
	
} //FindingSource
