/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Named;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Liaison Station</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 效能监测联络站：设在行业协会、商会，配有联络服务组，收集企业反馈，监测慵懒散慢、随意执法和乱收费。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.LiaisonStation#getAssociation <em>Association</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LiaisonStation#getServiceTeam <em>Service Team</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LiaisonStation#getVisits <em>Visits</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LiaisonStation#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getLiaisonStation()
 * @model
 * @generated
 */
public interface LiaisonStation extends Named {
	/**
	 * Returns the value of the '<em><b>Association</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所在行业协会或商会。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Association</em>' reference.
	 * @see #setAssociation(Unit)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLiaisonStation_Association()
	 * @model
	 * @generated
	 */
	Unit getAssociation();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.LiaisonStation#getAssociation <em>Association</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Association</em>' reference.
	 * @see #getAssociation()
	 * @generated
	 */
	void setAssociation(Unit value);

	/**
	 * Returns the value of the '<em><b>Service Team</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 联络服务组成员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Team</em>' reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLiaisonStation_ServiceTeam()
	 * @model
	 * @generated
	 */
	EList<Person> getServiceTeam();

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.StationVisit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 走访记录。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visits</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLiaisonStation_Visits()
	 * @model containment="true"
	 * @generated
	 */
	EList<StationVisit> getVisits();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.Feedback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 企业反馈。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLiaisonStation_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	EList<Feedback> getFeedback();

} // LiaisonStation
