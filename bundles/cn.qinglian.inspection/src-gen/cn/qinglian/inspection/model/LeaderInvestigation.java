/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Leader Investigation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一案双查中对一名责任领导的调查。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.LeaderInvestigation#getLeaderPost <em>Leader Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LeaderInvestigation#getLeader <em>Leader</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LeaderInvestigation#getResponsibility <em>Responsibility</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LeaderInvestigation#getDecision <em>Decision</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.LeaderInvestigation#getDecidedOn <em>Decided On</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderInvestigation()
 * @model
 * @generated
 */
public interface LeaderInvestigation extends Identified {
	/**
	 * Returns the value of the '<em><b>Leader Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 责任领导的岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leader Post</em>' reference.
	 * @see #setLeaderPost(Post)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderInvestigation_LeaderPost()
	 * @model
	 * @generated
	 */
	Post getLeaderPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.LeaderInvestigation#getLeaderPost <em>Leader Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader Post</em>' reference.
	 * @see #getLeaderPost()
	 * @generated
	 */
	void setLeaderPost(Post value);

	/**
	 * Returns the value of the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 责任领导。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leader</em>' reference.
	 * @see #setLeader(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderInvestigation_Leader()
	 * @model
	 * @generated
	 */
	Person getLeader();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.LeaderInvestigation#getLeader <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' reference.
	 * @see #getLeader()
	 * @generated
	 */
	void setLeader(Person value);

	/**
	 * Returns the value of the '<em><b>Responsibility</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.LeaderResponsibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 责任来源（单位一把手或分管领导）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsibility</em>' attribute.
	 * @see cn.qinglian.inspection.model.LeaderResponsibility
	 * @see #setResponsibility(LeaderResponsibility)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderInvestigation_Responsibility()
	 * @model
	 * @generated
	 */
	LeaderResponsibility getResponsibility();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.LeaderInvestigation#getResponsibility <em>Responsibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsibility</em>' attribute.
	 * @see cn.qinglian.inspection.model.LeaderResponsibility
	 * @see #getResponsibility()
	 * @generated
	 */
	void setResponsibility(LeaderResponsibility value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 处理决定。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see cn.qinglian.inspection.model.Decision
	 * @see #setDecision(Decision)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderInvestigation_Decision()
	 * @model
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.LeaderInvestigation#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see cn.qinglian.inspection.model.Decision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作出决定日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getLeaderInvestigation_DecidedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.LeaderInvestigation#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

} // LeaderInvestigation
