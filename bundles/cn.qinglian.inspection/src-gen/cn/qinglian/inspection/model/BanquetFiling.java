/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Banquet Filing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 饭局或活动报备：干部参加宴请或活动前的报备。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.BanquetFiling#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.BanquetFiling#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.BanquetFiling#getOccasion <em>Occasion</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.BanquetFiling#getPlace <em>Place</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.BanquetFiling#getParticipants <em>Participants</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.BanquetFiling#getFiledOn <em>Filed On</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling()
 * @model
 * @generated
 */
public interface BanquetFiling extends Identified {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报备人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.BanquetFiling#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 活动日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.BanquetFiling#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Occasion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 事由（如婚宴、同学聚会）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occasion</em>' attribute.
	 * @see #setOccasion(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling_Occasion()
	 * @model
	 * @generated
	 */
	String getOccasion();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.BanquetFiling#getOccasion <em>Occasion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occasion</em>' attribute.
	 * @see #getOccasion()
	 * @generated
	 */
	void setOccasion(String value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地点。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.BanquetFiling#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 参加人数。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' attribute.
	 * @see #setParticipants(int)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling_Participants()
	 * @model
	 * @generated
	 */
	int getParticipants();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.BanquetFiling#getParticipants <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participants</em>' attribute.
	 * @see #getParticipants()
	 * @generated
	 */
	void setParticipants(int value);

	/**
	 * Returns the value of the '<em><b>Filed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报备日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filed On</em>' attribute.
	 * @see #setFiledOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getBanquetFiling_FiledOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getFiledOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.BanquetFiling#getFiledOn <em>Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filed On</em>' attribute.
	 * @see #getFiledOn()
	 * @generated
	 */
	void setFiledOn(LocalDate value);

} // BanquetFiling
