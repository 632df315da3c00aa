/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.EvaluationPackage;

import cn.qinglian.model.impl.NamedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.CriterionImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.CriterionImpl#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.CriterionImpl#getMaxScore <em>Max Score</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.CriterionImpl#getComputedBy <em>Computed By</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.CriterionImpl#getDeductionPerUnit <em>Deduction Per Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.CriterionImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionImpl extends NamedImpl implements Criterion {
	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected double minScore = MIN_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxScore() <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxScore()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_SCORE_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getMaxScore() <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxScore()
	 * @generated
	 * @ordered
	 */
	protected double maxScore = MAX_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputedBy() <em>Computed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPUTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputedBy() <em>Computed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedBy()
	 * @generated
	 * @ordered
	 */
	protected String computedBy = COMPUTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeductionPerUnit() <em>Deduction Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductionPerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final double DEDUCTION_PER_UNIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDeductionPerUnit() <em>Deduction Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductionPerUnit()
	 * @generated
	 * @ordered
	 */
	protected double deductionPerUnit = DEDUCTION_PER_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.CRITERION__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinScore() {
		return minScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinScore(double newMinScore) {
		double oldMinScore = minScore;
		minScore = newMinScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.CRITERION__MIN_SCORE, oldMinScore, minScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxScore() {
		return maxScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxScore(double newMaxScore) {
		double oldMaxScore = maxScore;
		maxScore = newMaxScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.CRITERION__MAX_SCORE, oldMaxScore, maxScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComputedBy() {
		return computedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputedBy(String newComputedBy) {
		String oldComputedBy = computedBy;
		computedBy = newComputedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.CRITERION__COMPUTED_BY, oldComputedBy, computedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeductionPerUnit() {
		return deductionPerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeductionPerUnit(double newDeductionPerUnit) {
		double oldDeductionPerUnit = deductionPerUnit;
		deductionPerUnit = newDeductionPerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.CRITERION__DEDUCTION_PER_UNIT, oldDeductionPerUnit, deductionPerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.CRITERION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.CRITERION__WEIGHT:
				return getWeight();
			case EvaluationPackage.CRITERION__MIN_SCORE:
				return getMinScore();
			case EvaluationPackage.CRITERION__MAX_SCORE:
				return getMaxScore();
			case EvaluationPackage.CRITERION__COMPUTED_BY:
				return getComputedBy();
			case EvaluationPackage.CRITERION__DEDUCTION_PER_UNIT:
				return getDeductionPerUnit();
			case EvaluationPackage.CRITERION__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.CRITERION__WEIGHT:
				setWeight((Double)newValue);
				return;
			case EvaluationPackage.CRITERION__MIN_SCORE:
				setMinScore((Double)newValue);
				return;
			case EvaluationPackage.CRITERION__MAX_SCORE:
				setMaxScore((Double)newValue);
				return;
			case EvaluationPackage.CRITERION__COMPUTED_BY:
				setComputedBy((String)newValue);
				return;
			case EvaluationPackage.CRITERION__DEDUCTION_PER_UNIT:
				setDeductionPerUnit((Double)newValue);
				return;
			case EvaluationPackage.CRITERION__DESCRIPTION:
				setDescription((String)newValue);
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
			case EvaluationPackage.CRITERION__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case EvaluationPackage.CRITERION__MIN_SCORE:
				setMinScore(MIN_SCORE_EDEFAULT);
				return;
			case EvaluationPackage.CRITERION__MAX_SCORE:
				setMaxScore(MAX_SCORE_EDEFAULT);
				return;
			case EvaluationPackage.CRITERION__COMPUTED_BY:
				setComputedBy(COMPUTED_BY_EDEFAULT);
				return;
			case EvaluationPackage.CRITERION__DEDUCTION_PER_UNIT:
				setDeductionPerUnit(DEDUCTION_PER_UNIT_EDEFAULT);
				return;
			case EvaluationPackage.CRITERION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case EvaluationPackage.CRITERION__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case EvaluationPackage.CRITERION__MIN_SCORE:
				return minScore != MIN_SCORE_EDEFAULT;
			case EvaluationPackage.CRITERION__MAX_SCORE:
				return maxScore != MAX_SCORE_EDEFAULT;
			case EvaluationPackage.CRITERION__COMPUTED_BY:
				return COMPUTED_BY_EDEFAULT == null ? computedBy != null : !COMPUTED_BY_EDEFAULT.equals(computedBy);
			case EvaluationPackage.CRITERION__DEDUCTION_PER_UNIT:
				return deductionPerUnit != DEDUCTION_PER_UNIT_EDEFAULT;
			case EvaluationPackage.CRITERION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (weight: ");
		result.append(weight);
		result.append(", minScore: ");
		result.append(minScore);
		result.append(", maxScore: ");
		result.append(maxScore);
		result.append(", computedBy: ");
		result.append(computedBy);
		result.append(", deductionPerUnit: ");
		result.append(deductionPerUnit);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //CriterionImpl
