/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.Vote;

import cn.qinglian.model.Person;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vote</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.impl.VoteImpl#getVoter <em>Voter</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.VoteImpl#getNominee <em>Nominee</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.VoteImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VoteImpl extends IdentifiedImpl implements Vote {
	/**
	 * The cached value of the '{@link #getVoter() <em>Voter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoter()
	 * @generated
	 * @ordered
	 */
	protected Person voter;

	/**
	 * The cached value of the '{@link #getNominee() <em>Nominee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominee()
	 * @generated
	 * @ordered
	 */
	protected Person nominee;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AwardPackage.Literals.VOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getVoter() {
		if (voter != null && voter.eIsProxy()) {
			InternalEObject oldVoter = (InternalEObject)voter;
			voter = (Person)eResolveProxy(oldVoter);
			if (voter != oldVoter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AwardPackage.VOTE__VOTER, oldVoter, voter));
			}
		}
		return voter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetVoter() {
		return voter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoter(Person newVoter) {
		Person oldVoter = voter;
		voter = newVoter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.VOTE__VOTER, oldVoter, voter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getNominee() {
		if (nominee != null && nominee.eIsProxy()) {
			InternalEObject oldNominee = (InternalEObject)nominee;
			nominee = (Person)eResolveProxy(oldNominee);
			if (nominee != oldNominee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AwardPackage.VOTE__NOMINEE, oldNominee, nominee));
			}
		}
		return nominee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetNominee() {
		return nominee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominee(Person newNominee) {
		Person oldNominee = nominee;
		nominee = newNominee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.VOTE__NOMINEE, oldNominee, nominee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.VOTE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AwardPackage.VOTE__VOTER:
				if (resolve) return getVoter();
				return basicGetVoter();
			case AwardPackage.VOTE__NOMINEE:
				if (resolve) return getNominee();
				return basicGetNominee();
			case AwardPackage.VOTE__DATE:
				return getDate();
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
			case AwardPackage.VOTE__VOTER:
				setVoter((Person)newValue);
				return;
			case AwardPackage.VOTE__NOMINEE:
				setNominee((Person)newValue);
				return;
			case AwardPackage.VOTE__DATE:
				setDate((LocalDate)newValue);
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
			case AwardPackage.VOTE__VOTER:
				setVoter((Person)null);
				return;
			case AwardPackage.VOTE__NOMINEE:
				setNominee((Person)null);
				return;
			case AwardPackage.VOTE__DATE:
				setDate(DATE_EDEFAULT);
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
			case AwardPackage.VOTE__VOTER:
				return voter != null;
			case AwardPackage.VOTE__NOMINEE:
				return nominee != null;
			case AwardPackage.VOTE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
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
		result.append(" (date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //VoteImpl
