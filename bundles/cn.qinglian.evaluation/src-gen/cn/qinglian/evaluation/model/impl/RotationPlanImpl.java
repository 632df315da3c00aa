/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.RotationPlan;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rotation Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl#getFromPost <em>From Post</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl#getToUnit <em>To Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RotationPlanImpl extends IdentifiedImpl implements RotationPlan {
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
	 * The cached value of the '{@link #getFromPost() <em>From Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromPost()
	 * @generated
	 * @ordered
	 */
	protected Post fromPost;

	/**
	 * The cached value of the '{@link #getToUnit() <em>To Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit toUnit;

	/**
	 * The default value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedDate = PLANNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RotationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.ROTATION_PLAN;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ROTATION_PLAN__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ROTATION_PLAN__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getFromPost() {
		if (fromPost != null && fromPost.eIsProxy()) {
			InternalEObject oldFromPost = (InternalEObject)fromPost;
			fromPost = (Post)eResolveProxy(oldFromPost);
			if (fromPost != oldFromPost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ROTATION_PLAN__FROM_POST, oldFromPost, fromPost));
			}
		}
		return fromPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetFromPost() {
		return fromPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromPost(Post newFromPost) {
		Post oldFromPost = fromPost;
		fromPost = newFromPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ROTATION_PLAN__FROM_POST, oldFromPost, fromPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getToUnit() {
		if (toUnit != null && toUnit.eIsProxy()) {
			InternalEObject oldToUnit = (InternalEObject)toUnit;
			toUnit = (Unit)eResolveProxy(oldToUnit);
			if (toUnit != oldToUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ROTATION_PLAN__TO_UNIT, oldToUnit, toUnit));
			}
		}
		return toUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetToUnit() {
		return toUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToUnit(Unit newToUnit) {
		Unit oldToUnit = toUnit;
		toUnit = newToUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ROTATION_PLAN__TO_UNIT, oldToUnit, toUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDate(LocalDate newPlannedDate) {
		LocalDate oldPlannedDate = plannedDate;
		plannedDate = newPlannedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ROTATION_PLAN__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(LocalDate newCompletedOn) {
		LocalDate oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ROTATION_PLAN__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ROTATION_PLAN__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.ROTATION_PLAN__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case EvaluationPackage.ROTATION_PLAN__FROM_POST:
				if (resolve) return getFromPost();
				return basicGetFromPost();
			case EvaluationPackage.ROTATION_PLAN__TO_UNIT:
				if (resolve) return getToUnit();
				return basicGetToUnit();
			case EvaluationPackage.ROTATION_PLAN__PLANNED_DATE:
				return getPlannedDate();
			case EvaluationPackage.ROTATION_PLAN__COMPLETED_ON:
				return getCompletedOn();
			case EvaluationPackage.ROTATION_PLAN__NOTE:
				return getNote();
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
			case EvaluationPackage.ROTATION_PLAN__PERSON:
				setPerson((Person)newValue);
				return;
			case EvaluationPackage.ROTATION_PLAN__FROM_POST:
				setFromPost((Post)newValue);
				return;
			case EvaluationPackage.ROTATION_PLAN__TO_UNIT:
				setToUnit((Unit)newValue);
				return;
			case EvaluationPackage.ROTATION_PLAN__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case EvaluationPackage.ROTATION_PLAN__COMPLETED_ON:
				setCompletedOn((LocalDate)newValue);
				return;
			case EvaluationPackage.ROTATION_PLAN__NOTE:
				setNote((String)newValue);
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
			case EvaluationPackage.ROTATION_PLAN__PERSON:
				setPerson((Person)null);
				return;
			case EvaluationPackage.ROTATION_PLAN__FROM_POST:
				setFromPost((Post)null);
				return;
			case EvaluationPackage.ROTATION_PLAN__TO_UNIT:
				setToUnit((Unit)null);
				return;
			case EvaluationPackage.ROTATION_PLAN__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case EvaluationPackage.ROTATION_PLAN__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
				return;
			case EvaluationPackage.ROTATION_PLAN__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case EvaluationPackage.ROTATION_PLAN__PERSON:
				return person != null;
			case EvaluationPackage.ROTATION_PLAN__FROM_POST:
				return fromPost != null;
			case EvaluationPackage.ROTATION_PLAN__TO_UNIT:
				return toUnit != null;
			case EvaluationPackage.ROTATION_PLAN__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case EvaluationPackage.ROTATION_PLAN__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
			case EvaluationPackage.ROTATION_PLAN__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (plannedDate: ");
		result.append(plannedDate);
		result.append(", completedOn: ");
		result.append(completedOn);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RotationPlanImpl
