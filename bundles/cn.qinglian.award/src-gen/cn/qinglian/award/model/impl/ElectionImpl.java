/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Decision;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.ElectionStep;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.Vote;

import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

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
 * An implementation of the model object '<em><b>Election</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getAwardType <em>Award Type</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getNominationOpens <em>Nomination Opens</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getNominationCloses <em>Nomination Closes</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getVotingOpens <em>Voting Opens</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getVotingCloses <em>Voting Closes</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getNominations <em>Nominations</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getVotes <em>Votes</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.ElectionImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElectionImpl extends IdentifiedImpl implements Election {
	/**
	 * The cached value of the '{@link #getAwardType() <em>Award Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardType()
	 * @generated
	 * @ordered
	 */
	protected AwardType awardType;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected Unit scope;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getNominationOpens() <em>Nomination Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominationOpens()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NOMINATION_OPENS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNominationOpens() <em>Nomination Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominationOpens()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nominationOpens = NOMINATION_OPENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNominationCloses() <em>Nomination Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominationCloses()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NOMINATION_CLOSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNominationCloses() <em>Nomination Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominationCloses()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nominationCloses = NOMINATION_CLOSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getVotingOpens() <em>Voting Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotingOpens()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VOTING_OPENS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVotingOpens() <em>Voting Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotingOpens()
	 * @generated
	 * @ordered
	 */
	protected LocalDate votingOpens = VOTING_OPENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVotingCloses() <em>Voting Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotingCloses()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VOTING_CLOSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVotingCloses() <em>Voting Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotingCloses()
	 * @generated
	 * @ordered
	 */
	protected LocalDate votingCloses = VOTING_CLOSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ElectionStatus STATUS_EDEFAULT = ElectionStatus.NOMINATING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ElectionStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNominations() <em>Nominations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominations()
	 * @generated
	 * @ordered
	 */
	protected EList<Nomination> nominations;

	/**
	 * The cached value of the '{@link #getVotes() <em>Votes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Vote> votes;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected Decision decision;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ElectionStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AwardPackage.Literals.ELECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwardType getAwardType() {
		if (awardType != null && awardType.eIsProxy()) {
			InternalEObject oldAwardType = (InternalEObject)awardType;
			awardType = (AwardType)eResolveProxy(oldAwardType);
			if (awardType != oldAwardType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AwardPackage.ELECTION__AWARD_TYPE, oldAwardType, awardType));
			}
		}
		return awardType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AwardType basicGetAwardType() {
		return awardType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwardType(AwardType newAwardType) {
		AwardType oldAwardType = awardType;
		awardType = newAwardType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__AWARD_TYPE, oldAwardType, awardType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getScope() {
		if (scope != null && scope.eIsProxy()) {
			InternalEObject oldScope = (InternalEObject)scope;
			scope = (Unit)eResolveProxy(oldScope);
			if (scope != oldScope) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AwardPackage.ELECTION__SCOPE, oldScope, scope));
			}
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Unit newScope) {
		Unit oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNominationOpens() {
		return nominationOpens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominationOpens(LocalDate newNominationOpens) {
		LocalDate oldNominationOpens = nominationOpens;
		nominationOpens = newNominationOpens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__NOMINATION_OPENS, oldNominationOpens, nominationOpens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNominationCloses() {
		return nominationCloses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominationCloses(LocalDate newNominationCloses) {
		LocalDate oldNominationCloses = nominationCloses;
		nominationCloses = newNominationCloses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__NOMINATION_CLOSES, oldNominationCloses, nominationCloses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getVotingOpens() {
		return votingOpens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVotingOpens(LocalDate newVotingOpens) {
		LocalDate oldVotingOpens = votingOpens;
		votingOpens = newVotingOpens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__VOTING_OPENS, oldVotingOpens, votingOpens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getVotingCloses() {
		return votingCloses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVotingCloses(LocalDate newVotingCloses) {
		LocalDate oldVotingCloses = votingCloses;
		votingCloses = newVotingCloses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__VOTING_CLOSES, oldVotingCloses, votingCloses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElectionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ElectionStatus newStatus) {
		ElectionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Nomination> getNominations() {
		if (nominations == null) {
			nominations = new EObjectContainmentEList<Nomination>(Nomination.class, this, AwardPackage.ELECTION__NOMINATIONS);
		}
		return nominations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vote> getVotes() {
		if (votes == null) {
			votes = new EObjectContainmentEList<Vote>(Vote.class, this, AwardPackage.ELECTION__VOTES);
		}
		return votes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDecision(Decision newDecision, NotificationChain msgs) {
		Decision oldDecision = decision;
		decision = newDecision;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__DECISION, oldDecision, newDecision);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(Decision newDecision) {
		if (newDecision != decision) {
			NotificationChain msgs = null;
			if (decision != null)
				msgs = ((InternalEObject)decision).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AwardPackage.ELECTION__DECISION, null, msgs);
			if (newDecision != null)
				msgs = ((InternalEObject)newDecision).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AwardPackage.ELECTION__DECISION, null, msgs);
			msgs = basicSetDecision(newDecision, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.ELECTION__DECISION, newDecision, newDecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElectionStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<ElectionStep>(ElectionStep.class, this, AwardPackage.ELECTION__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AwardPackage.ELECTION__NOMINATIONS:
				return ((InternalEList<?>)getNominations()).basicRemove(otherEnd, msgs);
			case AwardPackage.ELECTION__VOTES:
				return ((InternalEList<?>)getVotes()).basicRemove(otherEnd, msgs);
			case AwardPackage.ELECTION__DECISION:
				return basicSetDecision(null, msgs);
			case AwardPackage.ELECTION__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case AwardPackage.ELECTION__AWARD_TYPE:
				if (resolve) return getAwardType();
				return basicGetAwardType();
			case AwardPackage.ELECTION__SCOPE:
				if (resolve) return getScope();
				return basicGetScope();
			case AwardPackage.ELECTION__PERIOD:
				return getPeriod();
			case AwardPackage.ELECTION__PERIOD_START:
				return getPeriodStart();
			case AwardPackage.ELECTION__PERIOD_END:
				return getPeriodEnd();
			case AwardPackage.ELECTION__NOMINATION_OPENS:
				return getNominationOpens();
			case AwardPackage.ELECTION__NOMINATION_CLOSES:
				return getNominationCloses();
			case AwardPackage.ELECTION__VOTING_OPENS:
				return getVotingOpens();
			case AwardPackage.ELECTION__VOTING_CLOSES:
				return getVotingCloses();
			case AwardPackage.ELECTION__STATUS:
				return getStatus();
			case AwardPackage.ELECTION__NOMINATIONS:
				return getNominations();
			case AwardPackage.ELECTION__VOTES:
				return getVotes();
			case AwardPackage.ELECTION__DECISION:
				return getDecision();
			case AwardPackage.ELECTION__STEPS:
				return getSteps();
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
			case AwardPackage.ELECTION__AWARD_TYPE:
				setAwardType((AwardType)newValue);
				return;
			case AwardPackage.ELECTION__SCOPE:
				setScope((Unit)newValue);
				return;
			case AwardPackage.ELECTION__PERIOD:
				setPeriod((String)newValue);
				return;
			case AwardPackage.ELECTION__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case AwardPackage.ELECTION__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case AwardPackage.ELECTION__NOMINATION_OPENS:
				setNominationOpens((LocalDate)newValue);
				return;
			case AwardPackage.ELECTION__NOMINATION_CLOSES:
				setNominationCloses((LocalDate)newValue);
				return;
			case AwardPackage.ELECTION__VOTING_OPENS:
				setVotingOpens((LocalDate)newValue);
				return;
			case AwardPackage.ELECTION__VOTING_CLOSES:
				setVotingCloses((LocalDate)newValue);
				return;
			case AwardPackage.ELECTION__STATUS:
				setStatus((ElectionStatus)newValue);
				return;
			case AwardPackage.ELECTION__NOMINATIONS:
				getNominations().clear();
				getNominations().addAll((Collection<? extends Nomination>)newValue);
				return;
			case AwardPackage.ELECTION__VOTES:
				getVotes().clear();
				getVotes().addAll((Collection<? extends Vote>)newValue);
				return;
			case AwardPackage.ELECTION__DECISION:
				setDecision((Decision)newValue);
				return;
			case AwardPackage.ELECTION__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends ElectionStep>)newValue);
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
			case AwardPackage.ELECTION__AWARD_TYPE:
				setAwardType((AwardType)null);
				return;
			case AwardPackage.ELECTION__SCOPE:
				setScope((Unit)null);
				return;
			case AwardPackage.ELECTION__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case AwardPackage.ELECTION__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case AwardPackage.ELECTION__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case AwardPackage.ELECTION__NOMINATION_OPENS:
				setNominationOpens(NOMINATION_OPENS_EDEFAULT);
				return;
			case AwardPackage.ELECTION__NOMINATION_CLOSES:
				setNominationCloses(NOMINATION_CLOSES_EDEFAULT);
				return;
			case AwardPackage.ELECTION__VOTING_OPENS:
				setVotingOpens(VOTING_OPENS_EDEFAULT);
				return;
			case AwardPackage.ELECTION__VOTING_CLOSES:
				setVotingCloses(VOTING_CLOSES_EDEFAULT);
				return;
			case AwardPackage.ELECTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AwardPackage.ELECTION__NOMINATIONS:
				getNominations().clear();
				return;
			case AwardPackage.ELECTION__VOTES:
				getVotes().clear();
				return;
			case AwardPackage.ELECTION__DECISION:
				setDecision((Decision)null);
				return;
			case AwardPackage.ELECTION__STEPS:
				getSteps().clear();
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
			case AwardPackage.ELECTION__AWARD_TYPE:
				return awardType != null;
			case AwardPackage.ELECTION__SCOPE:
				return scope != null;
			case AwardPackage.ELECTION__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case AwardPackage.ELECTION__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case AwardPackage.ELECTION__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case AwardPackage.ELECTION__NOMINATION_OPENS:
				return NOMINATION_OPENS_EDEFAULT == null ? nominationOpens != null : !NOMINATION_OPENS_EDEFAULT.equals(nominationOpens);
			case AwardPackage.ELECTION__NOMINATION_CLOSES:
				return NOMINATION_CLOSES_EDEFAULT == null ? nominationCloses != null : !NOMINATION_CLOSES_EDEFAULT.equals(nominationCloses);
			case AwardPackage.ELECTION__VOTING_OPENS:
				return VOTING_OPENS_EDEFAULT == null ? votingOpens != null : !VOTING_OPENS_EDEFAULT.equals(votingOpens);
			case AwardPackage.ELECTION__VOTING_CLOSES:
				return VOTING_CLOSES_EDEFAULT == null ? votingCloses != null : !VOTING_CLOSES_EDEFAULT.equals(votingCloses);
			case AwardPackage.ELECTION__STATUS:
				return status != STATUS_EDEFAULT;
			case AwardPackage.ELECTION__NOMINATIONS:
				return nominations != null && !nominations.isEmpty();
			case AwardPackage.ELECTION__VOTES:
				return votes != null && !votes.isEmpty();
			case AwardPackage.ELECTION__DECISION:
				return decision != null;
			case AwardPackage.ELECTION__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (period: ");
		result.append(period);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", nominationOpens: ");
		result.append(nominationOpens);
		result.append(", nominationCloses: ");
		result.append(nominationCloses);
		result.append(", votingOpens: ");
		result.append(votingOpens);
		result.append(", votingCloses: ");
		result.append(votingCloses);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ElectionImpl
