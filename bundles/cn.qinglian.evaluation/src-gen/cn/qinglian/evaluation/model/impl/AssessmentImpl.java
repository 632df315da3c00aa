/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.EvaluationPackage;

import cn.qinglian.model.impl.NamedImpl;

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
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getYear <em>Year</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getCriteriaSet <em>Criteria Set</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentImpl#getLastPlaces <em>Last Places</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends NamedImpl implements Assessment {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentKind KIND_EDEFAULT = AssessmentKind.MID_YEAR_CHECK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssessmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

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
	 * The cached value of the '{@link #getCriteriaSet() <em>Criteria Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaSet()
	 * @generated
	 * @ordered
	 */
	protected CriteriaSet criteriaSet;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentEntry> entries;

	/**
	 * The default value of the '{@link #getLastPlaces() <em>Last Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_PLACES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getLastPlaces() <em>Last Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPlaces()
	 * @generated
	 * @ordered
	 */
	protected int lastPlaces = LAST_PLACES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssessmentKind newKind) {
		AssessmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT__YEAR, oldYear, year));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT__PERIOD_START, oldPeriodStart, periodStart));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaSet getCriteriaSet() {
		if (criteriaSet != null && criteriaSet.eIsProxy()) {
			InternalEObject oldCriteriaSet = (InternalEObject)criteriaSet;
			criteriaSet = (CriteriaSet)eResolveProxy(oldCriteriaSet);
			if (criteriaSet != oldCriteriaSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ASSESSMENT__CRITERIA_SET, oldCriteriaSet, criteriaSet));
			}
		}
		return criteriaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriteriaSet basicGetCriteriaSet() {
		return criteriaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteriaSet(CriteriaSet newCriteriaSet) {
		CriteriaSet oldCriteriaSet = criteriaSet;
		criteriaSet = newCriteriaSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT__CRITERIA_SET, oldCriteriaSet, criteriaSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<AssessmentEntry>(AssessmentEntry.class, this, EvaluationPackage.ASSESSMENT__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastPlaces() {
		return lastPlaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastPlaces(int newLastPlaces) {
		int oldLastPlaces = lastPlaces;
		lastPlaces = newLastPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT__LAST_PLACES, oldLastPlaces, lastPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.ASSESSMENT__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.ASSESSMENT__KIND:
				return getKind();
			case EvaluationPackage.ASSESSMENT__YEAR:
				return getYear();
			case EvaluationPackage.ASSESSMENT__PERIOD_START:
				return getPeriodStart();
			case EvaluationPackage.ASSESSMENT__PERIOD_END:
				return getPeriodEnd();
			case EvaluationPackage.ASSESSMENT__CRITERIA_SET:
				if (resolve) return getCriteriaSet();
				return basicGetCriteriaSet();
			case EvaluationPackage.ASSESSMENT__ENTRIES:
				return getEntries();
			case EvaluationPackage.ASSESSMENT__LAST_PLACES:
				return getLastPlaces();
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
			case EvaluationPackage.ASSESSMENT__KIND:
				setKind((AssessmentKind)newValue);
				return;
			case EvaluationPackage.ASSESSMENT__YEAR:
				setYear((Integer)newValue);
				return;
			case EvaluationPackage.ASSESSMENT__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case EvaluationPackage.ASSESSMENT__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case EvaluationPackage.ASSESSMENT__CRITERIA_SET:
				setCriteriaSet((CriteriaSet)newValue);
				return;
			case EvaluationPackage.ASSESSMENT__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends AssessmentEntry>)newValue);
				return;
			case EvaluationPackage.ASSESSMENT__LAST_PLACES:
				setLastPlaces((Integer)newValue);
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
			case EvaluationPackage.ASSESSMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EvaluationPackage.ASSESSMENT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case EvaluationPackage.ASSESSMENT__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case EvaluationPackage.ASSESSMENT__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case EvaluationPackage.ASSESSMENT__CRITERIA_SET:
				setCriteriaSet((CriteriaSet)null);
				return;
			case EvaluationPackage.ASSESSMENT__ENTRIES:
				getEntries().clear();
				return;
			case EvaluationPackage.ASSESSMENT__LAST_PLACES:
				setLastPlaces(LAST_PLACES_EDEFAULT);
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
			case EvaluationPackage.ASSESSMENT__KIND:
				return kind != KIND_EDEFAULT;
			case EvaluationPackage.ASSESSMENT__YEAR:
				return year != YEAR_EDEFAULT;
			case EvaluationPackage.ASSESSMENT__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case EvaluationPackage.ASSESSMENT__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case EvaluationPackage.ASSESSMENT__CRITERIA_SET:
				return criteriaSet != null;
			case EvaluationPackage.ASSESSMENT__ENTRIES:
				return entries != null && !entries.isEmpty();
			case EvaluationPackage.ASSESSMENT__LAST_PLACES:
				return lastPlaces != LAST_PLACES_EDEFAULT;
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
		result.append(", year: ");
		result.append(year);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", lastPlaces: ");
		result.append(lastPlaces);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
