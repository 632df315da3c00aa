/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.DutyReport;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.model.ScheduledTalk;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getCriteriaSets <em>Criteria Sets</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getDutyReports <em>Duty Reports</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getAppraisals <em>Appraisals</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getAccountabilityRecords <em>Accountability Records</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getRotationPlans <em>Rotation Plans</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.EvaluationImpl#getTalks <em>Talks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends IdentifiedImpl implements Evaluation {
	/**
	 * The cached value of the '{@link #getCriteriaSets() <em>Criteria Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaSets()
	 * @generated
	 * @ordered
	 */
	protected EList<CriteriaSet> criteriaSets;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getDutyReports() <em>Duty Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutyReports()
	 * @generated
	 * @ordered
	 */
	protected EList<DutyReport> dutyReports;

	/**
	 * The cached value of the '{@link #getAppraisals() <em>Appraisals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppraisals()
	 * @generated
	 * @ordered
	 */
	protected EList<Appraisal> appraisals;

	/**
	 * The cached value of the '{@link #getAccountabilityRecords() <em>Accountability Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilityRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountabilityRecord> accountabilityRecords;

	/**
	 * The cached value of the '{@link #getRotationPlans() <em>Rotation Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotationPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<RotationPlan> rotationPlans;

	/**
	 * The cached value of the '{@link #getTalks() <em>Talks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTalks()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduledTalk> talks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriteriaSet> getCriteriaSets() {
		if (criteriaSets == null) {
			criteriaSets = new EObjectContainmentEList<CriteriaSet>(CriteriaSet.class, this, EvaluationPackage.EVALUATION__CRITERIA_SETS);
		}
		return criteriaSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, EvaluationPackage.EVALUATION__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DutyReport> getDutyReports() {
		if (dutyReports == null) {
			dutyReports = new EObjectContainmentEList<DutyReport>(DutyReport.class, this, EvaluationPackage.EVALUATION__DUTY_REPORTS);
		}
		return dutyReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Appraisal> getAppraisals() {
		if (appraisals == null) {
			appraisals = new EObjectContainmentEList<Appraisal>(Appraisal.class, this, EvaluationPackage.EVALUATION__APPRAISALS);
		}
		return appraisals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountabilityRecord> getAccountabilityRecords() {
		if (accountabilityRecords == null) {
			accountabilityRecords = new EObjectContainmentEList<AccountabilityRecord>(AccountabilityRecord.class, this, EvaluationPackage.EVALUATION__ACCOUNTABILITY_RECORDS);
		}
		return accountabilityRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RotationPlan> getRotationPlans() {
		if (rotationPlans == null) {
			rotationPlans = new EObjectContainmentEList<RotationPlan>(RotationPlan.class, this, EvaluationPackage.EVALUATION__ROTATION_PLANS);
		}
		return rotationPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduledTalk> getTalks() {
		if (talks == null) {
			talks = new EObjectContainmentEList<ScheduledTalk>(ScheduledTalk.class, this, EvaluationPackage.EVALUATION__TALKS);
		}
		return talks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__CRITERIA_SETS:
				return ((InternalEList<?>)getCriteriaSets()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__DUTY_REPORTS:
				return ((InternalEList<?>)getDutyReports()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__APPRAISALS:
				return ((InternalEList<?>)getAppraisals()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__ACCOUNTABILITY_RECORDS:
				return ((InternalEList<?>)getAccountabilityRecords()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__ROTATION_PLANS:
				return ((InternalEList<?>)getRotationPlans()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__TALKS:
				return ((InternalEList<?>)getTalks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__CRITERIA_SETS:
				return getCriteriaSets();
			case EvaluationPackage.EVALUATION__ASSESSMENTS:
				return getAssessments();
			case EvaluationPackage.EVALUATION__DUTY_REPORTS:
				return getDutyReports();
			case EvaluationPackage.EVALUATION__APPRAISALS:
				return getAppraisals();
			case EvaluationPackage.EVALUATION__ACCOUNTABILITY_RECORDS:
				return getAccountabilityRecords();
			case EvaluationPackage.EVALUATION__ROTATION_PLANS:
				return getRotationPlans();
			case EvaluationPackage.EVALUATION__TALKS:
				return getTalks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__CRITERIA_SETS:
				getCriteriaSets().clear();
				getCriteriaSets().addAll((Collection<? extends CriteriaSet>)newValue);
				return;
			case EvaluationPackage.EVALUATION__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case EvaluationPackage.EVALUATION__DUTY_REPORTS:
				getDutyReports().clear();
				getDutyReports().addAll((Collection<? extends DutyReport>)newValue);
				return;
			case EvaluationPackage.EVALUATION__APPRAISALS:
				getAppraisals().clear();
				getAppraisals().addAll((Collection<? extends Appraisal>)newValue);
				return;
			case EvaluationPackage.EVALUATION__ACCOUNTABILITY_RECORDS:
				getAccountabilityRecords().clear();
				getAccountabilityRecords().addAll((Collection<? extends AccountabilityRecord>)newValue);
				return;
			case EvaluationPackage.EVALUATION__ROTATION_PLANS:
				getRotationPlans().clear();
				getRotationPlans().addAll((Collection<? extends RotationPlan>)newValue);
				return;
			case EvaluationPackage.EVALUATION__TALKS:
				getTalks().clear();
				getTalks().addAll((Collection<? extends ScheduledTalk>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__CRITERIA_SETS:
				getCriteriaSets().clear();
				return;
			case EvaluationPackage.EVALUATION__ASSESSMENTS:
				getAssessments().clear();
				return;
			case EvaluationPackage.EVALUATION__DUTY_REPORTS:
				getDutyReports().clear();
				return;
			case EvaluationPackage.EVALUATION__APPRAISALS:
				getAppraisals().clear();
				return;
			case EvaluationPackage.EVALUATION__ACCOUNTABILITY_RECORDS:
				getAccountabilityRecords().clear();
				return;
			case EvaluationPackage.EVALUATION__ROTATION_PLANS:
				getRotationPlans().clear();
				return;
			case EvaluationPackage.EVALUATION__TALKS:
				getTalks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__CRITERIA_SETS:
				return criteriaSets != null && !criteriaSets.isEmpty();
			case EvaluationPackage.EVALUATION__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case EvaluationPackage.EVALUATION__DUTY_REPORTS:
				return dutyReports != null && !dutyReports.isEmpty();
			case EvaluationPackage.EVALUATION__APPRAISALS:
				return appraisals != null && !appraisals.isEmpty();
			case EvaluationPackage.EVALUATION__ACCOUNTABILITY_RECORDS:
				return accountabilityRecords != null && !accountabilityRecords.isEmpty();
			case EvaluationPackage.EVALUATION__ROTATION_PLANS:
				return rotationPlans != null && !rotationPlans.isEmpty();
			case EvaluationPackage.EVALUATION__TALKS:
				return talks != null && !talks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //EvaluationImpl
