/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.EvaluationPackage;

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
 * An implementation of the model object '<em><b>Accountability Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getPost <em>Post</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl#getCause <em>Cause</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountabilityRecordImpl extends IdentifiedImpl implements AccountabilityRecord {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final AccountabilityCategory CATEGORY_EDEFAULT = AccountabilityCategory.ACTING_WRONGLY;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected AccountabilityCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AccountabilityStatus STATUS_EDEFAULT = AccountabilityStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AccountabilityStatus status = STATUS_EDEFAULT;

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
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit;

	/**
	 * The cached value of the '{@link #getPost() <em>Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPost()
	 * @generated
	 * @ordered
	 */
	protected Post post;

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
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssessment() <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected Assessment assessment;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected AccountabilityRecord cause;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountabilityRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.ACCOUNTABILITY_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountabilityCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(AccountabilityCategory newCategory) {
		AccountabilityCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountabilityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AccountabilityStatus newStatus) {
		AccountabilityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ACCOUNTABILITY_RECORD__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Unit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ACCOUNTABILITY_RECORD__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getPost() {
		if (post != null && post.eIsProxy()) {
			InternalEObject oldPost = (InternalEObject)post;
			post = (Post)eResolveProxy(oldPost);
			if (post != oldPost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ACCOUNTABILITY_RECORD__POST, oldPost, post));
			}
		}
		return post;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetPost() {
		return post;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPost(Post newPost) {
		Post oldPost = post;
		post = newPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__POST, oldPost, post));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getAssessment() {
		if (assessment != null && assessment.eIsProxy()) {
			InternalEObject oldAssessment = (InternalEObject)assessment;
			assessment = (Assessment)eResolveProxy(oldAssessment);
			if (assessment != oldAssessment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ACCOUNTABILITY_RECORD__ASSESSMENT, oldAssessment, assessment));
			}
		}
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetAssessment() {
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessment(Assessment newAssessment) {
		Assessment oldAssessment = assessment;
		assessment = newAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__ASSESSMENT, oldAssessment, assessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountabilityRecord getCause() {
		if (cause != null && cause.eIsProxy()) {
			InternalEObject oldCause = (InternalEObject)cause;
			cause = (AccountabilityRecord)eResolveProxy(oldCause);
			if (cause != oldCause) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ACCOUNTABILITY_RECORD__CAUSE, oldCause, cause));
			}
		}
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountabilityRecord basicGetCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(AccountabilityRecord newCause) {
		AccountabilityRecord oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ACCOUNTABILITY_RECORD__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CATEGORY:
				return getCategory();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__STATUS:
				return getStatus();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__POST:
				if (resolve) return getPost();
				return basicGetPost();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DATE:
				return getDate();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DESCRIPTION:
				return getDescription();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__MEASURE:
				return getMeasure();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__ASSESSMENT:
				if (resolve) return getAssessment();
				return basicGetAssessment();
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CAUSE:
				if (resolve) return getCause();
				return basicGetCause();
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
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CATEGORY:
				setCategory((AccountabilityCategory)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__STATUS:
				setStatus((AccountabilityStatus)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__PERSON:
				setPerson((Person)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__UNIT:
				setUnit((Unit)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__POST:
				setPost((Post)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DATE:
				setDate((LocalDate)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__MEASURE:
				setMeasure((String)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__ASSESSMENT:
				setAssessment((Assessment)newValue);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CAUSE:
				setCause((AccountabilityRecord)newValue);
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
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__PERSON:
				setPerson((Person)null);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__UNIT:
				setUnit((Unit)null);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__POST:
				setPost((Post)null);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__ASSESSMENT:
				setAssessment((Assessment)null);
				return;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CAUSE:
				setCause((AccountabilityRecord)null);
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
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__PERSON:
				return person != null;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__UNIT:
				return unit != null;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__POST:
				return post != null;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case EvaluationPackage.ACCOUNTABILITY_RECORD__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case EvaluationPackage.ACCOUNTABILITY_RECORD__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case EvaluationPackage.ACCOUNTABILITY_RECORD__ASSESSMENT:
				return assessment != null;
			case EvaluationPackage.ACCOUNTABILITY_RECORD__CAUSE:
				return cause != null;
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
		result.append(" (category: ");
		result.append(category);
		result.append(", status: ");
		result.append(status);
		result.append(", date: ");
		result.append(date);
		result.append(", description: ");
		result.append(description);
		result.append(", measure: ");
		result.append(measure);
		result.append(')');
		return result.toString();
	}

} //AccountabilityRecordImpl
