/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.TourStatus;

import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.NamedImpl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getTargetUnits <em>Target Units</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getTeamLeader <em>Team Leader</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getStart <em>Start</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getEnd <em>End</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getFocus <em>Focus</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionTourImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionTourImpl extends NamedImpl implements InspectionTour {
	/**
	 * The cached value of the '{@link #getTargetUnits() <em>Target Units</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<Unit> targetUnits;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> team;

	/**
	 * The cached value of the '{@link #getTeamLeader() <em>Team Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeamLeader()
	 * @generated
	 * @ordered
	 */
	protected Person teamLeader;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFocus() <em>Focus</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected EList<String> focus;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TourStatus STATUS_EDEFAULT = TourStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TourStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionTourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION_TOUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Unit> getTargetUnits() {
		if (targetUnits == null) {
			targetUnits = new EObjectResolvingEList<Unit>(Unit.class, this, InspectionPackage.INSPECTION_TOUR__TARGET_UNITS);
		}
		return targetUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getTeam() {
		if (team == null) {
			team = new EObjectResolvingEList<Person>(Person.class, this, InspectionPackage.INSPECTION_TOUR__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getTeamLeader() {
		if (teamLeader != null && teamLeader.eIsProxy()) {
			InternalEObject oldTeamLeader = (InternalEObject)teamLeader;
			teamLeader = (Person)eResolveProxy(oldTeamLeader);
			if (teamLeader != oldTeamLeader) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INSPECTION_TOUR__TEAM_LEADER, oldTeamLeader, teamLeader));
			}
		}
		return teamLeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetTeamLeader() {
		return teamLeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeamLeader(Person newTeamLeader) {
		Person oldTeamLeader = teamLeader;
		teamLeader = newTeamLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_TOUR__TEAM_LEADER, oldTeamLeader, teamLeader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_TOUR__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(LocalDate newEnd) {
		LocalDate oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_TOUR__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFocus() {
		if (focus == null) {
			focus = new EDataTypeEList<String>(String.class, this, InspectionPackage.INSPECTION_TOUR__FOCUS);
		}
		return focus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TourStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TourStatus newStatus) {
		TourStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_TOUR__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_TOUR__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_TOUR__TARGET_UNITS:
				return getTargetUnits();
			case InspectionPackage.INSPECTION_TOUR__TEAM:
				return getTeam();
			case InspectionPackage.INSPECTION_TOUR__TEAM_LEADER:
				if (resolve) return getTeamLeader();
				return basicGetTeamLeader();
			case InspectionPackage.INSPECTION_TOUR__START:
				return getStart();
			case InspectionPackage.INSPECTION_TOUR__END:
				return getEnd();
			case InspectionPackage.INSPECTION_TOUR__FOCUS:
				return getFocus();
			case InspectionPackage.INSPECTION_TOUR__STATUS:
				return getStatus();
			case InspectionPackage.INSPECTION_TOUR__SUMMARY:
				return getSummary();
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
			case InspectionPackage.INSPECTION_TOUR__TARGET_UNITS:
				getTargetUnits().clear();
				getTargetUnits().addAll((Collection<? extends Unit>)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__TEAM:
				getTeam().clear();
				getTeam().addAll((Collection<? extends Person>)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__TEAM_LEADER:
				setTeamLeader((Person)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__START:
				setStart((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__END:
				setEnd((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__FOCUS:
				getFocus().clear();
				getFocus().addAll((Collection<? extends String>)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__STATUS:
				setStatus((TourStatus)newValue);
				return;
			case InspectionPackage.INSPECTION_TOUR__SUMMARY:
				setSummary((String)newValue);
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
			case InspectionPackage.INSPECTION_TOUR__TARGET_UNITS:
				getTargetUnits().clear();
				return;
			case InspectionPackage.INSPECTION_TOUR__TEAM:
				getTeam().clear();
				return;
			case InspectionPackage.INSPECTION_TOUR__TEAM_LEADER:
				setTeamLeader((Person)null);
				return;
			case InspectionPackage.INSPECTION_TOUR__START:
				setStart(START_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_TOUR__END:
				setEnd(END_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_TOUR__FOCUS:
				getFocus().clear();
				return;
			case InspectionPackage.INSPECTION_TOUR__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_TOUR__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
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
			case InspectionPackage.INSPECTION_TOUR__TARGET_UNITS:
				return targetUnits != null && !targetUnits.isEmpty();
			case InspectionPackage.INSPECTION_TOUR__TEAM:
				return team != null && !team.isEmpty();
			case InspectionPackage.INSPECTION_TOUR__TEAM_LEADER:
				return teamLeader != null;
			case InspectionPackage.INSPECTION_TOUR__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case InspectionPackage.INSPECTION_TOUR__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case InspectionPackage.INSPECTION_TOUR__FOCUS:
				return focus != null && !focus.isEmpty();
			case InspectionPackage.INSPECTION_TOUR__STATUS:
				return status != STATUS_EDEFAULT;
			case InspectionPackage.INSPECTION_TOUR__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", focus: ");
		result.append(focus);
		result.append(", status: ");
		result.append(status);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //InspectionTourImpl
