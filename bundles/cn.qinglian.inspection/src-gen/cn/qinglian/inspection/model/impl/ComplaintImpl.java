/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Complainant;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintChannel;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.LiaisonStation;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getComplainantType <em>Complainant Type</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getComplainant <em>Complainant</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getTargetUnit <em>Target Unit</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getTargetPerson <em>Target Person</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getTargetPost <em>Target Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#isSuspended <em>Suspended</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getInspectionDate <em>Inspection Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getLiaisonStation <em>Liaison Station</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getAcknowledgedOn <em>Acknowledged On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getHandledOn <em>Handled On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.ComplaintImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComplaintImpl extends IdentifiedImpl implements Complaint {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedOn = RECEIVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintChannel CHANNEL_EDEFAULT = ComplaintChannel.WECHAT;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected ComplaintChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplainantType() <em>Complainant Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplainantType()
	 * @generated
	 * @ordered
	 */
	protected static final ComplainantType COMPLAINANT_TYPE_EDEFAULT = ComplainantType.NPC_DEPUTY;

	/**
	 * The cached value of the '{@link #getComplainantType() <em>Complainant Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplainantType()
	 * @generated
	 * @ordered
	 */
	protected ComplainantType complainantType = COMPLAINANT_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComplainant() <em>Complainant</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplainant()
	 * @generated
	 * @ordered
	 */
	protected Complainant complainant;

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
	 * The cached value of the '{@link #getTargetUnit() <em>Target Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit targetUnit;

	/**
	 * The cached value of the '{@link #getTargetPerson() <em>Target Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPerson()
	 * @generated
	 * @ordered
	 */
	protected Person targetPerson;

	/**
	 * The cached value of the '{@link #getTargetPost() <em>Target Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPost()
	 * @generated
	 * @ordered
	 */
	protected Post targetPost;

	/**
	 * The default value of the '{@link #isSuspended() <em>Suspended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuspended()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUSPENDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSuspended() <em>Suspended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuspended()
	 * @generated
	 * @ordered
	 */
	protected boolean suspended = SUSPENDED_EDEFAULT;

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
	 * The cached value of the '{@link #getLiaisonStation() <em>Liaison Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiaisonStation()
	 * @generated
	 * @ordered
	 */
	protected LiaisonStation liaisonStation;

	/**
	 * The default value of the '{@link #getAcknowledgedOn() <em>Acknowledged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACKNOWLEDGED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcknowledgedOn() <em>Acknowledged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate acknowledgedOn = ACKNOWLEDGED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandledOn() <em>Handled On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate HANDLED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandledOn() <em>Handled On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate handledOn = HANDLED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintStatus STATUS_EDEFAULT = ComplaintStatus.RECEIVED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ComplaintStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComplaintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.COMPLAINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedOn(LocalDate newReceivedOn) {
		LocalDate oldReceivedOn = receivedOn;
		receivedOn = newReceivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__RECEIVED_ON, oldReceivedOn, receivedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(ComplaintChannel newChannel) {
		ComplaintChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplainantType getComplainantType() {
		return complainantType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplainantType(ComplainantType newComplainantType) {
		ComplainantType oldComplainantType = complainantType;
		complainantType = newComplainantType == null ? COMPLAINANT_TYPE_EDEFAULT : newComplainantType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__COMPLAINANT_TYPE, oldComplainantType, complainantType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complainant getComplainant() {
		return complainant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetComplainant(Complainant newComplainant, NotificationChain msgs) {
		Complainant oldComplainant = complainant;
		complainant = newComplainant;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__COMPLAINANT, oldComplainant, newComplainant);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplainant(Complainant newComplainant) {
		if (newComplainant != complainant) {
			NotificationChain msgs = null;
			if (complainant != null)
				msgs = ((InternalEObject)complainant).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InspectionPackage.COMPLAINT__COMPLAINANT, null, msgs);
			if (newComplainant != null)
				msgs = ((InternalEObject)newComplainant).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InspectionPackage.COMPLAINT__COMPLAINANT, null, msgs);
			msgs = basicSetComplainant(newComplainant, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__COMPLAINANT, newComplainant, newComplainant));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__SUMMARY, oldSummary, summary));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getTargetUnit() {
		if (targetUnit != null && targetUnit.eIsProxy()) {
			InternalEObject oldTargetUnit = (InternalEObject)targetUnit;
			targetUnit = (Unit)eResolveProxy(oldTargetUnit);
			if (targetUnit != oldTargetUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.COMPLAINT__TARGET_UNIT, oldTargetUnit, targetUnit));
			}
		}
		return targetUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetTargetUnit() {
		return targetUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetUnit(Unit newTargetUnit) {
		Unit oldTargetUnit = targetUnit;
		targetUnit = newTargetUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__TARGET_UNIT, oldTargetUnit, targetUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getTargetPerson() {
		if (targetPerson != null && targetPerson.eIsProxy()) {
			InternalEObject oldTargetPerson = (InternalEObject)targetPerson;
			targetPerson = (Person)eResolveProxy(oldTargetPerson);
			if (targetPerson != oldTargetPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.COMPLAINT__TARGET_PERSON, oldTargetPerson, targetPerson));
			}
		}
		return targetPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetTargetPerson() {
		return targetPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPerson(Person newTargetPerson) {
		Person oldTargetPerson = targetPerson;
		targetPerson = newTargetPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__TARGET_PERSON, oldTargetPerson, targetPerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getTargetPost() {
		if (targetPost != null && targetPost.eIsProxy()) {
			InternalEObject oldTargetPost = (InternalEObject)targetPost;
			targetPost = (Post)eResolveProxy(oldTargetPost);
			if (targetPost != oldTargetPost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.COMPLAINT__TARGET_POST, oldTargetPost, targetPost));
			}
		}
		return targetPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetTargetPost() {
		return targetPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPost(Post newTargetPost) {
		Post oldTargetPost = targetPost;
		targetPost = newTargetPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__TARGET_POST, oldTargetPost, targetPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuspended() {
		return suspended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuspended(boolean newSuspended) {
		boolean oldSuspended = suspended;
		suspended = newSuspended;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__SUSPENDED, oldSuspended, suspended));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.COMPLAINT__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__INSPECTION_DATE, oldInspectionDate, inspectionDate));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.COMPLAINT__LIAISON_STATION, oldLiaisonStation, liaisonStation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__LIAISON_STATION, oldLiaisonStation, liaisonStation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAcknowledgedOn() {
		return acknowledgedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedOn(LocalDate newAcknowledgedOn) {
		LocalDate oldAcknowledgedOn = acknowledgedOn;
		acknowledgedOn = newAcknowledgedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__ACKNOWLEDGED_ON, oldAcknowledgedOn, acknowledgedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getHandledOn() {
		return handledOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandledOn(LocalDate newHandledOn) {
		LocalDate oldHandledOn = handledOn;
		handledOn = newHandledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__HANDLED_ON, oldHandledOn, handledOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ComplaintStatus newStatus) {
		ComplaintStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.COMPLAINT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.COMPLAINT__COMPLAINANT:
				return basicSetComplainant(null, msgs);
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
			case InspectionPackage.COMPLAINT__NUMBER:
				return getNumber();
			case InspectionPackage.COMPLAINT__RECEIVED_ON:
				return getReceivedOn();
			case InspectionPackage.COMPLAINT__CHANNEL:
				return getChannel();
			case InspectionPackage.COMPLAINT__COMPLAINANT_TYPE:
				return getComplainantType();
			case InspectionPackage.COMPLAINT__COMPLAINANT:
				return getComplainant();
			case InspectionPackage.COMPLAINT__SUMMARY:
				return getSummary();
			case InspectionPackage.COMPLAINT__CATEGORY:
				return getCategory();
			case InspectionPackage.COMPLAINT__TARGET_UNIT:
				if (resolve) return getTargetUnit();
				return basicGetTargetUnit();
			case InspectionPackage.COMPLAINT__TARGET_PERSON:
				if (resolve) return getTargetPerson();
				return basicGetTargetPerson();
			case InspectionPackage.COMPLAINT__TARGET_POST:
				if (resolve) return getTargetPost();
				return basicGetTargetPost();
			case InspectionPackage.COMPLAINT__SUSPENDED:
				return isSuspended();
			case InspectionPackage.COMPLAINT__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case InspectionPackage.COMPLAINT__INSPECTION_DATE:
				return getInspectionDate();
			case InspectionPackage.COMPLAINT__LIAISON_STATION:
				if (resolve) return getLiaisonStation();
				return basicGetLiaisonStation();
			case InspectionPackage.COMPLAINT__ACKNOWLEDGED_ON:
				return getAcknowledgedOn();
			case InspectionPackage.COMPLAINT__HANDLED_ON:
				return getHandledOn();
			case InspectionPackage.COMPLAINT__STATUS:
				return getStatus();
			case InspectionPackage.COMPLAINT__OUTCOME:
				return getOutcome();
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
			case InspectionPackage.COMPLAINT__NUMBER:
				setNumber((String)newValue);
				return;
			case InspectionPackage.COMPLAINT__RECEIVED_ON:
				setReceivedOn((LocalDate)newValue);
				return;
			case InspectionPackage.COMPLAINT__CHANNEL:
				setChannel((ComplaintChannel)newValue);
				return;
			case InspectionPackage.COMPLAINT__COMPLAINANT_TYPE:
				setComplainantType((ComplainantType)newValue);
				return;
			case InspectionPackage.COMPLAINT__COMPLAINANT:
				setComplainant((Complainant)newValue);
				return;
			case InspectionPackage.COMPLAINT__SUMMARY:
				setSummary((String)newValue);
				return;
			case InspectionPackage.COMPLAINT__CATEGORY:
				setCategory((String)newValue);
				return;
			case InspectionPackage.COMPLAINT__TARGET_UNIT:
				setTargetUnit((Unit)newValue);
				return;
			case InspectionPackage.COMPLAINT__TARGET_PERSON:
				setTargetPerson((Person)newValue);
				return;
			case InspectionPackage.COMPLAINT__TARGET_POST:
				setTargetPost((Post)newValue);
				return;
			case InspectionPackage.COMPLAINT__SUSPENDED:
				setSuspended((Boolean)newValue);
				return;
			case InspectionPackage.COMPLAINT__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case InspectionPackage.COMPLAINT__INSPECTION_DATE:
				setInspectionDate((LocalDate)newValue);
				return;
			case InspectionPackage.COMPLAINT__LIAISON_STATION:
				setLiaisonStation((LiaisonStation)newValue);
				return;
			case InspectionPackage.COMPLAINT__ACKNOWLEDGED_ON:
				setAcknowledgedOn((LocalDate)newValue);
				return;
			case InspectionPackage.COMPLAINT__HANDLED_ON:
				setHandledOn((LocalDate)newValue);
				return;
			case InspectionPackage.COMPLAINT__STATUS:
				setStatus((ComplaintStatus)newValue);
				return;
			case InspectionPackage.COMPLAINT__OUTCOME:
				setOutcome((String)newValue);
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
			case InspectionPackage.COMPLAINT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__RECEIVED_ON:
				setReceivedOn(RECEIVED_ON_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__COMPLAINANT_TYPE:
				setComplainantType(COMPLAINANT_TYPE_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__COMPLAINANT:
				setComplainant((Complainant)null);
				return;
			case InspectionPackage.COMPLAINT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__TARGET_UNIT:
				setTargetUnit((Unit)null);
				return;
			case InspectionPackage.COMPLAINT__TARGET_PERSON:
				setTargetPerson((Person)null);
				return;
			case InspectionPackage.COMPLAINT__TARGET_POST:
				setTargetPost((Post)null);
				return;
			case InspectionPackage.COMPLAINT__SUSPENDED:
				setSuspended(SUSPENDED_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case InspectionPackage.COMPLAINT__INSPECTION_DATE:
				setInspectionDate(INSPECTION_DATE_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__LIAISON_STATION:
				setLiaisonStation((LiaisonStation)null);
				return;
			case InspectionPackage.COMPLAINT__ACKNOWLEDGED_ON:
				setAcknowledgedOn(ACKNOWLEDGED_ON_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__HANDLED_ON:
				setHandledOn(HANDLED_ON_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case InspectionPackage.COMPLAINT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
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
			case InspectionPackage.COMPLAINT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case InspectionPackage.COMPLAINT__RECEIVED_ON:
				return RECEIVED_ON_EDEFAULT == null ? receivedOn != null : !RECEIVED_ON_EDEFAULT.equals(receivedOn);
			case InspectionPackage.COMPLAINT__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case InspectionPackage.COMPLAINT__COMPLAINANT_TYPE:
				return complainantType != COMPLAINANT_TYPE_EDEFAULT;
			case InspectionPackage.COMPLAINT__COMPLAINANT:
				return complainant != null;
			case InspectionPackage.COMPLAINT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case InspectionPackage.COMPLAINT__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case InspectionPackage.COMPLAINT__TARGET_UNIT:
				return targetUnit != null;
			case InspectionPackage.COMPLAINT__TARGET_PERSON:
				return targetPerson != null;
			case InspectionPackage.COMPLAINT__TARGET_POST:
				return targetPost != null;
			case InspectionPackage.COMPLAINT__SUSPENDED:
				return suspended != SUSPENDED_EDEFAULT;
			case InspectionPackage.COMPLAINT__ENTERPRISE:
				return enterprise != null;
			case InspectionPackage.COMPLAINT__INSPECTION_DATE:
				return INSPECTION_DATE_EDEFAULT == null ? inspectionDate != null : !INSPECTION_DATE_EDEFAULT.equals(inspectionDate);
			case InspectionPackage.COMPLAINT__LIAISON_STATION:
				return liaisonStation != null;
			case InspectionPackage.COMPLAINT__ACKNOWLEDGED_ON:
				return ACKNOWLEDGED_ON_EDEFAULT == null ? acknowledgedOn != null : !ACKNOWLEDGED_ON_EDEFAULT.equals(acknowledgedOn);
			case InspectionPackage.COMPLAINT__HANDLED_ON:
				return HANDLED_ON_EDEFAULT == null ? handledOn != null : !HANDLED_ON_EDEFAULT.equals(handledOn);
			case InspectionPackage.COMPLAINT__STATUS:
				return status != STATUS_EDEFAULT;
			case InspectionPackage.COMPLAINT__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", receivedOn: ");
		result.append(receivedOn);
		result.append(", channel: ");
		result.append(channel);
		result.append(", complainantType: ");
		result.append(complainantType);
		result.append(", summary: ");
		result.append(summary);
		result.append(", category: ");
		result.append(category);
		result.append(", suspended: ");
		result.append(suspended);
		result.append(", inspectionDate: ");
		result.append(inspectionDate);
		result.append(", acknowledgedOn: ");
		result.append(acknowledgedOn);
		result.append(", handledOn: ");
		result.append(handledOn);
		result.append(", status: ");
		result.append(status);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //ComplaintImpl
