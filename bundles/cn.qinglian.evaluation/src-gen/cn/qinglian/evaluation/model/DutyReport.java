/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duty Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 述职述廉：领导干部的年度述职述廉报告、提出的问题与整改跟踪。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.DutyReport#getLeader <em>Leader</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.DutyReport#getPost <em>Post</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.DutyReport#getYear <em>Year</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.DutyReport#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.DutyReport#getSummary <em>Summary</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.DutyReport#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport()
 * @model
 * @generated
 */
public interface DutyReport extends Identified {
	/**
	 * Returns the value of the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 述职述廉的领导干部。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leader</em>' reference.
	 * @see #setLeader(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport_Leader()
	 * @model required="true"
	 * @generated
	 */
	Person getLeader();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.DutyReport#getLeader <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' reference.
	 * @see #getLeader()
	 * @generated
	 */
	void setLeader(Person value);

	/**
	 * Returns the value of the '<em><b>Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 述职时所任岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post</em>' reference.
	 * @see #setPost(Post)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport_Post()
	 * @model
	 * @generated
	 */
	Post getPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.DutyReport#getPost <em>Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post</em>' reference.
	 * @see #getPost()
	 * @generated
	 */
	void setPost(Post value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年度。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.DutyReport#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 述职日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.DutyReport#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 述职述廉要点。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.DutyReport#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.RaisedProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评议中提出的问题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getDutyReport_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<RaisedProblem> getProblems();

} // DutyReport
