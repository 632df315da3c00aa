/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.AwardCadence;
import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.CriterionWeight;
import cn.qinglian.award.model.ScopeLevel;

import cn.qinglian.model.impl.NamedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getCadence <em>Cadence</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getScopeLevel <em>Scope Level</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getWinners <em>Winners</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getVotesPerVoter <em>Votes Per Voter</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getMinimumTenureMonths <em>Minimum Tenure Months</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getNoRepeatPeriods <em>No Repeat Periods</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getCleanRecordMonths <em>Clean Record Months</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardTypeImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AwardTypeImpl extends NamedImpl implements AwardType {
	/**
	 * The default value of the '{@link #getCadence() <em>Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadence()
	 * @generated
	 * @ordered
	 */
	protected static final AwardCadence CADENCE_EDEFAULT = AwardCadence.MONTHLY;

	/**
	 * The cached value of the '{@link #getCadence() <em>Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadence()
	 * @generated
	 * @ordered
	 */
	protected AwardCadence cadence = CADENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeLevel() <em>Scope Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ScopeLevel SCOPE_LEVEL_EDEFAULT = ScopeLevel.STATION;

	/**
	 * The cached value of the '{@link #getScopeLevel() <em>Scope Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeLevel()
	 * @generated
	 * @ordered
	 */
	protected ScopeLevel scopeLevel = SCOPE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getWinners() <em>Winners</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinners()
	 * @generated
	 * @ordered
	 */
	protected static final int WINNERS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getWinners() <em>Winners</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinners()
	 * @generated
	 * @ordered
	 */
	protected int winners = WINNERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVotesPerVoter() <em>Votes Per Voter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotesPerVoter()
	 * @generated
	 * @ordered
	 */
	protected static final int VOTES_PER_VOTER_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getVotesPerVoter() <em>Votes Per Voter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotesPerVoter()
	 * @generated
	 * @ordered
	 */
	protected int votesPerVoter = VOTES_PER_VOTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumTenureMonths() <em>Minimum Tenure Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumTenureMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_TENURE_MONTHS_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getMinimumTenureMonths() <em>Minimum Tenure Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumTenureMonths()
	 * @generated
	 * @ordered
	 */
	protected int minimumTenureMonths = MINIMUM_TENURE_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoRepeatPeriods() <em>No Repeat Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoRepeatPeriods()
	 * @generated
	 * @ordered
	 */
	protected static final int NO_REPEAT_PERIODS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getNoRepeatPeriods() <em>No Repeat Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoRepeatPeriods()
	 * @generated
	 * @ordered
	 */
	protected int noRepeatPeriods = NO_REPEAT_PERIODS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCleanRecordMonths() <em>Clean Record Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCleanRecordMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int CLEAN_RECORD_MONTHS_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getCleanRecordMonths() <em>Clean Record Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCleanRecordMonths()
	 * @generated
	 * @ordered
	 */
	protected int cleanRecordMonths = CLEAN_RECORD_MONTHS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<CriterionWeight> criteria;

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
	protected AwardTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AwardPackage.Literals.AWARD_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwardCadence getCadence() {
		return cadence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCadence(AwardCadence newCadence) {
		AwardCadence oldCadence = cadence;
		cadence = newCadence == null ? CADENCE_EDEFAULT : newCadence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__CADENCE, oldCadence, cadence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeLevel getScopeLevel() {
		return scopeLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeLevel(ScopeLevel newScopeLevel) {
		ScopeLevel oldScopeLevel = scopeLevel;
		scopeLevel = newScopeLevel == null ? SCOPE_LEVEL_EDEFAULT : newScopeLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__SCOPE_LEVEL, oldScopeLevel, scopeLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWinners() {
		return winners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWinners(int newWinners) {
		int oldWinners = winners;
		winners = newWinners;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__WINNERS, oldWinners, winners));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVotesPerVoter() {
		return votesPerVoter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVotesPerVoter(int newVotesPerVoter) {
		int oldVotesPerVoter = votesPerVoter;
		votesPerVoter = newVotesPerVoter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__VOTES_PER_VOTER, oldVotesPerVoter, votesPerVoter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumTenureMonths() {
		return minimumTenureMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumTenureMonths(int newMinimumTenureMonths) {
		int oldMinimumTenureMonths = minimumTenureMonths;
		minimumTenureMonths = newMinimumTenureMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__MINIMUM_TENURE_MONTHS, oldMinimumTenureMonths, minimumTenureMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNoRepeatPeriods() {
		return noRepeatPeriods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoRepeatPeriods(int newNoRepeatPeriods) {
		int oldNoRepeatPeriods = noRepeatPeriods;
		noRepeatPeriods = newNoRepeatPeriods;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__NO_REPEAT_PERIODS, oldNoRepeatPeriods, noRepeatPeriods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCleanRecordMonths() {
		return cleanRecordMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleanRecordMonths(int newCleanRecordMonths) {
		int oldCleanRecordMonths = cleanRecordMonths;
		cleanRecordMonths = newCleanRecordMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__CLEAN_RECORD_MONTHS, oldCleanRecordMonths, cleanRecordMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriterionWeight> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<CriterionWeight>(CriterionWeight.class, this, AwardPackage.AWARD_TYPE__CRITERIA);
		}
		return criteria;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.AWARD_TYPE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AwardPackage.AWARD_TYPE__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
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
			case AwardPackage.AWARD_TYPE__CADENCE:
				return getCadence();
			case AwardPackage.AWARD_TYPE__SCOPE_LEVEL:
				return getScopeLevel();
			case AwardPackage.AWARD_TYPE__WINNERS:
				return getWinners();
			case AwardPackage.AWARD_TYPE__VOTES_PER_VOTER:
				return getVotesPerVoter();
			case AwardPackage.AWARD_TYPE__MINIMUM_TENURE_MONTHS:
				return getMinimumTenureMonths();
			case AwardPackage.AWARD_TYPE__NO_REPEAT_PERIODS:
				return getNoRepeatPeriods();
			case AwardPackage.AWARD_TYPE__CLEAN_RECORD_MONTHS:
				return getCleanRecordMonths();
			case AwardPackage.AWARD_TYPE__CRITERIA:
				return getCriteria();
			case AwardPackage.AWARD_TYPE__DESCRIPTION:
				return getDescription();
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
			case AwardPackage.AWARD_TYPE__CADENCE:
				setCadence((AwardCadence)newValue);
				return;
			case AwardPackage.AWARD_TYPE__SCOPE_LEVEL:
				setScopeLevel((ScopeLevel)newValue);
				return;
			case AwardPackage.AWARD_TYPE__WINNERS:
				setWinners((Integer)newValue);
				return;
			case AwardPackage.AWARD_TYPE__VOTES_PER_VOTER:
				setVotesPerVoter((Integer)newValue);
				return;
			case AwardPackage.AWARD_TYPE__MINIMUM_TENURE_MONTHS:
				setMinimumTenureMonths((Integer)newValue);
				return;
			case AwardPackage.AWARD_TYPE__NO_REPEAT_PERIODS:
				setNoRepeatPeriods((Integer)newValue);
				return;
			case AwardPackage.AWARD_TYPE__CLEAN_RECORD_MONTHS:
				setCleanRecordMonths((Integer)newValue);
				return;
			case AwardPackage.AWARD_TYPE__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends CriterionWeight>)newValue);
				return;
			case AwardPackage.AWARD_TYPE__DESCRIPTION:
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
			case AwardPackage.AWARD_TYPE__CADENCE:
				setCadence(CADENCE_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__SCOPE_LEVEL:
				setScopeLevel(SCOPE_LEVEL_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__WINNERS:
				setWinners(WINNERS_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__VOTES_PER_VOTER:
				setVotesPerVoter(VOTES_PER_VOTER_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__MINIMUM_TENURE_MONTHS:
				setMinimumTenureMonths(MINIMUM_TENURE_MONTHS_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__NO_REPEAT_PERIODS:
				setNoRepeatPeriods(NO_REPEAT_PERIODS_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__CLEAN_RECORD_MONTHS:
				setCleanRecordMonths(CLEAN_RECORD_MONTHS_EDEFAULT);
				return;
			case AwardPackage.AWARD_TYPE__CRITERIA:
				getCriteria().clear();
				return;
			case AwardPackage.AWARD_TYPE__DESCRIPTION:
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
			case AwardPackage.AWARD_TYPE__CADENCE:
				return cadence != CADENCE_EDEFAULT;
			case AwardPackage.AWARD_TYPE__SCOPE_LEVEL:
				return scopeLevel != SCOPE_LEVEL_EDEFAULT;
			case AwardPackage.AWARD_TYPE__WINNERS:
				return winners != WINNERS_EDEFAULT;
			case AwardPackage.AWARD_TYPE__VOTES_PER_VOTER:
				return votesPerVoter != VOTES_PER_VOTER_EDEFAULT;
			case AwardPackage.AWARD_TYPE__MINIMUM_TENURE_MONTHS:
				return minimumTenureMonths != MINIMUM_TENURE_MONTHS_EDEFAULT;
			case AwardPackage.AWARD_TYPE__NO_REPEAT_PERIODS:
				return noRepeatPeriods != NO_REPEAT_PERIODS_EDEFAULT;
			case AwardPackage.AWARD_TYPE__CLEAN_RECORD_MONTHS:
				return cleanRecordMonths != CLEAN_RECORD_MONTHS_EDEFAULT;
			case AwardPackage.AWARD_TYPE__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case AwardPackage.AWARD_TYPE__DESCRIPTION:
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
		result.append(" (cadence: ");
		result.append(cadence);
		result.append(", scopeLevel: ");
		result.append(scopeLevel);
		result.append(", winners: ");
		result.append(winners);
		result.append(", votesPerVoter: ");
		result.append(votesPerVoter);
		result.append(", minimumTenureMonths: ");
		result.append(minimumTenureMonths);
		result.append(", noRepeatPeriods: ");
		result.append(noRepeatPeriods);
		result.append(", cleanRecordMonths: ");
		result.append(cleanRecordMonths);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //AwardTypeImpl
