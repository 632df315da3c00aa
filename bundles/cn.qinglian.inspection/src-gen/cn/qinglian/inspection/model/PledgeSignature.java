/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pledge Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次承诺签署：谁、签署哪个版本、何时。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.PledgeSignature#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.PledgeSignature#getPledge <em>Pledge</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.PledgeSignature#getSignedOn <em>Signed On</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getPledgeSignature()
 * @model
 * @generated
 */
public interface PledgeSignature extends Identified {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 签署人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledgeSignature_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.PledgeSignature#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Pledge</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所签署的承诺版本。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pledge</em>' reference.
	 * @see #setPledge(Pledge)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledgeSignature_Pledge()
	 * @model
	 * @generated
	 */
	Pledge getPledge();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.PledgeSignature#getPledge <em>Pledge</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pledge</em>' reference.
	 * @see #getPledge()
	 * @generated
	 */
	void setPledge(Pledge value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 签署日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledgeSignature_SignedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.PledgeSignature#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

} // PledgeSignature
