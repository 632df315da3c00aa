/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise Inspection Filing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 涉企行政执法检查报备：执法人员在检查企业前报备检查的日期和事由。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getOfficer <em>Officer</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getFiledOn <em>Filed On</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling()
 * @model
 * @generated
 */
public interface EnterpriseInspectionFiling extends Identified {
	/**
	 * Returns the value of the '<em><b>Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 执法（检查）人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Officer</em>' reference.
	 * @see #setOfficer(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling_Officer()
	 * @model
	 * @generated
	 */
	Person getOfficer();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getOfficer <em>Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Officer</em>' reference.
	 * @see #getOfficer()
	 * @generated
	 */
	void setOfficer(Person value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 执法单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Unit)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被检查企业。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 检查日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 检查事由。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Filed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报备日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filed On</em>' attribute.
	 * @see #setFiledOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterpriseInspectionFiling_FiledOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getFiledOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getFiledOn <em>Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filed On</em>' attribute.
	 * @see #getFiledOn()
	 * @generated
	 */
	void setFiledOn(LocalDate value);

} // EnterpriseInspectionFiling
