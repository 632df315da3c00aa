/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduled Talk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 定时约谈：与一线执法人员的约谈计划（到期日）和记录（约谈日期、内容）。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.ScheduledTalk#getOfficer <em>Officer</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.ScheduledTalk#getInterviewer <em>Interviewer</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.ScheduledTalk#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.ScheduledTalk#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.ScheduledTalk#getTopics <em>Topics</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.ScheduledTalk#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk()
 * @model
 * @generated
 */
public interface ScheduledTalk extends Identified {
	/**
	 * Returns the value of the '<em><b>Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被约谈的一线执法人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Officer</em>' reference.
	 * @see #setOfficer(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk_Officer()
	 * @model required="true"
	 * @generated
	 */
	Person getOfficer();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.ScheduledTalk#getOfficer <em>Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Officer</em>' reference.
	 * @see #getOfficer()
	 * @generated
	 */
	void setOfficer(Person value);

	/**
	 * Returns the value of the '<em><b>Interviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interviewer</em>' reference.
	 * @see #setInterviewer(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk_Interviewer()
	 * @model
	 * @generated
	 */
	Person getInterviewer();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.ScheduledTalk#getInterviewer <em>Interviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interviewer</em>' reference.
	 * @see #getInterviewer()
	 * @generated
	 */
	void setInterviewer(Person value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈到期日。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk_DueDate()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.ScheduledTalk#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈日期；为空表示尚未约谈。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk_HeldOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getHeldOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.ScheduledTalk#getHeldOn <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held On</em>' attribute.
	 * @see #getHeldOn()
	 * @generated
	 */
	void setHeldOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈要点。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topics</em>' attribute.
	 * @see #setTopics(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk_Topics()
	 * @model
	 * @generated
	 */
	String getTopics();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.ScheduledTalk#getTopics <em>Topics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topics</em>' attribute.
	 * @see #getTopics()
	 * @generated
	 */
	void setTopics(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈记录。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getScheduledTalk_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.ScheduledTalk#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // ScheduledTalk
