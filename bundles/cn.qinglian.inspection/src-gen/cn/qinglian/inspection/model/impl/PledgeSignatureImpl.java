/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;

import cn.qinglian.model.Person;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pledge Signature</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeSignatureImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeSignatureImpl#getPledge <em>Pledge</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeSignatureImpl#getSignedOn <em>Signed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PledgeSignatureImpl extends IdentifiedImpl implements PledgeSignature {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The cached value of the '{@link #getPledge() <em>Pledge</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPledge()
	 * @generated
	 * @ordered
	 */
	protected Pledge pledge;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PledgeSignatureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.PLEDGE_SIGNATURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.PLEDGE_SIGNATURE__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PLEDGE_SIGNATURE__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pledge getPledge() {
		if (pledge != null && pledge.eIsProxy()) {
			InternalEObject oldPledge = (InternalEObject)pledge;
			pledge = (Pledge)eResolveProxy(oldPledge);
			if (pledge != oldPledge) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.PLEDGE_SIGNATURE__PLEDGE, oldPledge, pledge));
			}
		}
		return pledge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pledge basicGetPledge() {
		return pledge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPledge(Pledge newPledge) {
		Pledge oldPledge = pledge;
		pledge = newPledge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PLEDGE_SIGNATURE__PLEDGE, oldPledge, pledge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(LocalDate newSignedOn) {
		LocalDate oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PLEDGE_SIGNATURE__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.PLEDGE_SIGNATURE__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case InspectionPackage.PLEDGE_SIGNATURE__PLEDGE:
				if (resolve) return getPledge();
				return basicGetPledge();
			case InspectionPackage.PLEDGE_SIGNATURE__SIGNED_ON:
				return getSignedOn();
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
			case InspectionPackage.PLEDGE_SIGNATURE__PERSON:
				setPerson((Person)newValue);
				return;
			case InspectionPackage.PLEDGE_SIGNATURE__PLEDGE:
				setPledge((Pledge)newValue);
				return;
			case InspectionPackage.PLEDGE_SIGNATURE__SIGNED_ON:
				setSignedOn((LocalDate)newValue);
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
			case InspectionPackage.PLEDGE_SIGNATURE__PERSON:
				setPerson((Person)null);
				return;
			case InspectionPackage.PLEDGE_SIGNATURE__PLEDGE:
				setPledge((Pledge)null);
				return;
			case InspectionPackage.PLEDGE_SIGNATURE__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
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
			case InspectionPackage.PLEDGE_SIGNATURE__PERSON:
				return person != null;
			case InspectionPackage.PLEDGE_SIGNATURE__PLEDGE:
				return pledge != null;
			case InspectionPackage.PLEDGE_SIGNATURE__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
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
		result.append(" (signedOn: ");
		result.append(signedOn);
		result.append(')');
		return result.toString();
	}

} //PledgeSignatureImpl
