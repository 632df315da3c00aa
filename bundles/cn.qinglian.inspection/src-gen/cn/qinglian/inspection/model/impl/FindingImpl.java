/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.FindingSource;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.LiaisonStation;
import cn.qinglian.inspection.model.Severity;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

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
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getSource <em>Source</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getFoundOn <em>Found On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getPosts <em>Posts</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getTour <em>Tour</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getLiaisonStation <em>Liaison Station</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getInspectionDate <em>Inspection Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FindingImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends IdentifiedImpl implements Finding {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.MINOR;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final FindingSource SOURCE_EDEFAULT = FindingSource.TOUR;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected FindingSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoundOn() <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOUND_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundOn() <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate foundOn = FOUND_ON_EDEFAULT;

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
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> persons;

	/**
	 * The cached value of the '{@link #getPosts() <em>Posts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Post> posts;

	/**
	 * The cached value of the '{@link #getTour() <em>Tour</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTour()
	 * @generated
	 * @ordered
	 */
	protected InspectionTour tour;

	/**
	 * The cached value of the '{@link #getComplaint() <em>Complaint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaint()
	 * @generated
	 * @ordered
	 */
	protected Complaint complaint;

	/**
	 * The cached value of the '{@link #getLiaisonStation() <em>Liaison Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiaisonStation()
	 * @generated
	 * @ordered
	 */
	protected LiaisonStation liaisonStation;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

	/**
	 * The default value of the '{@link #getInspectionDate() <em>Inspection Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSPECTION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInspectionDate() <em>Inspection Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate inspectionDate = INSPECTION_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceFile> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(FindingSource newSource) {
		FindingSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFoundOn() {
		return foundOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundOn(LocalDate newFoundOn) {
		LocalDate oldFoundOn = foundOn;
		foundOn = newFoundOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__FOUND_ON, oldFoundOn, foundOn));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FINDING__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPersons() {
		if (persons == null) {
			persons = new EObjectResolvingEList<Person>(Person.class, this, InspectionPackage.FINDING__PERSONS);
		}
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Post> getPosts() {
		if (posts == null) {
			posts = new EObjectResolvingEList<Post>(Post.class, this, InspectionPackage.FINDING__POSTS);
		}
		return posts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionTour getTour() {
		if (tour != null && tour.eIsProxy()) {
			InternalEObject oldTour = (InternalEObject)tour;
			tour = (InspectionTour)eResolveProxy(oldTour);
			if (tour != oldTour) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FINDING__TOUR, oldTour, tour));
			}
		}
		return tour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionTour basicGetTour() {
		return tour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTour(InspectionTour newTour) {
		InspectionTour oldTour = tour;
		tour = newTour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__TOUR, oldTour, tour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complaint getComplaint() {
		if (complaint != null && complaint.eIsProxy()) {
			InternalEObject oldComplaint = (InternalEObject)complaint;
			complaint = (Complaint)eResolveProxy(oldComplaint);
			if (complaint != oldComplaint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FINDING__COMPLAINT, oldComplaint, complaint));
			}
		}
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Complaint basicGetComplaint() {
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaint(Complaint newComplaint) {
		Complaint oldComplaint = complaint;
		complaint = newComplaint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__COMPLAINT, oldComplaint, complaint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LiaisonStation getLiaisonStation() {
		if (liaisonStation != null && liaisonStation.eIsProxy()) {
			InternalEObject oldLiaisonStation = (InternalEObject)liaisonStation;
			liaisonStation = (LiaisonStation)eResolveProxy(oldLiaisonStation);
			if (liaisonStation != oldLiaisonStation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FINDING__LIAISON_STATION, oldLiaisonStation, liaisonStation));
			}
		}
		return liaisonStation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LiaisonStation basicGetLiaisonStation() {
		return liaisonStation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLiaisonStation(LiaisonStation newLiaisonStation) {
		LiaisonStation oldLiaisonStation = liaisonStation;
		liaisonStation = newLiaisonStation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__LIAISON_STATION, oldLiaisonStation, liaisonStation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getEnterprise() {
		if (enterprise != null && enterprise.eIsProxy()) {
			InternalEObject oldEnterprise = (InternalEObject)enterprise;
			enterprise = (Enterprise)eResolveProxy(oldEnterprise);
			if (enterprise != oldEnterprise) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FINDING__ENTERPRISE, oldEnterprise, enterprise));
			}
		}
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(Enterprise newEnterprise) {
		Enterprise oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInspectionDate() {
		return inspectionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectionDate(LocalDate newInspectionDate) {
		LocalDate oldInspectionDate = inspectionDate;
		inspectionDate = newInspectionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FINDING__INSPECTION_DATE, oldInspectionDate, inspectionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceFile> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceFile>(EvidenceFile.class, this, InspectionPackage.FINDING__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.FINDING__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.FINDING__TITLE:
				return getTitle();
			case InspectionPackage.FINDING__DESCRIPTION:
				return getDescription();
			case InspectionPackage.FINDING__CATEGORY:
				return getCategory();
			case InspectionPackage.FINDING__SEVERITY:
				return getSeverity();
			case InspectionPackage.FINDING__SOURCE:
				return getSource();
			case InspectionPackage.FINDING__FOUND_ON:
				return getFoundOn();
			case InspectionPackage.FINDING__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case InspectionPackage.FINDING__PERSONS:
				return getPersons();
			case InspectionPackage.FINDING__POSTS:
				return getPosts();
			case InspectionPackage.FINDING__TOUR:
				if (resolve) return getTour();
				return basicGetTour();
			case InspectionPackage.FINDING__COMPLAINT:
				if (resolve) return getComplaint();
				return basicGetComplaint();
			case InspectionPackage.FINDING__LIAISON_STATION:
				if (resolve) return getLiaisonStation();
				return basicGetLiaisonStation();
			case InspectionPackage.FINDING__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case InspectionPackage.FINDING__INSPECTION_DATE:
				return getInspectionDate();
			case InspectionPackage.FINDING__EVIDENCE:
				return getEvidence();
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
			case InspectionPackage.FINDING__TITLE:
				setTitle((String)newValue);
				return;
			case InspectionPackage.FINDING__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case InspectionPackage.FINDING__CATEGORY:
				setCategory((String)newValue);
				return;
			case InspectionPackage.FINDING__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case InspectionPackage.FINDING__SOURCE:
				setSource((FindingSource)newValue);
				return;
			case InspectionPackage.FINDING__FOUND_ON:
				setFoundOn((LocalDate)newValue);
				return;
			case InspectionPackage.FINDING__UNIT:
				setUnit((Unit)newValue);
				return;
			case InspectionPackage.FINDING__PERSONS:
				getPersons().clear();
				getPersons().addAll((Collection<? extends Person>)newValue);
				return;
			case InspectionPackage.FINDING__POSTS:
				getPosts().clear();
				getPosts().addAll((Collection<? extends Post>)newValue);
				return;
			case InspectionPackage.FINDING__TOUR:
				setTour((InspectionTour)newValue);
				return;
			case InspectionPackage.FINDING__COMPLAINT:
				setComplaint((Complaint)newValue);
				return;
			case InspectionPackage.FINDING__LIAISON_STATION:
				setLiaisonStation((LiaisonStation)newValue);
				return;
			case InspectionPackage.FINDING__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case InspectionPackage.FINDING__INSPECTION_DATE:
				setInspectionDate((LocalDate)newValue);
				return;
			case InspectionPackage.FINDING__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceFile>)newValue);
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
			case InspectionPackage.FINDING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case InspectionPackage.FINDING__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case InspectionPackage.FINDING__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case InspectionPackage.FINDING__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case InspectionPackage.FINDING__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case InspectionPackage.FINDING__FOUND_ON:
				setFoundOn(FOUND_ON_EDEFAULT);
				return;
			case InspectionPackage.FINDING__UNIT:
				setUnit((Unit)null);
				return;
			case InspectionPackage.FINDING__PERSONS:
				getPersons().clear();
				return;
			case InspectionPackage.FINDING__POSTS:
				getPosts().clear();
				return;
			case InspectionPackage.FINDING__TOUR:
				setTour((InspectionTour)null);
				return;
			case InspectionPackage.FINDING__COMPLAINT:
				setComplaint((Complaint)null);
				return;
			case InspectionPackage.FINDING__LIAISON_STATION:
				setLiaisonStation((LiaisonStation)null);
				return;
			case InspectionPackage.FINDING__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case InspectionPackage.FINDING__INSPECTION_DATE:
				setInspectionDate(INSPECTION_DATE_EDEFAULT);
				return;
			case InspectionPackage.FINDING__EVIDENCE:
				getEvidence().clear();
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
			case InspectionPackage.FINDING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case InspectionPackage.FINDING__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case InspectionPackage.FINDING__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case InspectionPackage.FINDING__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case InspectionPackage.FINDING__SOURCE:
				return source != SOURCE_EDEFAULT;
			case InspectionPackage.FINDING__FOUND_ON:
				return FOUND_ON_EDEFAULT == null ? foundOn != null : !FOUND_ON_EDEFAULT.equals(foundOn);
			case InspectionPackage.FINDING__UNIT:
				return unit != null;
			case InspectionPackage.FINDING__PERSONS:
				return persons != null && !persons.isEmpty();
			case InspectionPackage.FINDING__POSTS:
				return posts != null && !posts.isEmpty();
			case InspectionPackage.FINDING__TOUR:
				return tour != null;
			case InspectionPackage.FINDING__COMPLAINT:
				return complaint != null;
			case InspectionPackage.FINDING__LIAISON_STATION:
				return liaisonStation != null;
			case InspectionPackage.FINDING__ENTERPRISE:
				return enterprise != null;
			case InspectionPackage.FINDING__INSPECTION_DATE:
				return INSPECTION_DATE_EDEFAULT == null ? inspectionDate != null : !INSPECTION_DATE_EDEFAULT.equals(inspectionDate);
			case InspectionPackage.FINDING__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", category: ");
		result.append(category);
		result.append(", severity: ");
		result.append(severity);
		result.append(", source: ");
		result.append(source);
		result.append(", foundOn: ");
		result.append(foundOn);
		result.append(", inspectionDate: ");
		result.append(inspectionDate);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
