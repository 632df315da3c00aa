/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.LiaisonStation;
import cn.qinglian.inspection.model.StationVisit;

import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.NamedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Liaison Station</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.LiaisonStationImpl#getAssociation <em>Association</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LiaisonStationImpl#getServiceTeam <em>Service Team</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LiaisonStationImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.LiaisonStationImpl#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LiaisonStationImpl extends NamedImpl implements LiaisonStation {
	/**
	 * The cached value of the '{@link #getAssociation() <em>Association</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssociation()
	 * @generated
	 * @ordered
	 */
	protected Unit association;

	/**
	 * The cached value of the '{@link #getServiceTeam() <em>Service Team</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> serviceTeam;

	/**
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<StationVisit> visits;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected EList<Feedback> feedback;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LiaisonStationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.LIAISON_STATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getAssociation() {
		if (association != null && association.eIsProxy()) {
			InternalEObject oldAssociation = (InternalEObject)association;
			association = (Unit)eResolveProxy(oldAssociation);
			if (association != oldAssociation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.LIAISON_STATION__ASSOCIATION, oldAssociation, association));
			}
		}
		return association;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetAssociation() {
		return association;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssociation(Unit newAssociation) {
		Unit oldAssociation = association;
		association = newAssociation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.LIAISON_STATION__ASSOCIATION, oldAssociation, association));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getServiceTeam() {
		if (serviceTeam == null) {
			serviceTeam = new EObjectResolvingEList<Person>(Person.class, this, InspectionPackage.LIAISON_STATION__SERVICE_TEAM);
		}
		return serviceTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StationVisit> getVisits() {
		if (visits == null) {
			visits = new EObjectContainmentEList<StationVisit>(StationVisit.class, this, InspectionPackage.LIAISON_STATION__VISITS);
		}
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Feedback> getFeedback() {
		if (feedback == null) {
			feedback = new EObjectContainmentEList<Feedback>(Feedback.class, this, InspectionPackage.LIAISON_STATION__FEEDBACK);
		}
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.LIAISON_STATION__VISITS:
				return ((InternalEList<?>)getVisits()).basicRemove(otherEnd, msgs);
			case InspectionPackage.LIAISON_STATION__FEEDBACK:
				return ((InternalEList<?>)getFeedback()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.LIAISON_STATION__ASSOCIATION:
				if (resolve) return getAssociation();
				return basicGetAssociation();
			case InspectionPackage.LIAISON_STATION__SERVICE_TEAM:
				return getServiceTeam();
			case InspectionPackage.LIAISON_STATION__VISITS:
				return getVisits();
			case InspectionPackage.LIAISON_STATION__FEEDBACK:
				return getFeedback();
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
			case InspectionPackage.LIAISON_STATION__ASSOCIATION:
				setAssociation((Unit)newValue);
				return;
			case InspectionPackage.LIAISON_STATION__SERVICE_TEAM:
				getServiceTeam().clear();
				getServiceTeam().addAll((Collection<? extends Person>)newValue);
				return;
			case InspectionPackage.LIAISON_STATION__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends StationVisit>)newValue);
				return;
			case InspectionPackage.LIAISON_STATION__FEEDBACK:
				getFeedback().clear();
				getFeedback().addAll((Collection<? extends Feedback>)newValue);
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
			case InspectionPackage.LIAISON_STATION__ASSOCIATION:
				setAssociation((Unit)null);
				return;
			case InspectionPackage.LIAISON_STATION__SERVICE_TEAM:
				getServiceTeam().clear();
				return;
			case InspectionPackage.LIAISON_STATION__VISITS:
				getVisits().clear();
				return;
			case InspectionPackage.LIAISON_STATION__FEEDBACK:
				getFeedback().clear();
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
			case InspectionPackage.LIAISON_STATION__ASSOCIATION:
				return association != null;
			case InspectionPackage.LIAISON_STATION__SERVICE_TEAM:
				return serviceTeam != null && !serviceTeam.isEmpty();
			case InspectionPackage.LIAISON_STATION__VISITS:
				return visits != null && !visits.isEmpty();
			case InspectionPackage.LIAISON_STATION__FEEDBACK:
				return feedback != null && !feedback.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LiaisonStationImpl
