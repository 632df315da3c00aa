/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.LeaderInvestigation;
import cn.qinglian.inspection.model.LeaderResponsibility;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Leader Investigation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl#getLeaderPost <em>Leader Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl#getLeader <em>Leader</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl#getResponsibility <em>Responsibility</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl#getDecidedOn <em>Decided On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeaderInvestigationImpl extends IdentifiedImpl implements LeaderInvestigation {
	/**
	 * The cached value of the '{@link #getLeaderPost() <em>Leader Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaderPost()
	 * @generated
	 * @ordered
	 */
	protected Post leaderPost;

	/**
	 * The cached value of the '{@link #getLeader() <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeader()
	 * @generated
	 * @ordered
	 */
	protected Person leader;

	/**
	 * The default value of the '{@link #getResponsibility() <em>Responsibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibility()
	 * @generated
	 * @ordered
	 */
	protected static final LeaderResponsibility RESPONSIBILITY_EDEFAULT = LeaderResponsibility.HEAD_OF_UNIT;

	/**
	 * The cached value of the '{@link #getResponsibility() <em>Responsibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibility()
	 * @generated
	 * @ordered
	 */
	protected LeaderResponsibility responsibility = RESPONSIBILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final Decision DECISION_EDEFAULT = Decision.PENDING;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected Decision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeaderInvestigationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.LEADER_INVESTIGATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getLeaderPost() {
		if (leaderPost != null && leaderPost.eIsProxy()) {
			InternalEObject oldLeaderPost = (InternalEObject)leaderPost;
			leaderPost = (Post)eResolveProxy(oldLeaderPost);
			if (leaderPost != oldLeaderPost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.LEADER_INVESTIGATION__LEADER_POST, oldLeaderPost, leaderPost));
			}
		}
		return leaderPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetLeaderPost() {
		return leaderPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaderPost(Post newLeaderPost) {
		Post oldLeaderPost = leaderPost;
		leaderPost = newLeaderPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.LEADER_INVESTIGATION__LEADER_POST, oldLeaderPost, leaderPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getLeader() {
		if (leader != null && leader.eIsProxy()) {
			InternalEObject oldLeader = (InternalEObject)leader;
			leader = (Person)eResolveProxy(oldLeader);
			if (leader != oldLeader) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.LEADER_INVESTIGATION__LEADER, oldLeader, leader));
			}
		}
		return leader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetLeader() {
		return leader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeader(Person newLeader) {
		Person oldLeader = leader;
		leader = newLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.LEADER_INVESTIGATION__LEADER, oldLeader, leader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaderResponsibility getResponsibility() {
		return responsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibility(LeaderResponsibility newResponsibility) {
		LeaderResponsibility oldResponsibility = responsibility;
		responsibility = newResponsibility == null ? RESPONSIBILITY_EDEFAULT : newResponsibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.LEADER_INVESTIGATION__RESPONSIBILITY, oldResponsibility, responsibility));
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
	@Override
	public void setDecision(Decision newDecision) {
		Decision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.LEADER_INVESTIGATION__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.LEADER_INVESTIGATION__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.LEADER_INVESTIGATION__LEADER_POST:
				if (resolve) return getLeaderPost();
				return basicGetLeaderPost();
			case InspectionPackage.LEADER_INVESTIGATION__LEADER:
				if (resolve) return getLeader();
				return basicGetLeader();
			case InspectionPackage.LEADER_INVESTIGATION__RESPONSIBILITY:
				return getResponsibility();
			case InspectionPackage.LEADER_INVESTIGATION__DECISION:
				return getDecision();
			case InspectionPackage.LEADER_INVESTIGATION__DECIDED_ON:
				return getDecidedOn();
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
			case InspectionPackage.LEADER_INVESTIGATION__LEADER_POST:
				setLeaderPost((Post)newValue);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__LEADER:
				setLeader((Person)newValue);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__RESPONSIBILITY:
				setResponsibility((LeaderResponsibility)newValue);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__DECISION:
				setDecision((Decision)newValue);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
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
			case InspectionPackage.LEADER_INVESTIGATION__LEADER_POST:
				setLeaderPost((Post)null);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__LEADER:
				setLeader((Person)null);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__RESPONSIBILITY:
				setResponsibility(RESPONSIBILITY_EDEFAULT);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case InspectionPackage.LEADER_INVESTIGATION__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
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
			case InspectionPackage.LEADER_INVESTIGATION__LEADER_POST:
				return leaderPost != null;
			case InspectionPackage.LEADER_INVESTIGATION__LEADER:
				return leader != null;
			case InspectionPackage.LEADER_INVESTIGATION__RESPONSIBILITY:
				return responsibility != RESPONSIBILITY_EDEFAULT;
			case InspectionPackage.LEADER_INVESTIGATION__DECISION:
				return decision != DECISION_EDEFAULT;
			case InspectionPackage.LEADER_INVESTIGATION__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
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
		result.append(" (responsibility: ");
		result.append(responsibility);
		result.append(", decision: ");
		result.append(decision);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(')');
		return result.toString();
	}

} //LeaderInvestigationImpl
