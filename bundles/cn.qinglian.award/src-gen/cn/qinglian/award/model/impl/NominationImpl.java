/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.NominationKind;

import cn.qinglian.model.Person;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Nomination</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.impl.NominationImpl#getNominee <em>Nominee</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.NominationImpl#getNominator <em>Nominator</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.NominationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.NominationImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.NominationImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NominationImpl extends IdentifiedImpl implements Nomination {
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
	 * The cached value of the '{@link #getNominator() <em>Nominator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominator()
	 * @generated
	 * @ordered
	 */
	protected Person nominator;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NominationKind KIND_EDEFAULT = NominationKind.COLLEAGUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NominationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

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
	protected NominationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AwardPackage.Literals.NOMINATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AwardPackage.NOMINATION__NOMINEE, oldNominee, nominee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.NOMINATION__NOMINEE, oldNominee, nominee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getNominator() {
		if (nominator != null && nominator.eIsProxy()) {
			InternalEObject oldNominator = (InternalEObject)nominator;
			nominator = (Person)eResolveProxy(oldNominator);
			if (nominator != oldNominator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AwardPackage.NOMINATION__NOMINATOR, oldNominator, nominator));
			}
		}
		return nominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetNominator() {
		return nominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominator(Person newNominator) {
		Person oldNominator = nominator;
		nominator = newNominator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.NOMINATION__NOMINATOR, oldNominator, nominator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NominationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NominationKind newKind) {
		NominationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.NOMINATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.NOMINATION__REASON, oldReason, reason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AwardPackage.NOMINATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AwardPackage.NOMINATION__NOMINEE:
				if (resolve) return getNominee();
				return basicGetNominee();
			case AwardPackage.NOMINATION__NOMINATOR:
				if (resolve) return getNominator();
				return basicGetNominator();
			case AwardPackage.NOMINATION__KIND:
				return getKind();
			case AwardPackage.NOMINATION__REASON:
				return getReason();
			case AwardPackage.NOMINATION__DATE:
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
			case AwardPackage.NOMINATION__NOMINEE:
				setNominee((Person)newValue);
				return;
			case AwardPackage.NOMINATION__NOMINATOR:
				setNominator((Person)newValue);
				return;
			case AwardPackage.NOMINATION__KIND:
				setKind((NominationKind)newValue);
				return;
			case AwardPackage.NOMINATION__REASON:
				setReason((String)newValue);
				return;
			case AwardPackage.NOMINATION__DATE:
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
			case AwardPackage.NOMINATION__NOMINEE:
				setNominee((Person)null);
				return;
			case AwardPackage.NOMINATION__NOMINATOR:
				setNominator((Person)null);
				return;
			case AwardPackage.NOMINATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AwardPackage.NOMINATION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case AwardPackage.NOMINATION__DATE:
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
			case AwardPackage.NOMINATION__NOMINEE:
				return nominee != null;
			case AwardPackage.NOMINATION__NOMINATOR:
				return nominator != null;
			case AwardPackage.NOMINATION__KIND:
				return kind != KIND_EDEFAULT;
			case AwardPackage.NOMINATION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case AwardPackage.NOMINATION__DATE:
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", reason: ");
		result.append(reason);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //NominationImpl
