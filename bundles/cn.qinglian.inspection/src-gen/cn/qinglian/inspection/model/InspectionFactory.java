/**
 */
package cn.qinglian.inspection.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage
 * @generated
 */
public interface InspectionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InspectionFactory eINSTANCE = cn.qinglian.inspection.model.impl.InspectionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Root</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Root</em>'.
	 * @generated
	 */
	InspectionRoot createInspectionRoot();

	/**
	 * Returns a new object of class '<em>Tour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tour</em>'.
	 * @generated
	 */
	InspectionTour createInspectionTour();

	/**
	 * Returns a new object of class '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finding</em>'.
	 * @generated
	 */
	Finding createFinding();

	/**
	 * Returns a new object of class '<em>Evidence File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence File</em>'.
	 * @generated
	 */
	EvidenceFile createEvidenceFile();

	/**
	 * Returns a new object of class '<em>Rectification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rectification</em>'.
	 * @generated
	 */
	Rectification createRectification();

	/**
	 * Returns a new object of class '<em>State Transition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>State Transition</em>'.
	 * @generated
	 */
	StateTransition createStateTransition();

	/**
	 * Returns a new object of class '<em>Investigation Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Investigation Case</em>'.
	 * @generated
	 */
	InvestigationCase createInvestigationCase();

	/**
	 * Returns a new object of class '<em>Leader Investigation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Leader Investigation</em>'.
	 * @generated
	 */
	LeaderInvestigation createLeaderInvestigation();

	/**
	 * Returns a new object of class '<em>Complaint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Complaint</em>'.
	 * @generated
	 */
	Complaint createComplaint();

	/**
	 * Returns a new object of class '<em>Complainant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Complainant</em>'.
	 * @generated
	 */
	Complainant createComplainant();

	/**
	 * Returns a new object of class '<em>Identity Reveal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identity Reveal</em>'.
	 * @generated
	 */
	IdentityReveal createIdentityReveal();

	/**
	 * Returns a new object of class '<em>Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise</em>'.
	 * @generated
	 */
	Enterprise createEnterprise();

	/**
	 * Returns a new object of class '<em>Enterprise Inspection Filing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise Inspection Filing</em>'.
	 * @generated
	 */
	EnterpriseInspectionFiling createEnterpriseInspectionFiling();

	/**
	 * Returns a new object of class '<em>Banquet Filing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Banquet Filing</em>'.
	 * @generated
	 */
	BanquetFiling createBanquetFiling();

	/**
	 * Returns a new object of class '<em>Pledge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pledge</em>'.
	 * @generated
	 */
	Pledge createPledge();

	/**
	 * Returns a new object of class '<em>Pledge Signature</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pledge Signature</em>'.
	 * @generated
	 */
	PledgeSignature createPledgeSignature();

	/**
	 * Returns a new object of class '<em>Liaison Station</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Liaison Station</em>'.
	 * @generated
	 */
	LiaisonStation createLiaisonStation();

	/**
	 * Returns a new object of class '<em>Station Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Station Visit</em>'.
	 * @generated
	 */
	StationVisit createStationVisit();

	/**
	 * Returns a new object of class '<em>Feedback</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feedback</em>'.
	 * @generated
	 */
	Feedback createFeedback();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	InspectionPackage getInspectionPackage();

} //InspectionFactory
