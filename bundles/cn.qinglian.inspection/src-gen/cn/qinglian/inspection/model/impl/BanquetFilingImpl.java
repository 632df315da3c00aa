/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.BanquetFiling;
import cn.qinglian.inspection.model.InspectionPackage;

import cn.qinglian.model.Person;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Banquet Filing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl#getOccasion <em>Occasion</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl#getFiledOn <em>Filed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BanquetFilingImpl extends IdentifiedImpl implements BanquetFiling {
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
	 * The default value of the '{@link #getOccasion() <em>Occasion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasion()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCASION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccasion() <em>Occasion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasion()
	 * @generated
	 * @ordered
	 */
	protected String occasion = OCCASION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipants() <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTICIPANTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected int participants = PARTICIPANTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFiledOn() <em>Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FILED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFiledOn() <em>Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate filedOn = FILED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BanquetFilingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.BANQUET_FILING;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.BANQUET_FILING__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BANQUET_FILING__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BANQUET_FILING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccasion() {
		return occasion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccasion(String newOccasion) {
		String oldOccasion = occasion;
		occasion = newOccasion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BANQUET_FILING__OCCASION, oldOccasion, occasion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BANQUET_FILING__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParticipants() {
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipants(int newParticipants) {
		int oldParticipants = participants;
		participants = newParticipants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BANQUET_FILING__PARTICIPANTS, oldParticipants, participants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFiledOn() {
		return filedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiledOn(LocalDate newFiledOn) {
		LocalDate oldFiledOn = filedOn;
		filedOn = newFiledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BANQUET_FILING__FILED_ON, oldFiledOn, filedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.BANQUET_FILING__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case InspectionPackage.BANQUET_FILING__DATE:
				return getDate();
			case InspectionPackage.BANQUET_FILING__OCCASION:
				return getOccasion();
			case InspectionPackage.BANQUET_FILING__PLACE:
				return getPlace();
			case InspectionPackage.BANQUET_FILING__PARTICIPANTS:
				return getParticipants();
			case InspectionPackage.BANQUET_FILING__FILED_ON:
				return getFiledOn();
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
			case InspectionPackage.BANQUET_FILING__PERSON:
				setPerson((Person)newValue);
				return;
			case InspectionPackage.BANQUET_FILING__DATE:
				setDate((LocalDate)newValue);
				return;
			case InspectionPackage.BANQUET_FILING__OCCASION:
				setOccasion((String)newValue);
				return;
			case InspectionPackage.BANQUET_FILING__PLACE:
				setPlace((String)newValue);
				return;
			case InspectionPackage.BANQUET_FILING__PARTICIPANTS:
				setParticipants((Integer)newValue);
				return;
			case InspectionPackage.BANQUET_FILING__FILED_ON:
				setFiledOn((LocalDate)newValue);
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
			case InspectionPackage.BANQUET_FILING__PERSON:
				setPerson((Person)null);
				return;
			case InspectionPackage.BANQUET_FILING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case InspectionPackage.BANQUET_FILING__OCCASION:
				setOccasion(OCCASION_EDEFAULT);
				return;
			case InspectionPackage.BANQUET_FILING__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case InspectionPackage.BANQUET_FILING__PARTICIPANTS:
				setParticipants(PARTICIPANTS_EDEFAULT);
				return;
			case InspectionPackage.BANQUET_FILING__FILED_ON:
				setFiledOn(FILED_ON_EDEFAULT);
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
			case InspectionPackage.BANQUET_FILING__PERSON:
				return person != null;
			case InspectionPackage.BANQUET_FILING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case InspectionPackage.BANQUET_FILING__OCCASION:
				return OCCASION_EDEFAULT == null ? occasion != null : !OCCASION_EDEFAULT.equals(occasion);
			case InspectionPackage.BANQUET_FILING__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case InspectionPackage.BANQUET_FILING__PARTICIPANTS:
				return participants != PARTICIPANTS_EDEFAULT;
			case InspectionPackage.BANQUET_FILING__FILED_ON:
				return FILED_ON_EDEFAULT == null ? filedOn != null : !FILED_ON_EDEFAULT.equals(filedOn);
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
		result.append(", occasion: ");
		result.append(occasion);
		result.append(", place: ");
		result.append(place);
		result.append(", participants: ");
		result.append(participants);
		result.append(", filedOn: ");
		result.append(filedOn);
		result.append(')');
		return result.toString();
	}

} //BanquetFilingImpl
