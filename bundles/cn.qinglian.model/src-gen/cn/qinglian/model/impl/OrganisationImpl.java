/**
 */
package cn.qinglian.model.impl;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianPackage;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

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
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getPeople <em>People</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getChargeAssignments <em>Charge Assignments</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getReportingLines <em>Reporting Lines</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getCopyNotices <em>Copy Notices</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.OrganisationImpl#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends NamedImpl implements Organisation {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<Unit> units;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getChargeAssignments() <em>Charge Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<ChargeAssignment> chargeAssignments;

	/**
	 * The cached value of the '{@link #getReportingLines() <em>Reporting Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingLines()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingLine> reportingLines;

	/**
	 * The cached value of the '{@link #getCopyNotices() <em>Copy Notices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyNotices()
	 * @generated
	 * @ordered
	 */
	protected EList<CopyNotice> copyNotices;

	/**
	 * The cached value of the '{@link #getReports() <em>Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReports()
	 * @generated
	 * @ordered
	 */
	protected EList<Report> reports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QinglianPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.ORGANISATION__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Unit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<Unit>(Unit.class, this, QinglianPackage.ORGANISATION__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, QinglianPackage.ORGANISATION__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChargeAssignment> getChargeAssignments() {
		if (chargeAssignments == null) {
			chargeAssignments = new EObjectContainmentEList<ChargeAssignment>(ChargeAssignment.class, this, QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS);
		}
		return chargeAssignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingLine> getReportingLines() {
		if (reportingLines == null) {
			reportingLines = new EObjectContainmentEList<ReportingLine>(ReportingLine.class, this, QinglianPackage.ORGANISATION__REPORTING_LINES);
		}
		return reportingLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CopyNotice> getCopyNotices() {
		if (copyNotices == null) {
			copyNotices = new EObjectContainmentEList<CopyNotice>(CopyNotice.class, this, QinglianPackage.ORGANISATION__COPY_NOTICES);
		}
		return copyNotices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Report> getReports() {
		if (reports == null) {
			reports = new EObjectContainmentEList<Report>(Report.class, this, QinglianPackage.ORGANISATION__REPORTS);
		}
		return reports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QinglianPackage.ORGANISATION__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case QinglianPackage.ORGANISATION__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS:
				return ((InternalEList<?>)getChargeAssignments()).basicRemove(otherEnd, msgs);
			case QinglianPackage.ORGANISATION__REPORTING_LINES:
				return ((InternalEList<?>)getReportingLines()).basicRemove(otherEnd, msgs);
			case QinglianPackage.ORGANISATION__COPY_NOTICES:
				return ((InternalEList<?>)getCopyNotices()).basicRemove(otherEnd, msgs);
			case QinglianPackage.ORGANISATION__REPORTS:
				return ((InternalEList<?>)getReports()).basicRemove(otherEnd, msgs);
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
			case QinglianPackage.ORGANISATION__FORMAT_VERSION:
				return getFormatVersion();
			case QinglianPackage.ORGANISATION__UNITS:
				return getUnits();
			case QinglianPackage.ORGANISATION__PEOPLE:
				return getPeople();
			case QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS:
				return getChargeAssignments();
			case QinglianPackage.ORGANISATION__REPORTING_LINES:
				return getReportingLines();
			case QinglianPackage.ORGANISATION__COPY_NOTICES:
				return getCopyNotices();
			case QinglianPackage.ORGANISATION__REPORTS:
				return getReports();
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
			case QinglianPackage.ORGANISATION__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case QinglianPackage.ORGANISATION__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends Unit>)newValue);
				return;
			case QinglianPackage.ORGANISATION__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS:
				getChargeAssignments().clear();
				getChargeAssignments().addAll((Collection<? extends ChargeAssignment>)newValue);
				return;
			case QinglianPackage.ORGANISATION__REPORTING_LINES:
				getReportingLines().clear();
				getReportingLines().addAll((Collection<? extends ReportingLine>)newValue);
				return;
			case QinglianPackage.ORGANISATION__COPY_NOTICES:
				getCopyNotices().clear();
				getCopyNotices().addAll((Collection<? extends CopyNotice>)newValue);
				return;
			case QinglianPackage.ORGANISATION__REPORTS:
				getReports().clear();
				getReports().addAll((Collection<? extends Report>)newValue);
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
			case QinglianPackage.ORGANISATION__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case QinglianPackage.ORGANISATION__UNITS:
				getUnits().clear();
				return;
			case QinglianPackage.ORGANISATION__PEOPLE:
				getPeople().clear();
				return;
			case QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS:
				getChargeAssignments().clear();
				return;
			case QinglianPackage.ORGANISATION__REPORTING_LINES:
				getReportingLines().clear();
				return;
			case QinglianPackage.ORGANISATION__COPY_NOTICES:
				getCopyNotices().clear();
				return;
			case QinglianPackage.ORGANISATION__REPORTS:
				getReports().clear();
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
			case QinglianPackage.ORGANISATION__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case QinglianPackage.ORGANISATION__UNITS:
				return units != null && !units.isEmpty();
			case QinglianPackage.ORGANISATION__PEOPLE:
				return people != null && !people.isEmpty();
			case QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS:
				return chargeAssignments != null && !chargeAssignments.isEmpty();
			case QinglianPackage.ORGANISATION__REPORTING_LINES:
				return reportingLines != null && !reportingLines.isEmpty();
			case QinglianPackage.ORGANISATION__COPY_NOTICES:
				return copyNotices != null && !copyNotices.isEmpty();
			case QinglianPackage.ORGANISATION__REPORTS:
				return reports != null && !reports.isEmpty();
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
