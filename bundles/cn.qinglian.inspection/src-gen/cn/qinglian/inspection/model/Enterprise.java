/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 企业。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.Enterprise#getCreditCode <em>Credit Code</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Enterprise#getSector <em>Sector</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Enterprise#isKeyEnterprise <em>Key Enterprise</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterprise()
 * @model
 * @generated
 */
public interface Enterprise extends Named {
	/**
	 * Returns the value of the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 统一社会信用代码。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credit Code</em>' attribute.
	 * @see #setCreditCode(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterprise_CreditCode()
	 * @model
	 * @generated
	 */
	String getCreditCode();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Enterprise#getCreditCode <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Code</em>' attribute.
	 * @see #getCreditCode()
	 * @generated
	 */
	void setCreditCode(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行业。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterprise_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Enterprise#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Key Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 重点企业。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Enterprise</em>' attribute.
	 * @see #setKeyEnterprise(boolean)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEnterprise_KeyEnterprise()
	 * @model
	 * @generated
	 */
	boolean isKeyEnterprise();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Enterprise#isKeyEnterprise <em>Key Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Enterprise</em>' attribute.
	 * @see #isKeyEnterprise()
	 * @generated
	 */
	void setKeyEnterprise(boolean value);

} // Enterprise
