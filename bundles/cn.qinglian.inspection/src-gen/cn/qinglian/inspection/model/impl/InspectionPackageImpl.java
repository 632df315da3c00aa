/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.BanquetFiling;
import cn.qinglian.inspection.model.Complainant;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintChannel;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.FindingSource;
import cn.qinglian.inspection.model.IdentityReveal;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;
import cn.qinglian.inspection.model.LeaderResponsibility;
import cn.qinglian.inspection.model.LiaisonStation;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.Severity;
import cn.qinglian.inspection.model.StateTransition;
import cn.qinglian.inspection.model.StationVisit;
import cn.qinglian.inspection.model.TourStatus;

import cn.qinglian.model.QinglianPackage;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InspectionPackageImpl extends EPackageImpl implements InspectionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionRootEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionTourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rectificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stateTransitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass investigationCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leaderInvestigationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complaintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complainantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identityRevealEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseInspectionFilingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass banquetFilingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pledgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pledgeSignatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass liaisonStationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stationVisitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass feedbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tourStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum findingSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rectificationStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum leaderResponsibilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complaintChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complainantTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complaintStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateTimeEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see cn.qinglian.inspection.model.InspectionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InspectionPackageImpl() {
		super(eNS_URI, InspectionFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link InspectionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InspectionPackage init() {
		if (isInited) return (InspectionPackage)EPackage.Registry.INSTANCE.getEPackage(InspectionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInspectionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InspectionPackageImpl theInspectionPackage = registeredInspectionPackage instanceof InspectionPackageImpl ? (InspectionPackageImpl)registeredInspectionPackage : new InspectionPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		QinglianPackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theInspectionPackage.createPackageContents();

		// Initialize created meta-data
		theInspectionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInspectionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InspectionPackage.eNS_URI, theInspectionPackage);
		return theInspectionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionRoot() {
		return inspectionRootEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRoot_AcknowledgeDays() {
		return (EAttribute)inspectionRootEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRoot_HandleDays() {
		return (EAttribute)inspectionRootEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRoot_PriorityHandleDays() {
		return (EAttribute)inspectionRootEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Tours() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Findings() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Rectifications() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Cases() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Complaints() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Enterprises() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_EnterpriseFilings() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_BanquetFilings() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Pledges() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Signatures() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_LiaisonStations() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionRoot_Reveals() {
		return (EReference)inspectionRootEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionTour() {
		return inspectionTourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionTour_TargetUnits() {
		return (EReference)inspectionTourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionTour_Team() {
		return (EReference)inspectionTourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionTour_TeamLeader() {
		return (EReference)inspectionTourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionTour_Start() {
		return (EAttribute)inspectionTourEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionTour_End() {
		return (EAttribute)inspectionTourEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionTour_Focus() {
		return (EAttribute)inspectionTourEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionTour_Status() {
		return (EAttribute)inspectionTourEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionTour_Summary() {
		return (EAttribute)inspectionTourEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Title() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Description() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Category() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Severity() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Source() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_FoundOn() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Unit() {
		return (EReference)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Persons() {
		return (EReference)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Posts() {
		return (EReference)findingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Tour() {
		return (EReference)findingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Complaint() {
		return (EReference)findingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_LiaisonStation() {
		return (EReference)findingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Enterprise() {
		return (EReference)findingEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_InspectionDate() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Evidence() {
		return (EReference)findingEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceFile() {
		return evidenceFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_FileName() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_StoredPath() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_Sha256() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceFile_AddedOn() {
		return (EAttribute)evidenceFileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRectification() {
		return rectificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRectification_Finding() {
		return (EReference)rectificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectification_Measure() {
		return (EAttribute)rectificationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRectification_OwnerPost() {
		return (EReference)rectificationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectification_Deadline() {
		return (EAttribute)rectificationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectification_State() {
		return (EAttribute)rectificationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRectification_Transitions() {
		return (EReference)rectificationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStateTransition() {
		return stateTransitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateTransition_From() {
		return (EAttribute)stateTransitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateTransition_To() {
		return (EAttribute)stateTransitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateTransition_By() {
		return (EAttribute)stateTransitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateTransition_At() {
		return (EAttribute)stateTransitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateTransition_Reason() {
		return (EAttribute)stateTransitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvestigationCase() {
		return investigationCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationCase_Title() {
		return (EAttribute)investigationCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationCase_Subject() {
		return (EReference)investigationCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationCase_SubjectPost() {
		return (EReference)investigationCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationCase_Finding() {
		return (EReference)investigationCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationCase_OpenedOn() {
		return (EAttribute)investigationCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationCase_Decision() {
		return (EAttribute)investigationCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationCase_DecidedOn() {
		return (EAttribute)investigationCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationCase_SecondInvestigations() {
		return (EReference)investigationCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationCase_PublicNoticeOn() {
		return (EAttribute)investigationCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationCase_PublicNotice() {
		return (EAttribute)investigationCaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLeaderInvestigation() {
		return leaderInvestigationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLeaderInvestigation_LeaderPost() {
		return (EReference)leaderInvestigationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLeaderInvestigation_Leader() {
		return (EReference)leaderInvestigationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeaderInvestigation_Responsibility() {
		return (EAttribute)leaderInvestigationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeaderInvestigation_Decision() {
		return (EAttribute)leaderInvestigationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeaderInvestigation_DecidedOn() {
		return (EAttribute)leaderInvestigationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplaint() {
		return complaintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Number() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ReceivedOn() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Channel() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ComplainantType() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Complainant() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Summary() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Category() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_TargetUnit() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_TargetPerson() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_TargetPost() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Suspended() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Enterprise() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_InspectionDate() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_LiaisonStation() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_AcknowledgedOn() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_HandledOn() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Status() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Outcome() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplainant() {
		return complainantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplainant_Name() {
		return (EAttribute)complainantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplainant_Contact() {
		return (EAttribute)complainantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplainant_Organisation() {
		return (EAttribute)complainantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentityReveal() {
		return identityRevealEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentityReveal_Complaint() {
		return (EReference)identityRevealEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityReveal_By() {
		return (EAttribute)identityRevealEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityReveal_At() {
		return (EAttribute)identityRevealEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityReveal_Reason() {
		return (EAttribute)identityRevealEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterprise() {
		return enterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_CreditCode() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Sector() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_KeyEnterprise() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterpriseInspectionFiling() {
		return enterpriseInspectionFilingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseInspectionFiling_Officer() {
		return (EReference)enterpriseInspectionFilingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseInspectionFiling_Unit() {
		return (EReference)enterpriseInspectionFilingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterpriseInspectionFiling_Enterprise() {
		return (EReference)enterpriseInspectionFilingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseInspectionFiling_Date() {
		return (EAttribute)enterpriseInspectionFilingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseInspectionFiling_Purpose() {
		return (EAttribute)enterpriseInspectionFilingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseInspectionFiling_FiledOn() {
		return (EAttribute)enterpriseInspectionFilingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBanquetFiling() {
		return banquetFilingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBanquetFiling_Person() {
		return (EReference)banquetFilingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBanquetFiling_Date() {
		return (EAttribute)banquetFilingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBanquetFiling_Occasion() {
		return (EAttribute)banquetFilingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBanquetFiling_Place() {
		return (EAttribute)banquetFilingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBanquetFiling_Participants() {
		return (EAttribute)banquetFilingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBanquetFiling_FiledOn() {
		return (EAttribute)banquetFilingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPledge() {
		return pledgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPledge_Title() {
		return (EAttribute)pledgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPledge_Version() {
		return (EAttribute)pledgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPledge_Items() {
		return (EAttribute)pledgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPledge_IssuedOn() {
		return (EAttribute)pledgeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPledge_Scope() {
		return (EAttribute)pledgeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPledgeSignature() {
		return pledgeSignatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPledgeSignature_Person() {
		return (EReference)pledgeSignatureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPledgeSignature_Pledge() {
		return (EReference)pledgeSignatureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPledgeSignature_SignedOn() {
		return (EAttribute)pledgeSignatureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLiaisonStation() {
		return liaisonStationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiaisonStation_Association() {
		return (EReference)liaisonStationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiaisonStation_ServiceTeam() {
		return (EReference)liaisonStationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiaisonStation_Visits() {
		return (EReference)liaisonStationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiaisonStation_Feedback() {
		return (EReference)liaisonStationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStationVisit() {
		return stationVisitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStationVisit_Date() {
		return (EAttribute)stationVisitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStationVisit_Visitors() {
		return (EReference)stationVisitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStationVisit_Notes() {
		return (EAttribute)stationVisitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeedback() {
		return feedbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_ReceivedOn() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedback_Enterprise() {
		return (EReference)feedbackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Text() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedback_Complaint() {
		return (EReference)feedbackEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedback_Finding() {
		return (EReference)feedbackEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTourStatus() {
		return tourStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFindingSource() {
		return findingSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRectificationState() {
		return rectificationStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLeaderResponsibility() {
		return leaderResponsibilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecision() {
		return decisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplaintChannel() {
		return complaintChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplainantType() {
		return complainantTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplaintStatus() {
		return complaintStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDateTime() {
		return localDateTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionFactory getInspectionFactory() {
		return (InspectionFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		inspectionRootEClass = createEClass(INSPECTION_ROOT);
		createEAttribute(inspectionRootEClass, INSPECTION_ROOT__ACKNOWLEDGE_DAYS);
		createEAttribute(inspectionRootEClass, INSPECTION_ROOT__HANDLE_DAYS);
		createEAttribute(inspectionRootEClass, INSPECTION_ROOT__PRIORITY_HANDLE_DAYS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__TOURS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__FINDINGS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__RECTIFICATIONS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__CASES);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__COMPLAINTS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__ENTERPRISES);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__ENTERPRISE_FILINGS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__BANQUET_FILINGS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__PLEDGES);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__SIGNATURES);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__LIAISON_STATIONS);
		createEReference(inspectionRootEClass, INSPECTION_ROOT__REVEALS);

		inspectionTourEClass = createEClass(INSPECTION_TOUR);
		createEReference(inspectionTourEClass, INSPECTION_TOUR__TARGET_UNITS);
		createEReference(inspectionTourEClass, INSPECTION_TOUR__TEAM);
		createEReference(inspectionTourEClass, INSPECTION_TOUR__TEAM_LEADER);
		createEAttribute(inspectionTourEClass, INSPECTION_TOUR__START);
		createEAttribute(inspectionTourEClass, INSPECTION_TOUR__END);
		createEAttribute(inspectionTourEClass, INSPECTION_TOUR__FOCUS);
		createEAttribute(inspectionTourEClass, INSPECTION_TOUR__STATUS);
		createEAttribute(inspectionTourEClass, INSPECTION_TOUR__SUMMARY);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__TITLE);
		createEAttribute(findingEClass, FINDING__DESCRIPTION);
		createEAttribute(findingEClass, FINDING__CATEGORY);
		createEAttribute(findingEClass, FINDING__SEVERITY);
		createEAttribute(findingEClass, FINDING__SOURCE);
		createEAttribute(findingEClass, FINDING__FOUND_ON);
		createEReference(findingEClass, FINDING__UNIT);
		createEReference(findingEClass, FINDING__PERSONS);
		createEReference(findingEClass, FINDING__POSTS);
		createEReference(findingEClass, FINDING__TOUR);
		createEReference(findingEClass, FINDING__COMPLAINT);
		createEReference(findingEClass, FINDING__LIAISON_STATION);
		createEReference(findingEClass, FINDING__ENTERPRISE);
		createEAttribute(findingEClass, FINDING__INSPECTION_DATE);
		createEReference(findingEClass, FINDING__EVIDENCE);

		evidenceFileEClass = createEClass(EVIDENCE_FILE);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__FILE_NAME);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__STORED_PATH);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__SHA256);
		createEAttribute(evidenceFileEClass, EVIDENCE_FILE__ADDED_ON);

		rectificationEClass = createEClass(RECTIFICATION);
		createEReference(rectificationEClass, RECTIFICATION__FINDING);
		createEAttribute(rectificationEClass, RECTIFICATION__MEASURE);
		createEReference(rectificationEClass, RECTIFICATION__OWNER_POST);
		createEAttribute(rectificationEClass, RECTIFICATION__DEADLINE);
		createEAttribute(rectificationEClass, RECTIFICATION__STATE);
		createEReference(rectificationEClass, RECTIFICATION__TRANSITIONS);

		stateTransitionEClass = createEClass(STATE_TRANSITION);
		createEAttribute(stateTransitionEClass, STATE_TRANSITION__FROM);
		createEAttribute(stateTransitionEClass, STATE_TRANSITION__TO);
		createEAttribute(stateTransitionEClass, STATE_TRANSITION__BY);
		createEAttribute(stateTransitionEClass, STATE_TRANSITION__AT);
		createEAttribute(stateTransitionEClass, STATE_TRANSITION__REASON);

		investigationCaseEClass = createEClass(INVESTIGATION_CASE);
		createEAttribute(investigationCaseEClass, INVESTIGATION_CASE__TITLE);
		createEReference(investigationCaseEClass, INVESTIGATION_CASE__SUBJECT);
		createEReference(investigationCaseEClass, INVESTIGATION_CASE__SUBJECT_POST);
		createEReference(investigationCaseEClass, INVESTIGATION_CASE__FINDING);
		createEAttribute(investigationCaseEClass, INVESTIGATION_CASE__OPENED_ON);
		createEAttribute(investigationCaseEClass, INVESTIGATION_CASE__DECISION);
		createEAttribute(investigationCaseEClass, INVESTIGATION_CASE__DECIDED_ON);
		createEReference(investigationCaseEClass, INVESTIGATION_CASE__SECOND_INVESTIGATIONS);
		createEAttribute(investigationCaseEClass, INVESTIGATION_CASE__PUBLIC_NOTICE_ON);
		createEAttribute(investigationCaseEClass, INVESTIGATION_CASE__PUBLIC_NOTICE);

		leaderInvestigationEClass = createEClass(LEADER_INVESTIGATION);
		createEReference(leaderInvestigationEClass, LEADER_INVESTIGATION__LEADER_POST);
		createEReference(leaderInvestigationEClass, LEADER_INVESTIGATION__LEADER);
		createEAttribute(leaderInvestigationEClass, LEADER_INVESTIGATION__RESPONSIBILITY);
		createEAttribute(leaderInvestigationEClass, LEADER_INVESTIGATION__DECISION);
		createEAttribute(leaderInvestigationEClass, LEADER_INVESTIGATION__DECIDED_ON);

		complaintEClass = createEClass(COMPLAINT);
		createEAttribute(complaintEClass, COMPLAINT__NUMBER);
		createEAttribute(complaintEClass, COMPLAINT__RECEIVED_ON);
		createEAttribute(complaintEClass, COMPLAINT__CHANNEL);
		createEAttribute(complaintEClass, COMPLAINT__COMPLAINANT_TYPE);
		createEReference(complaintEClass, COMPLAINT__COMPLAINANT);
		createEAttribute(complaintEClass, COMPLAINT__SUMMARY);
		createEAttribute(complaintEClass, COMPLAINT__CATEGORY);
		createEReference(complaintEClass, COMPLAINT__TARGET_UNIT);
		createEReference(complaintEClass, COMPLAINT__TARGET_PERSON);
		createEReference(complaintEClass, COMPLAINT__TARGET_POST);
		createEAttribute(complaintEClass, COMPLAINT__SUSPENDED);
		createEReference(complaintEClass, COMPLAINT__ENTERPRISE);
		createEAttribute(complaintEClass, COMPLAINT__INSPECTION_DATE);
		createEReference(complaintEClass, COMPLAINT__LIAISON_STATION);
		createEAttribute(complaintEClass, COMPLAINT__ACKNOWLEDGED_ON);
		createEAttribute(complaintEClass, COMPLAINT__HANDLED_ON);
		createEAttribute(complaintEClass, COMPLAINT__STATUS);
		createEAttribute(complaintEClass, COMPLAINT__OUTCOME);

		complainantEClass = createEClass(COMPLAINANT);
		createEAttribute(complainantEClass, COMPLAINANT__NAME);
		createEAttribute(complainantEClass, COMPLAINANT__CONTACT);
		createEAttribute(complainantEClass, COMPLAINANT__ORGANISATION);

		identityRevealEClass = createEClass(IDENTITY_REVEAL);
		createEReference(identityRevealEClass, IDENTITY_REVEAL__COMPLAINT);
		createEAttribute(identityRevealEClass, IDENTITY_REVEAL__BY);
		createEAttribute(identityRevealEClass, IDENTITY_REVEAL__AT);
		createEAttribute(identityRevealEClass, IDENTITY_REVEAL__REASON);

		enterpriseEClass = createEClass(ENTERPRISE);
		createEAttribute(enterpriseEClass, ENTERPRISE__CREDIT_CODE);
		createEAttribute(enterpriseEClass, ENTERPRISE__SECTOR);
		createEAttribute(enterpriseEClass, ENTERPRISE__KEY_ENTERPRISE);

		enterpriseInspectionFilingEClass = createEClass(ENTERPRISE_INSPECTION_FILING);
		createEReference(enterpriseInspectionFilingEClass, ENTERPRISE_INSPECTION_FILING__OFFICER);
		createEReference(enterpriseInspectionFilingEClass, ENTERPRISE_INSPECTION_FILING__UNIT);
		createEReference(enterpriseInspectionFilingEClass, ENTERPRISE_INSPECTION_FILING__ENTERPRISE);
		createEAttribute(enterpriseInspectionFilingEClass, ENTERPRISE_INSPECTION_FILING__DATE);
		createEAttribute(enterpriseInspectionFilingEClass, ENTERPRISE_INSPECTION_FILING__PURPOSE);
		createEAttribute(enterpriseInspectionFilingEClass, ENTERPRISE_INSPECTION_FILING__FILED_ON);

		banquetFilingEClass = createEClass(BANQUET_FILING);
		createEReference(banquetFilingEClass, BANQUET_FILING__PERSON);
		createEAttribute(banquetFilingEClass, BANQUET_FILING__DATE);
		createEAttribute(banquetFilingEClass, BANQUET_FILING__OCCASION);
		createEAttribute(banquetFilingEClass, BANQUET_FILING__PLACE);
		createEAttribute(banquetFilingEClass, BANQUET_FILING__PARTICIPANTS);
		createEAttribute(banquetFilingEClass, BANQUET_FILING__FILED_ON);

		pledgeEClass = createEClass(PLEDGE);
		createEAttribute(pledgeEClass, PLEDGE__TITLE);
		createEAttribute(pledgeEClass, PLEDGE__VERSION);
		createEAttribute(pledgeEClass, PLEDGE__ITEMS);
		createEAttribute(pledgeEClass, PLEDGE__ISSUED_ON);
		createEAttribute(pledgeEClass, PLEDGE__SCOPE);

		pledgeSignatureEClass = createEClass(PLEDGE_SIGNATURE);
		createEReference(pledgeSignatureEClass, PLEDGE_SIGNATURE__PERSON);
		createEReference(pledgeSignatureEClass, PLEDGE_SIGNATURE__PLEDGE);
		createEAttribute(pledgeSignatureEClass, PLEDGE_SIGNATURE__SIGNED_ON);

		liaisonStationEClass = createEClass(LIAISON_STATION);
		createEReference(liaisonStationEClass, LIAISON_STATION__ASSOCIATION);
		createEReference(liaisonStationEClass, LIAISON_STATION__SERVICE_TEAM);
		createEReference(liaisonStationEClass, LIAISON_STATION__VISITS);
		createEReference(liaisonStationEClass, LIAISON_STATION__FEEDBACK);

		stationVisitEClass = createEClass(STATION_VISIT);
		createEAttribute(stationVisitEClass, STATION_VISIT__DATE);
		createEReference(stationVisitEClass, STATION_VISIT__VISITORS);
		createEAttribute(stationVisitEClass, STATION_VISIT__NOTES);

		feedbackEClass = createEClass(FEEDBACK);
		createEAttribute(feedbackEClass, FEEDBACK__RECEIVED_ON);
		createEReference(feedbackEClass, FEEDBACK__ENTERPRISE);
		createEAttribute(feedbackEClass, FEEDBACK__TEXT);
		createEReference(feedbackEClass, FEEDBACK__COMPLAINT);
		createEReference(feedbackEClass, FEEDBACK__FINDING);

		// Create enums
		tourStatusEEnum = createEEnum(TOUR_STATUS);
		severityEEnum = createEEnum(SEVERITY);
		findingSourceEEnum = createEEnum(FINDING_SOURCE);
		rectificationStateEEnum = createEEnum(RECTIFICATION_STATE);
		leaderResponsibilityEEnum = createEEnum(LEADER_RESPONSIBILITY);
		decisionEEnum = createEEnum(DECISION);
		complaintChannelEEnum = createEEnum(COMPLAINT_CHANNEL);
		complainantTypeEEnum = createEEnum(COMPLAINANT_TYPE);
		complaintStatusEEnum = createEEnum(COMPLAINT_STATUS);

		// Create data types
		localDateTimeEDataType = createEDataType(LOCAL_DATE_TIME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		QinglianPackage theQinglianPackage = (QinglianPackage)EPackage.Registry.INSTANCE.getEPackage(QinglianPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		inspectionRootEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		inspectionTourEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		findingEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		evidenceFileEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		rectificationEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		investigationCaseEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		leaderInvestigationEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		complaintEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		identityRevealEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		enterpriseEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		enterpriseInspectionFilingEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		banquetFilingEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		pledgeEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		pledgeSignatureEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		liaisonStationEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		stationVisitEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		feedbackEClass.getESuperTypes().add(theQinglianPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(inspectionRootEClass, InspectionRoot.class, "InspectionRoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspectionRoot_AcknowledgeDays(), ecorePackage.getEInt(), "acknowledgeDays", "1", 0, 1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRoot_HandleDays(), ecorePackage.getEInt(), "handleDays", "7", 0, 1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRoot_PriorityHandleDays(), ecorePackage.getEInt(), "priorityHandleDays", "3", 0, 1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Tours(), this.getInspectionTour(), null, "tours", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Findings(), this.getFinding(), null, "findings", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Rectifications(), this.getRectification(), null, "rectifications", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Cases(), this.getInvestigationCase(), null, "cases", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Complaints(), this.getComplaint(), null, "complaints", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Enterprises(), this.getEnterprise(), null, "enterprises", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_EnterpriseFilings(), this.getEnterpriseInspectionFiling(), null, "enterpriseFilings", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_BanquetFilings(), this.getBanquetFiling(), null, "banquetFilings", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Pledges(), this.getPledge(), null, "pledges", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Signatures(), this.getPledgeSignature(), null, "signatures", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_LiaisonStations(), this.getLiaisonStation(), null, "liaisonStations", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionRoot_Reveals(), this.getIdentityReveal(), null, "reveals", null, 0, -1, InspectionRoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionTourEClass, InspectionTour.class, "InspectionTour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInspectionTour_TargetUnits(), theQinglianPackage.getUnit(), null, "targetUnits", null, 0, -1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionTour_Team(), theQinglianPackage.getPerson(), null, "team", null, 0, -1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionTour_TeamLeader(), theQinglianPackage.getPerson(), null, "teamLeader", null, 0, 1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionTour_Start(), theQinglianPackage.getLocalDate(), "start", null, 0, 1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionTour_End(), theQinglianPackage.getLocalDate(), "end", null, 0, 1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionTour_Focus(), ecorePackage.getEString(), "focus", null, 0, -1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionTour_Status(), this.getTourStatus(), "status", null, 0, 1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionTour_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, InspectionTour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Title(), ecorePackage.getEString(), "title", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Description(), ecorePackage.getEString(), "description", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Category(), ecorePackage.getEString(), "category", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Severity(), this.getSeverity(), "severity", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Source(), this.getFindingSource(), "source", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_FoundOn(), theQinglianPackage.getLocalDate(), "foundOn", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Unit(), theQinglianPackage.getUnit(), null, "unit", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Persons(), theQinglianPackage.getPerson(), null, "persons", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Posts(), theQinglianPackage.getPost(), null, "posts", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Tour(), this.getInspectionTour(), null, "tour", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Complaint(), this.getComplaint(), null, "complaint", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_LiaisonStation(), this.getLiaisonStation(), null, "liaisonStation", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_InspectionDate(), theQinglianPackage.getLocalDate(), "inspectionDate", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Evidence(), this.getEvidenceFile(), null, "evidence", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceFileEClass, EvidenceFile.class, "EvidenceFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceFile_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_StoredPath(), ecorePackage.getEString(), "storedPath", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceFile_AddedOn(), theQinglianPackage.getLocalDate(), "addedOn", null, 0, 1, EvidenceFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rectificationEClass, Rectification.class, "Rectification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRectification_Finding(), this.getFinding(), null, "finding", null, 0, 1, Rectification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRectification_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, Rectification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRectification_OwnerPost(), theQinglianPackage.getPost(), null, "ownerPost", null, 0, 1, Rectification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRectification_Deadline(), theQinglianPackage.getLocalDate(), "deadline", null, 0, 1, Rectification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRectification_State(), this.getRectificationState(), "state", null, 0, 1, Rectification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRectification_Transitions(), this.getStateTransition(), null, "transitions", null, 0, -1, Rectification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stateTransitionEClass, StateTransition.class, "StateTransition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStateTransition_From(), this.getRectificationState(), "from", null, 0, 1, StateTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateTransition_To(), this.getRectificationState(), "to", null, 0, 1, StateTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateTransition_By(), ecorePackage.getEString(), "by", null, 0, 1, StateTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateTransition_At(), this.getLocalDateTime(), "at", null, 0, 1, StateTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateTransition_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, StateTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(investigationCaseEClass, InvestigationCase.class, "InvestigationCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvestigationCase_Title(), ecorePackage.getEString(), "title", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationCase_Subject(), theQinglianPackage.getPerson(), null, "subject", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationCase_SubjectPost(), theQinglianPackage.getPost(), null, "subjectPost", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationCase_Finding(), this.getFinding(), null, "finding", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationCase_OpenedOn(), theQinglianPackage.getLocalDate(), "openedOn", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationCase_Decision(), this.getDecision(), "decision", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationCase_DecidedOn(), theQinglianPackage.getLocalDate(), "decidedOn", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationCase_SecondInvestigations(), this.getLeaderInvestigation(), null, "secondInvestigations", null, 0, -1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationCase_PublicNoticeOn(), theQinglianPackage.getLocalDate(), "publicNoticeOn", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationCase_PublicNotice(), ecorePackage.getEString(), "publicNotice", null, 0, 1, InvestigationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(leaderInvestigationEClass, LeaderInvestigation.class, "LeaderInvestigation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLeaderInvestigation_LeaderPost(), theQinglianPackage.getPost(), null, "leaderPost", null, 0, 1, LeaderInvestigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLeaderInvestigation_Leader(), theQinglianPackage.getPerson(), null, "leader", null, 0, 1, LeaderInvestigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeaderInvestigation_Responsibility(), this.getLeaderResponsibility(), "responsibility", null, 0, 1, LeaderInvestigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeaderInvestigation_Decision(), this.getDecision(), "decision", null, 0, 1, LeaderInvestigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeaderInvestigation_DecidedOn(), theQinglianPackage.getLocalDate(), "decidedOn", null, 0, 1, LeaderInvestigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(complaintEClass, Complaint.class, "Complaint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComplaint_Number(), ecorePackage.getEString(), "number", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ReceivedOn(), theQinglianPackage.getLocalDate(), "receivedOn", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Channel(), this.getComplaintChannel(), "channel", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ComplainantType(), this.getComplainantType(), "complainantType", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Complainant(), this.getComplainant(), null, "complainant", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Category(), ecorePackage.getEString(), "category", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_TargetUnit(), theQinglianPackage.getUnit(), null, "targetUnit", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_TargetPerson(), theQinglianPackage.getPerson(), null, "targetPerson", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_TargetPost(), theQinglianPackage.getPost(), null, "targetPost", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Suspended(), ecorePackage.getEBoolean(), "suspended", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_InspectionDate(), theQinglianPackage.getLocalDate(), "inspectionDate", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_LiaisonStation(), this.getLiaisonStation(), null, "liaisonStation", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_AcknowledgedOn(), theQinglianPackage.getLocalDate(), "acknowledgedOn", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_HandledOn(), theQinglianPackage.getLocalDate(), "handledOn", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Status(), this.getComplaintStatus(), "status", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(complainantEClass, Complainant.class, "Complainant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComplainant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Complainant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplainant_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, Complainant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplainant_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Complainant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identityRevealEClass, IdentityReveal.class, "IdentityReveal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIdentityReveal_Complaint(), this.getComplaint(), null, "complaint", null, 0, 1, IdentityReveal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentityReveal_By(), ecorePackage.getEString(), "by", null, 0, 1, IdentityReveal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentityReveal_At(), this.getLocalDateTime(), "at", null, 0, 1, IdentityReveal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentityReveal_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, IdentityReveal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enterpriseEClass, Enterprise.class, "Enterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnterprise_CreditCode(), ecorePackage.getEString(), "creditCode", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_Sector(), ecorePackage.getEString(), "sector", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_KeyEnterprise(), ecorePackage.getEBoolean(), "keyEnterprise", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enterpriseInspectionFilingEClass, EnterpriseInspectionFiling.class, "EnterpriseInspectionFiling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnterpriseInspectionFiling_Officer(), theQinglianPackage.getPerson(), null, "officer", null, 0, 1, EnterpriseInspectionFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseInspectionFiling_Unit(), theQinglianPackage.getUnit(), null, "unit", null, 0, 1, EnterpriseInspectionFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterpriseInspectionFiling_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, EnterpriseInspectionFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterpriseInspectionFiling_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, EnterpriseInspectionFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterpriseInspectionFiling_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, EnterpriseInspectionFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterpriseInspectionFiling_FiledOn(), theQinglianPackage.getLocalDate(), "filedOn", null, 0, 1, EnterpriseInspectionFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(banquetFilingEClass, BanquetFiling.class, "BanquetFiling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBanquetFiling_Person(), theQinglianPackage.getPerson(), null, "person", null, 0, 1, BanquetFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBanquetFiling_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, BanquetFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBanquetFiling_Occasion(), ecorePackage.getEString(), "occasion", null, 0, 1, BanquetFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBanquetFiling_Place(), ecorePackage.getEString(), "place", null, 0, 1, BanquetFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBanquetFiling_Participants(), ecorePackage.getEInt(), "participants", null, 0, 1, BanquetFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBanquetFiling_FiledOn(), theQinglianPackage.getLocalDate(), "filedOn", null, 0, 1, BanquetFiling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pledgeEClass, Pledge.class, "Pledge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPledge_Title(), ecorePackage.getEString(), "title", null, 0, 1, Pledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPledge_Version(), ecorePackage.getEInt(), "version", null, 0, 1, Pledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPledge_Items(), ecorePackage.getEString(), "items", null, 0, -1, Pledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPledge_IssuedOn(), theQinglianPackage.getLocalDate(), "issuedOn", null, 0, 1, Pledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPledge_Scope(), theQinglianPackage.getUnitKind(), "scope", null, 0, -1, Pledge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pledgeSignatureEClass, PledgeSignature.class, "PledgeSignature", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPledgeSignature_Person(), theQinglianPackage.getPerson(), null, "person", null, 0, 1, PledgeSignature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPledgeSignature_Pledge(), this.getPledge(), null, "pledge", null, 0, 1, PledgeSignature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPledgeSignature_SignedOn(), theQinglianPackage.getLocalDate(), "signedOn", null, 0, 1, PledgeSignature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(liaisonStationEClass, LiaisonStation.class, "LiaisonStation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLiaisonStation_Association(), theQinglianPackage.getUnit(), null, "association", null, 0, 1, LiaisonStation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLiaisonStation_ServiceTeam(), theQinglianPackage.getPerson(), null, "serviceTeam", null, 0, -1, LiaisonStation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLiaisonStation_Visits(), this.getStationVisit(), null, "visits", null, 0, -1, LiaisonStation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLiaisonStation_Feedback(), this.getFeedback(), null, "feedback", null, 0, -1, LiaisonStation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stationVisitEClass, StationVisit.class, "StationVisit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStationVisit_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, StationVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStationVisit_Visitors(), theQinglianPackage.getPerson(), null, "visitors", null, 0, -1, StationVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStationVisit_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, StationVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(feedbackEClass, Feedback.class, "Feedback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeedback_ReceivedOn(), theQinglianPackage.getLocalDate(), "receivedOn", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeedback_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Text(), ecorePackage.getEString(), "text", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeedback_Complaint(), this.getComplaint(), null, "complaint", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeedback_Finding(), this.getFinding(), null, "finding", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(tourStatusEEnum, TourStatus.class, "TourStatus");
		addEEnumLiteral(tourStatusEEnum, TourStatus.PLANNED);
		addEEnumLiteral(tourStatusEEnum, TourStatus.IN_PROGRESS);
		addEEnumLiteral(tourStatusEEnum, TourStatus.REPORTED);
		addEEnumLiteral(tourStatusEEnum, TourStatus.CLOSED);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.MINOR);
		addEEnumLiteral(severityEEnum, Severity.SERIOUS);
		addEEnumLiteral(severityEEnum, Severity.GRAVE);

		initEEnum(findingSourceEEnum, FindingSource.class, "FindingSource");
		addEEnumLiteral(findingSourceEEnum, FindingSource.TOUR);
		addEEnumLiteral(findingSourceEEnum, FindingSource.COMPLAINT);
		addEEnumLiteral(findingSourceEEnum, FindingSource.LIAISON_STATION);
		addEEnumLiteral(findingSourceEEnum, FindingSource.FILING_CROSS_CHECK);
		addEEnumLiteral(findingSourceEEnum, FindingSource.OTHER);

		initEEnum(rectificationStateEEnum, RectificationState.class, "RectificationState");
		addEEnumLiteral(rectificationStateEEnum, RectificationState.OPEN);
		addEEnumLiteral(rectificationStateEEnum, RectificationState.IN_PROGRESS);
		addEEnumLiteral(rectificationStateEEnum, RectificationState.SUBMITTED);
		addEEnumLiteral(rectificationStateEEnum, RectificationState.VERIFIED);
		addEEnumLiteral(rectificationStateEEnum, RectificationState.CLOSED);

		initEEnum(leaderResponsibilityEEnum, LeaderResponsibility.class, "LeaderResponsibility");
		addEEnumLiteral(leaderResponsibilityEEnum, LeaderResponsibility.HEAD_OF_UNIT);
		addEEnumLiteral(leaderResponsibilityEEnum, LeaderResponsibility.LEADER_IN_CHARGE);

		initEEnum(decisionEEnum, Decision.class, "Decision");
		addEEnumLiteral(decisionEEnum, Decision.PENDING);
		addEEnumLiteral(decisionEEnum, Decision.NOT_ESTABLISHED);
		addEEnumLiteral(decisionEEnum, Decision.TALK_REMINDER);
		addEEnumLiteral(decisionEEnum, Decision.CRITICISM);
		addEEnumLiteral(decisionEEnum, Decision.ADMONISHMENT);
		addEEnumLiteral(decisionEEnum, Decision.PARTY_DISCIPLINE);
		addEEnumLiteral(decisionEEnum, Decision.GOVERNMENT_SANCTION);
		addEEnumLiteral(decisionEEnum, Decision.ACCOUNTABILITY);
		addEEnumLiteral(decisionEEnum, Decision.TRANSFERRED);

		initEEnum(complaintChannelEEnum, ComplaintChannel.class, "ComplaintChannel");
		addEEnumLiteral(complaintChannelEEnum, ComplaintChannel.WECHAT);
		addEEnumLiteral(complaintChannelEEnum, ComplaintChannel.EMAIL);
		addEEnumLiteral(complaintChannelEEnum, ComplaintChannel.HOTLINE_12388);
		addEEnumLiteral(complaintChannelEEnum, ComplaintChannel.LIAISON_STATION);
		addEEnumLiteral(complaintChannelEEnum, ComplaintChannel.LETTER);
		addEEnumLiteral(complaintChannelEEnum, ComplaintChannel.VISIT);

		initEEnum(complainantTypeEEnum, ComplainantType.class, "ComplainantType");
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.NPC_DEPUTY);
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.CPPCC_MEMBER);
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.KEY_ENTERPRISE);
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.LARGE_ENTERPRISE);
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.INVESTOR);
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.ANONYMOUS);
		addEEnumLiteral(complainantTypeEEnum, ComplainantType.CITIZEN);

		initEEnum(complaintStatusEEnum, ComplaintStatus.class, "ComplaintStatus");
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.RECEIVED);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.ACKNOWLEDGED);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.INVESTIGATING);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.HANDLED);

		// Initialize data types
		initEDataType(localDateTimeEDataType, LocalDateTime.class, "LocalDateTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //InspectionPackageImpl
