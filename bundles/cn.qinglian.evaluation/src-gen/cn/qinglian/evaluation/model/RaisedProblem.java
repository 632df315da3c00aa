/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Raised Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 述职述廉中提出的一个问题及其整改跟踪。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.RaisedProblem#getDescription <em>Description</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RaisedProblem#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RaisedProblem#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RaisedProblem#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RaisedProblem#getClosedOn <em>Closed On</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRaisedProblem()
 * @model
 * @generated
 */
public interface RaisedProblem extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRaisedProblem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RaisedProblem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Raised By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提出人或提出方。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raised By</em>' attribute.
	 * @see #setRaisedBy(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRaisedProblem_RaisedBy()
	 * @model
	 * @generated
	 */
	String getRaisedBy();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RaisedProblem#getRaisedBy <em>Raised By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised By</em>' attribute.
	 * @see #getRaisedBy()
	 * @generated
	 */
	void setRaisedBy(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改跟踪情况。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up</em>' attribute.
	 * @see #setFollowUp(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRaisedProblem_FollowUp()
	 * @model
	 * @generated
	 */
	String getFollowUp();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RaisedProblem#getFollowUp <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up</em>' attribute.
	 * @see #getFollowUp()
	 * @generated
	 */
	void setFollowUp(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改期限。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRaisedProblem_DueDate()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RaisedProblem#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改完成日期；为空表示未完成。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRaisedProblem_ClosedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RaisedProblem#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

} // RaisedProblem
