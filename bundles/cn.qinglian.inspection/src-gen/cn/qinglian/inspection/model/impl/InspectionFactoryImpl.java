/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.*;

import java.time.LocalDateTime;

import java.time.format.DateTimeFormatter;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InspectionFactoryImpl extends EFactoryImpl implements InspectionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static InspectionFactory init() {
		try {
			InspectionFactory theInspectionFactory = (InspectionFactory)EPackage.Registry.INSTANCE.getEFactory(InspectionPackage.eNS_URI);
			if (theInspectionFactory != null) {
				return theInspectionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new InspectionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case InspectionPackage.INSPECTION_ROOT: return createInspectionRoot();
			case InspectionPackage.INSPECTION_TOUR: return createInspectionTour();
			case InspectionPackage.FINDING: return createFinding();
			case InspectionPackage.EVIDENCE_FILE: return createEvidenceFile();
			case InspectionPackage.RECTIFICATION: return createRectification();
			case InspectionPackage.STATE_TRANSITION: return createStateTransition();
			case InspectionPackage.INVESTIGATION_CASE: return createInvestigationCase();
			case InspectionPackage.LEADER_INVESTIGATION: return createLeaderInvestigation();
			case InspectionPackage.COMPLAINT: return createComplaint();
			case InspectionPackage.COMPLAINANT: return createComplainant();
			case InspectionPackage.IDENTITY_REVEAL: return createIdentityReveal();
			case InspectionPackage.ENTERPRISE: return createEnterprise();
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING: return createEnterpriseInspectionFiling();
			case InspectionPackage.BANQUET_FILING: return createBanquetFiling();
			case InspectionPackage.PLEDGE: return createPledge();
			case InspectionPackage.PLEDGE_SIGNATURE: return createPledgeSignature();
			case InspectionPackage.LIAISON_STATION: return createLiaisonStation();
			case InspectionPackage.STATION_VISIT: return createStationVisit();
			case InspectionPackage.FEEDBACK: return createFeedback();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case InspectionPackage.TOUR_STATUS:
				return createTourStatusFromString(eDataType, initialValue);
			case InspectionPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case InspectionPackage.FINDING_SOURCE:
				return createFindingSourceFromString(eDataType, initialValue);
			case InspectionPackage.RECTIFICATION_STATE:
				return createRectificationStateFromString(eDataType, initialValue);
			case InspectionPackage.LEADER_RESPONSIBILITY:
				return createLeaderResponsibilityFromString(eDataType, initialValue);
			case InspectionPackage.DECISION:
				return createDecisionFromString(eDataType, initialValue);
			case InspectionPackage.COMPLAINT_CHANNEL:
				return createComplaintChannelFromString(eDataType, initialValue);
			case InspectionPackage.COMPLAINANT_TYPE:
				return createComplainantTypeFromString(eDataType, initialValue);
			case InspectionPackage.COMPLAINT_STATUS:
				return createComplaintStatusFromString(eDataType, initialValue);
			case InspectionPackage.LOCAL_DATE_TIME:
				return createLocalDateTimeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case InspectionPackage.TOUR_STATUS:
				return convertTourStatusToString(eDataType, instanceValue);
			case InspectionPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case InspectionPackage.FINDING_SOURCE:
				return convertFindingSourceToString(eDataType, instanceValue);
			case InspectionPackage.RECTIFICATION_STATE:
				return convertRectificationStateToString(eDataType, instanceValue);
			case InspectionPackage.LEADER_RESPONSIBILITY:
				return convertLeaderResponsibilityToString(eDataType, instanceValue);
			case InspectionPackage.DECISION:
				return convertDecisionToString(eDataType, instanceValue);
			case InspectionPackage.COMPLAINT_CHANNEL:
				return convertComplaintChannelToString(eDataType, instanceValue);
			case InspectionPackage.COMPLAINANT_TYPE:
				return convertComplainantTypeToString(eDataType, instanceValue);
			case InspectionPackage.COMPLAINT_STATUS:
				return convertComplaintStatusToString(eDataType, instanceValue);
			case InspectionPackage.LOCAL_DATE_TIME:
				return convertLocalDateTimeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionRoot createInspectionRoot() {
		InspectionRootImpl inspectionRoot = new InspectionRootImpl();
		return inspectionRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionTour createInspectionTour() {
		InspectionTourImpl inspectionTour = new InspectionTourImpl();
		return inspectionTour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceFile createEvidenceFile() {
		EvidenceFileImpl evidenceFile = new EvidenceFileImpl();
		return evidenceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rectification createRectification() {
		RectificationImpl rectification = new RectificationImpl();
		return rectification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateTransition createStateTransition() {
		StateTransitionImpl stateTransition = new StateTransitionImpl();
		return stateTransition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InvestigationCase createInvestigationCase() {
		InvestigationCaseImpl investigationCase = new InvestigationCaseImpl();
		return investigationCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeaderInvestigation createLeaderInvestigation() {
		LeaderInvestigationImpl leaderInvestigation = new LeaderInvestigationImpl();
		return leaderInvestigation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complaint createComplaint() {
		ComplaintImpl complaint = new ComplaintImpl();
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complainant createComplainant() {
		ComplainantImpl complainant = new ComplainantImpl();
		return complainant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityReveal createIdentityReveal() {
		IdentityRevealImpl identityReveal = new IdentityRevealImpl();
		return identityReveal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise createEnterprise() {
		EnterpriseImpl enterprise = new EnterpriseImpl();
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnterpriseInspectionFiling createEnterpriseInspectionFiling() {
		EnterpriseInspectionFilingImpl enterpriseInspectionFiling = new EnterpriseInspectionFilingImpl();
		return enterpriseInspectionFiling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BanquetFiling createBanquetFiling() {
		BanquetFilingImpl banquetFiling = new BanquetFilingImpl();
		return banquetFiling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pledge createPledge() {
		PledgeImpl pledge = new PledgeImpl();
		return pledge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PledgeSignature createPledgeSignature() {
		PledgeSignatureImpl pledgeSignature = new PledgeSignatureImpl();
		return pledgeSignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LiaisonStation createLiaisonStation() {
		LiaisonStationImpl liaisonStation = new LiaisonStationImpl();
		return liaisonStation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StationVisit createStationVisit() {
		StationVisitImpl stationVisit = new StationVisitImpl();
		return stationVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback createFeedback() {
		FeedbackImpl feedback = new FeedbackImpl();
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TourStatus createTourStatusFromString(EDataType eDataType, String initialValue) {
		TourStatus result = TourStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTourStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingSource createFindingSourceFromString(EDataType eDataType, String initialValue) {
		FindingSource result = FindingSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFindingSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RectificationState createRectificationStateFromString(EDataType eDataType, String initialValue) {
		RectificationState result = RectificationState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRectificationStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LeaderResponsibility createLeaderResponsibilityFromString(EDataType eDataType, String initialValue) {
		LeaderResponsibility result = LeaderResponsibility.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLeaderResponsibilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Decision createDecisionFromString(EDataType eDataType, String initialValue) {
		Decision result = Decision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintChannel createComplaintChannelFromString(EDataType eDataType, String initialValue) {
		ComplaintChannel result = ComplaintChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplaintChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplainantType createComplainantTypeFromString(EDataType eDataType, String initialValue) {
		ComplainantType result = ComplainantType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplainantTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintStatus createComplaintStatusFromString(EDataType eDataType, String initialValue) {
		ComplaintStatus result = ComplaintStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplaintStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTime(final String it) {
		return it == null || it.isEmpty() ? null : LocalDateTime.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalDateTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTime(final LocalDateTime it) {
		return it == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDateTime((LocalDateTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionPackage getInspectionPackage() {
		return (InspectionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static InspectionPackage getPackage() {
		return InspectionPackage.eINSTANCE;
	}

} //InspectionFactoryImpl
