/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.Score;

import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.IdentifiedImpl;

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
 * An implementation of the model object '<em><b>Assessment Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl#getRankingGroup <em>Ranking Group</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl#getScores <em>Scores</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentEntryImpl extends IdentifiedImpl implements AssessmentEntry {
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
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getRankingGroup() <em>Ranking Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRankingGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String RANKING_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRankingGroup() <em>Ranking Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRankingGroup()
	 * @generated
	 * @ordered
	 */
	protected String rankingGroup = RANKING_GROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * The default value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected String remarks = REMARKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.ASSESSMENT_ENTRY;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ASSESSMENT_ENTRY__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT_ENTRY__UNIT, oldUnit, unit));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.ASSESSMENT_ENTRY__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT_ENTRY__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRankingGroup() {
		return rankingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRankingGroup(String newRankingGroup) {
		String oldRankingGroup = rankingGroup;
		rankingGroup = newRankingGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT_ENTRY__RANKING_GROUP, oldRankingGroup, rankingGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, EvaluationPackage.ASSESSMENT_ENTRY__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemarks() {
		return remarks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemarks(String newRemarks) {
		String oldRemarks = remarks;
		remarks = newRemarks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.ASSESSMENT_ENTRY__REMARKS, oldRemarks, remarks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.ASSESSMENT_ENTRY__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.ASSESSMENT_ENTRY__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case EvaluationPackage.ASSESSMENT_ENTRY__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case EvaluationPackage.ASSESSMENT_ENTRY__RANKING_GROUP:
				return getRankingGroup();
			case EvaluationPackage.ASSESSMENT_ENTRY__SCORES:
				return getScores();
			case EvaluationPackage.ASSESSMENT_ENTRY__REMARKS:
				return getRemarks();
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
			case EvaluationPackage.ASSESSMENT_ENTRY__UNIT:
				setUnit((Unit)newValue);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__PERSON:
				setPerson((Person)newValue);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__RANKING_GROUP:
				setRankingGroup((String)newValue);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__REMARKS:
				setRemarks((String)newValue);
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
			case EvaluationPackage.ASSESSMENT_ENTRY__UNIT:
				setUnit((Unit)null);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__PERSON:
				setPerson((Person)null);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__RANKING_GROUP:
				setRankingGroup(RANKING_GROUP_EDEFAULT);
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__SCORES:
				getScores().clear();
				return;
			case EvaluationPackage.ASSESSMENT_ENTRY__REMARKS:
				setRemarks(REMARKS_EDEFAULT);
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
			case EvaluationPackage.ASSESSMENT_ENTRY__UNIT:
				return unit != null;
			case EvaluationPackage.ASSESSMENT_ENTRY__PERSON:
				return person != null;
			case EvaluationPackage.ASSESSMENT_ENTRY__RANKING_GROUP:
				return RANKING_GROUP_EDEFAULT == null ? rankingGroup != null : !RANKING_GROUP_EDEFAULT.equals(rankingGroup);
			case EvaluationPackage.ASSESSMENT_ENTRY__SCORES:
				return scores != null && !scores.isEmpty();
			case EvaluationPackage.ASSESSMENT_ENTRY__REMARKS:
				return REMARKS_EDEFAULT == null ? remarks != null : !REMARKS_EDEFAULT.equals(remarks);
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
		result.append(" (rankingGroup: ");
		result.append(rankingGroup);
		result.append(", remarks: ");
		result.append(remarks);
		result.append(')');
		return result.toString();
	}

} //AssessmentEntryImpl
