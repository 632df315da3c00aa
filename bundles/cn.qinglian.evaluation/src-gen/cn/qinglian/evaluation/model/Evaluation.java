/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 考核评议问责模块的根对象（工作区文件 evaluation.qinglian）：考核指标体系、考核、述职述廉、民主评议、问责记录、轮岗计划和定时约谈。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getCriteriaSets <em>Criteria Sets</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getDutyReports <em>Duty Reports</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getAppraisals <em>Appraisals</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getAccountabilityRecords <em>Accountability Records</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getRotationPlans <em>Rotation Plans</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Evaluation#getTalks <em>Talks</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends Identified {
	/**
	 * Returns the value of the '<em><b>Criteria Sets</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.CriteriaSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核指标体系（数据，可增删改）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria Sets</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_CriteriaSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriteriaSet> getCriteriaSets();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核（年中检查、年终考核）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Duty Reports</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.DutyReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 述职述廉报告。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duty Reports</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_DutyReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<DutyReport> getDutyReports();

	/**
	 * Returns the value of the '<em><b>Appraisals</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.Appraisal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 民主评议。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Appraisals</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_Appraisals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Appraisal> getAppraisals();

	/**
	 * Returns the value of the '<em><b>Accountability Records</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.AccountabilityRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 四位一体问责记录。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accountability Records</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_AccountabilityRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountabilityRecord> getAccountabilityRecords();

	/**
	 * Returns the value of the '<em><b>Rotation Plans</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.RotationPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 交流轮岗计划。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rotation Plans</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_RotationPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<RotationPlan> getRotationPlans();

	/**
	 * Returns the value of the '<em><b>Talks</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.ScheduledTalk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 定时约谈（计划与记录）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Talks</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getEvaluation_Talks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduledTalk> getTalks();

} // Evaluation
