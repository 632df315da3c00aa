/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.BanquetFiling;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.IdentityReveal;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LiaisonStation;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.inspection.model.Rectification;

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
 * An implementation of the model object '<em><b>Root</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getAcknowledgeDays <em>Acknowledge Days</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getHandleDays <em>Handle Days</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getPriorityHandleDays <em>Priority Handle Days</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getTours <em>Tours</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getRectifications <em>Rectifications</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getComplaints <em>Complaints</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getEnterpriseFilings <em>Enterprise Filings</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getBanquetFilings <em>Banquet Filings</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getPledges <em>Pledges</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getSignatures <em>Signatures</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getLiaisonStations <em>Liaison Stations</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InspectionRootImpl#getReveals <em>Reveals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionRootImpl extends IdentifiedImpl implements InspectionRoot {
	/**
	 * The default value of the '{@link #getAcknowledgeDays() <em>Acknowledge Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int ACKNOWLEDGE_DAYS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getAcknowledgeDays() <em>Acknowledge Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgeDays()
	 * @generated
	 * @ordered
	 */
	protected int acknowledgeDays = ACKNOWLEDGE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandleDays() <em>Handle Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandleDays()
	 * @generated
	 * @ordered
	 */
	protected static final int HANDLE_DAYS_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getHandleDays() <em>Handle Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandleDays()
	 * @generated
	 * @ordered
	 */
	protected int handleDays = HANDLE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorityHandleDays() <em>Priority Handle Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityHandleDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_HANDLE_DAYS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getPriorityHandleDays() <em>Priority Handle Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityHandleDays()
	 * @generated
	 * @ordered
	 */
	protected int priorityHandleDays = PRIORITY_HANDLE_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTours() <em>Tours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTours()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectionTour> tours;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getRectifications() <em>Rectifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRectifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Rectification> rectifications;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<InvestigationCase> cases;

	/**
	 * The cached value of the '{@link #getComplaints() <em>Complaints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaints()
	 * @generated
	 * @ordered
	 */
	protected EList<Complaint> complaints;

	/**
	 * The cached value of the '{@link #getEnterprises() <em>Enterprises</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected EList<Enterprise> enterprises;

	/**
	 * The cached value of the '{@link #getEnterpriseFilings() <em>Enterprise Filings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterpriseFilings()
	 * @generated
	 * @ordered
	 */
	protected EList<EnterpriseInspectionFiling> enterpriseFilings;

	/**
	 * The cached value of the '{@link #getBanquetFilings() <em>Banquet Filings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBanquetFilings()
	 * @generated
	 * @ordered
	 */
	protected EList<BanquetFiling> banquetFilings;

	/**
	 * The cached value of the '{@link #getPledges() <em>Pledges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPledges()
	 * @generated
	 * @ordered
	 */
	protected EList<Pledge> pledges;

	/**
	 * The cached value of the '{@link #getSignatures() <em>Signatures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatures()
	 * @generated
	 * @ordered
	 */
	protected EList<PledgeSignature> signatures;

	/**
	 * The cached value of the '{@link #getLiaisonStations() <em>Liaison Stations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiaisonStations()
	 * @generated
	 * @ordered
	 */
	protected EList<LiaisonStation> liaisonStations;

	/**
	 * The cached value of the '{@link #getReveals() <em>Reveals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReveals()
	 * @generated
	 * @ordered
	 */
	protected EList<IdentityReveal> reveals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionRootImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION_ROOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAcknowledgeDays() {
		return acknowledgeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgeDays(int newAcknowledgeDays) {
		int oldAcknowledgeDays = acknowledgeDays;
		acknowledgeDays = newAcknowledgeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROOT__ACKNOWLEDGE_DAYS, oldAcknowledgeDays, acknowledgeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHandleDays() {
		return handleDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandleDays(int newHandleDays) {
		int oldHandleDays = handleDays;
		handleDays = newHandleDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROOT__HANDLE_DAYS, oldHandleDays, handleDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriorityHandleDays() {
		return priorityHandleDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorityHandleDays(int newPriorityHandleDays) {
		int oldPriorityHandleDays = priorityHandleDays;
		priorityHandleDays = newPriorityHandleDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROOT__PRIORITY_HANDLE_DAYS, oldPriorityHandleDays, priorityHandleDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectionTour> getTours() {
		if (tours == null) {
			tours = new EObjectContainmentEList<InspectionTour>(InspectionTour.class, this, InspectionPackage.INSPECTION_ROOT__TOURS);
		}
		return tours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, InspectionPackage.INSPECTION_ROOT__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rectification> getRectifications() {
		if (rectifications == null) {
			rectifications = new EObjectContainmentEList<Rectification>(Rectification.class, this, InspectionPackage.INSPECTION_ROOT__RECTIFICATIONS);
		}
		return rectifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InvestigationCase> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<InvestigationCase>(InvestigationCase.class, this, InspectionPackage.INSPECTION_ROOT__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Complaint> getComplaints() {
		if (complaints == null) {
			complaints = new EObjectContainmentEList<Complaint>(Complaint.class, this, InspectionPackage.INSPECTION_ROOT__COMPLAINTS);
		}
		return complaints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Enterprise> getEnterprises() {
		if (enterprises == null) {
			enterprises = new EObjectContainmentEList<Enterprise>(Enterprise.class, this, InspectionPackage.INSPECTION_ROOT__ENTERPRISES);
		}
		return enterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnterpriseInspectionFiling> getEnterpriseFilings() {
		if (enterpriseFilings == null) {
			enterpriseFilings = new EObjectContainmentEList<EnterpriseInspectionFiling>(EnterpriseInspectionFiling.class, this, InspectionPackage.INSPECTION_ROOT__ENTERPRISE_FILINGS);
		}
		return enterpriseFilings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BanquetFiling> getBanquetFilings() {
		if (banquetFilings == null) {
			banquetFilings = new EObjectContainmentEList<BanquetFiling>(BanquetFiling.class, this, InspectionPackage.INSPECTION_ROOT__BANQUET_FILINGS);
		}
		return banquetFilings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pledge> getPledges() {
		if (pledges == null) {
			pledges = new EObjectContainmentEList<Pledge>(Pledge.class, this, InspectionPackage.INSPECTION_ROOT__PLEDGES);
		}
		return pledges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PledgeSignature> getSignatures() {
		if (signatures == null) {
			signatures = new EObjectContainmentEList<PledgeSignature>(PledgeSignature.class, this, InspectionPackage.INSPECTION_ROOT__SIGNATURES);
		}
		return signatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LiaisonStation> getLiaisonStations() {
		if (liaisonStations == null) {
			liaisonStations = new EObjectContainmentEList<LiaisonStation>(LiaisonStation.class, this, InspectionPackage.INSPECTION_ROOT__LIAISON_STATIONS);
		}
		return liaisonStations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IdentityReveal> getReveals() {
		if (reveals == null) {
			reveals = new EObjectContainmentEList<IdentityReveal>(IdentityReveal.class, this, InspectionPackage.INSPECTION_ROOT__REVEALS);
		}
		return reveals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_ROOT__TOURS:
				return ((InternalEList<?>)getTours()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__RECTIFICATIONS:
				return ((InternalEList<?>)getRectifications()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__COMPLAINTS:
				return ((InternalEList<?>)getComplaints()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISES:
				return ((InternalEList<?>)getEnterprises()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISE_FILINGS:
				return ((InternalEList<?>)getEnterpriseFilings()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__BANQUET_FILINGS:
				return ((InternalEList<?>)getBanquetFilings()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__PLEDGES:
				return ((InternalEList<?>)getPledges()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__SIGNATURES:
				return ((InternalEList<?>)getSignatures()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__LIAISON_STATIONS:
				return ((InternalEList<?>)getLiaisonStations()).basicRemove(otherEnd, msgs);
			case InspectionPackage.INSPECTION_ROOT__REVEALS:
				return ((InternalEList<?>)getReveals()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.INSPECTION_ROOT__ACKNOWLEDGE_DAYS:
				return getAcknowledgeDays();
			case InspectionPackage.INSPECTION_ROOT__HANDLE_DAYS:
				return getHandleDays();
			case InspectionPackage.INSPECTION_ROOT__PRIORITY_HANDLE_DAYS:
				return getPriorityHandleDays();
			case InspectionPackage.INSPECTION_ROOT__TOURS:
				return getTours();
			case InspectionPackage.INSPECTION_ROOT__FINDINGS:
				return getFindings();
			case InspectionPackage.INSPECTION_ROOT__RECTIFICATIONS:
				return getRectifications();
			case InspectionPackage.INSPECTION_ROOT__CASES:
				return getCases();
			case InspectionPackage.INSPECTION_ROOT__COMPLAINTS:
				return getComplaints();
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISES:
				return getEnterprises();
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISE_FILINGS:
				return getEnterpriseFilings();
			case InspectionPackage.INSPECTION_ROOT__BANQUET_FILINGS:
				return getBanquetFilings();
			case InspectionPackage.INSPECTION_ROOT__PLEDGES:
				return getPledges();
			case InspectionPackage.INSPECTION_ROOT__SIGNATURES:
				return getSignatures();
			case InspectionPackage.INSPECTION_ROOT__LIAISON_STATIONS:
				return getLiaisonStations();
			case InspectionPackage.INSPECTION_ROOT__REVEALS:
				return getReveals();
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
			case InspectionPackage.INSPECTION_ROOT__ACKNOWLEDGE_DAYS:
				setAcknowledgeDays((Integer)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__HANDLE_DAYS:
				setHandleDays((Integer)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__PRIORITY_HANDLE_DAYS:
				setPriorityHandleDays((Integer)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__TOURS:
				getTours().clear();
				getTours().addAll((Collection<? extends InspectionTour>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__RECTIFICATIONS:
				getRectifications().clear();
				getRectifications().addAll((Collection<? extends Rectification>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends InvestigationCase>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__COMPLAINTS:
				getComplaints().clear();
				getComplaints().addAll((Collection<? extends Complaint>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISES:
				getEnterprises().clear();
				getEnterprises().addAll((Collection<? extends Enterprise>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISE_FILINGS:
				getEnterpriseFilings().clear();
				getEnterpriseFilings().addAll((Collection<? extends EnterpriseInspectionFiling>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__BANQUET_FILINGS:
				getBanquetFilings().clear();
				getBanquetFilings().addAll((Collection<? extends BanquetFiling>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__PLEDGES:
				getPledges().clear();
				getPledges().addAll((Collection<? extends Pledge>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__SIGNATURES:
				getSignatures().clear();
				getSignatures().addAll((Collection<? extends PledgeSignature>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__LIAISON_STATIONS:
				getLiaisonStations().clear();
				getLiaisonStations().addAll((Collection<? extends LiaisonStation>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROOT__REVEALS:
				getReveals().clear();
				getReveals().addAll((Collection<? extends IdentityReveal>)newValue);
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
			case InspectionPackage.INSPECTION_ROOT__ACKNOWLEDGE_DAYS:
				setAcknowledgeDays(ACKNOWLEDGE_DAYS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROOT__HANDLE_DAYS:
				setHandleDays(HANDLE_DAYS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROOT__PRIORITY_HANDLE_DAYS:
				setPriorityHandleDays(PRIORITY_HANDLE_DAYS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROOT__TOURS:
				getTours().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__FINDINGS:
				getFindings().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__RECTIFICATIONS:
				getRectifications().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__CASES:
				getCases().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__COMPLAINTS:
				getComplaints().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISES:
				getEnterprises().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISE_FILINGS:
				getEnterpriseFilings().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__BANQUET_FILINGS:
				getBanquetFilings().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__PLEDGES:
				getPledges().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__SIGNATURES:
				getSignatures().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__LIAISON_STATIONS:
				getLiaisonStations().clear();
				return;
			case InspectionPackage.INSPECTION_ROOT__REVEALS:
				getReveals().clear();
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
			case InspectionPackage.INSPECTION_ROOT__ACKNOWLEDGE_DAYS:
				return acknowledgeDays != ACKNOWLEDGE_DAYS_EDEFAULT;
			case InspectionPackage.INSPECTION_ROOT__HANDLE_DAYS:
				return handleDays != HANDLE_DAYS_EDEFAULT;
			case InspectionPackage.INSPECTION_ROOT__PRIORITY_HANDLE_DAYS:
				return priorityHandleDays != PRIORITY_HANDLE_DAYS_EDEFAULT;
			case InspectionPackage.INSPECTION_ROOT__TOURS:
				return tours != null && !tours.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__FINDINGS:
				return findings != null && !findings.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__RECTIFICATIONS:
				return rectifications != null && !rectifications.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__CASES:
				return cases != null && !cases.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__COMPLAINTS:
				return complaints != null && !complaints.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISES:
				return enterprises != null && !enterprises.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__ENTERPRISE_FILINGS:
				return enterpriseFilings != null && !enterpriseFilings.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__BANQUET_FILINGS:
				return banquetFilings != null && !banquetFilings.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__PLEDGES:
				return pledges != null && !pledges.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__SIGNATURES:
				return signatures != null && !signatures.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__LIAISON_STATIONS:
				return liaisonStations != null && !liaisonStations.isEmpty();
			case InspectionPackage.INSPECTION_ROOT__REVEALS:
				return reveals != null && !reveals.isEmpty();
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
		result.append(" (acknowledgeDays: ");
		result.append(acknowledgeDays);
		result.append(", handleDays: ");
		result.append(handleDays);
		result.append(", priorityHandleDays: ");
		result.append(priorityHandleDays);
		result.append(')');
		return result.toString();
	}

} //InspectionRootImpl
