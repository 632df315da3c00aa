/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ballot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一张选票：票号和对各被评议人员的评价；不记录投票人。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.Ballot#getToken <em>Token</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Ballot#getMarks <em>Marks</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getBallot()
 * @model
 * @generated
 */
public interface Ballot extends Identified {
	/**
	 * Returns the value of the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一次性票号。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Token</em>' attribute.
	 * @see #setToken(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getBallot_Token()
	 * @model
	 * @generated
	 */
	String getToken();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Ballot#getToken <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token</em>' attribute.
	 * @see #getToken()
	 * @generated
	 */
	void setToken(String value);

	/**
	 * Returns the value of the '<em><b>Marks</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.BallotMark}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 对各被评议人员的评价。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marks</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getBallot_Marks()
	 * @model containment="true"
	 * @generated
	 */
	EList<BallotMark> getMarks();

} // Ballot
