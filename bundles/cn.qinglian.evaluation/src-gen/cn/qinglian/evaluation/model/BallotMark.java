/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Person;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ballot Mark</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 选票上对一名被评议人员的评价。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.BallotMark#getCandidate <em>Candidate</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.BallotMark#getGrade <em>Grade</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getBallotMark()
 * @model
 * @generated
 */
public interface BallotMark extends EObject {
	/**
	 * Returns the value of the '<em><b>Candidate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被评议人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Candidate</em>' reference.
	 * @see #setCandidate(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getBallotMark_Candidate()
	 * @model required="true"
	 * @generated
	 */
	Person getCandidate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.BallotMark#getCandidate <em>Candidate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Candidate</em>' reference.
	 * @see #getCandidate()
	 * @generated
	 */
	void setCandidate(Person value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.evaluation.model.AppraisalGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评价等次。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AppraisalGrade
	 * @see #setGrade(AppraisalGrade)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getBallotMark_Grade()
	 * @model
	 * @generated
	 */
	AppraisalGrade getGrade();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.BallotMark#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AppraisalGrade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(AppraisalGrade value);

} // BallotMark
