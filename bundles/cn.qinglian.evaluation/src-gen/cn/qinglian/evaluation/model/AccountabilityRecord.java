/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accountability Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一条问责记录（四位一体问责：乱为、不正、无为低效、末位；以及失责不追责）。对象是人员或单位。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getCategory <em>Category</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getPost <em>Post</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getDescription <em>Description</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getMeasure <em>Measure</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AccountabilityRecord#getCause <em>Cause</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord()
 * @model
 * @generated
 */
public interface AccountabilityRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.evaluation.model.AccountabilityCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问责类别。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AccountabilityCategory
	 * @see #setCategory(AccountabilityCategory)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Category()
	 * @model
	 * @generated
	 */
	AccountabilityCategory getCategory();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AccountabilityCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(AccountabilityCategory value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.evaluation.model.AccountabilityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 状态。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AccountabilityStatus
	 * @see #setStatus(AccountabilityStatus)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Status()
	 * @model
	 * @generated
	 */
	AccountabilityStatus getStatus();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AccountabilityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AccountabilityStatus value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被问责人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被问责单位（如考核末位的单位）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Unit)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被问责人员所任岗位（失责不追责时为负有责任的领导岗位）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post</em>' reference.
	 * @see #setPost(Post)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Post()
	 * @model
	 * @generated
	 */
	Post getPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getPost <em>Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post</em>' reference.
	 * @see #getPost()
	 * @generated
	 */
	void setPost(Post value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问责日期（提出建议的日期）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 事由。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问责方式（如诫勉谈话、通报批评、调整岗位）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 末位问责所依据的考核。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment</em>' reference.
	 * @see #setAssessment(Assessment)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Assessment()
	 * @model
	 * @generated
	 */
	Assessment getAssessment();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getAssessment <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' reference.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 失责不追责所针对的问责事项。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' reference.
	 * @see #setCause(AccountabilityRecord)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAccountabilityRecord_Cause()
	 * @model
	 * @generated
	 */
	AccountabilityRecord getCause();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getCause <em>Cause</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' reference.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(AccountabilityRecord value);

} // AccountabilityRecord
