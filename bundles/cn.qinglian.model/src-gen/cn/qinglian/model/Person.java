/**
 */
package cn.qinglian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人员：花名册中的一个人（姓名即 name）。一个人在不同时期担任不同岗位（任职记录）。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.Person#getPersonId <em>Person Id</em>}</li>
 *   <li>{@link cn.qinglian.model.Person#getGender <em>Gender</em>}</li>
 *   <li>{@link cn.qinglian.model.Person#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link cn.qinglian.model.Person#getTenures <em>Tenures</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Named {
	/**
	 * Returns the value of the '<em><b>Person Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 花名册中的人员编号，在一个组织内唯一。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person Id</em>' attribute.
	 * @see #setPersonId(String)
	 * @see cn.qinglian.model.QinglianPackage#getPerson_PersonId()
	 * @model
	 * @generated
	 */
	String getPersonId();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Person#getPersonId <em>Person Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person Id</em>' attribute.
	 * @see #getPersonId()
	 * @generated
	 */
	void setPersonId(String value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The default value is <code>"UNSPECIFIED"</code>.
	 * The literals are from the enumeration {@link cn.qinglian.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 性别，默认为未填写。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see cn.qinglian.model.Gender
	 * @see #setGender(Gender)
	 * @see cn.qinglian.model.QinglianPackage#getPerson_Gender()
	 * @model default="UNSPECIFIED"
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Person#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see cn.qinglian.model.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 出生年份（0 表示未填写）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birth Year</em>' attribute.
	 * @see #setBirthYear(int)
	 * @see cn.qinglian.model.QinglianPackage#getPerson_BirthYear()
	 * @model
	 * @generated
	 */
	int getBirthYear();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Person#getBirthYear <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Year</em>' attribute.
	 * @see #getBirthYear()
	 * @generated
	 */
	void setBirthYear(int value);

	/**
	 * Returns the value of the '<em><b>Tenures</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.Tenure}.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Tenure#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 此人的任职经历。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tenures</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getPerson_Tenures()
	 * @see cn.qinglian.model.Tenure#getPerson
	 * @model opposite="person" containment="true"
	 * @generated
	 */
	EList<Tenure> getTenures();

} // Person
