/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardCadence;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.CriterionWeight;
import cn.qinglian.award.model.Decision;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.ElectionStep;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.model.ScopeLevel;
import cn.qinglian.award.model.StepKind;
import cn.qinglian.award.model.Vote;

import cn.qinglian.model.QinglianPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
public class AwardPackageImpl extends EPackageImpl implements AwardPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass awardBookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass awardTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionWeightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass electionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nominationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass voteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass electionStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum awardCadenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scopeLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum electionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nominationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepKindEEnum = null;

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
	 * @see cn.qinglian.award.model.AwardPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AwardPackageImpl() {
		super(eNS_URI, AwardFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link AwardPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AwardPackage init() {
		if (isInited) return (AwardPackage)EPackage.Registry.INSTANCE.getEPackage(AwardPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAwardPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AwardPackageImpl theAwardPackage = registeredAwardPackage instanceof AwardPackageImpl ? (AwardPackageImpl)registeredAwardPackage : new AwardPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		QinglianPackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theAwardPackage.createPackageContents();

		// Initialize created meta-data
		theAwardPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAwardPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AwardPackage.eNS_URI, theAwardPackage);
		return theAwardPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAwardBook() {
		return awardBookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAwardBook_AwardTypes() {
		return (EReference)awardBookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAwardBook_Elections() {
		return (EReference)awardBookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAwardType() {
		return awardTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_Cadence() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_ScopeLevel() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_Winners() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_VotesPerVoter() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_MinimumTenureMonths() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_NoRepeatPeriods() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_CleanRecordMonths() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAwardType_Criteria() {
		return (EReference)awardTypeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwardType_Description() {
		return (EAttribute)awardTypeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterionWeight() {
		return criterionWeightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterionWeight_Criterion() {
		return (EAttribute)criterionWeightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterionWeight_Weight() {
		return (EAttribute)criterionWeightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElection() {
		return electionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElection_AwardType() {
		return (EReference)electionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElection_Scope() {
		return (EReference)electionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_Period() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_PeriodStart() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_PeriodEnd() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_NominationOpens() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_NominationCloses() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_VotingOpens() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_VotingCloses() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElection_Status() {
		return (EAttribute)electionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElection_Nominations() {
		return (EReference)electionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElection_Votes() {
		return (EReference)electionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElection_Decision() {
		return (EReference)electionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElection_Steps() {
		return (EReference)electionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNomination() {
		return nominationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNomination_Nominee() {
		return (EReference)nominationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNomination_Nominator() {
		return (EReference)nominationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNomination_Kind() {
		return (EAttribute)nominationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNomination_Reason() {
		return (EAttribute)nominationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNomination_Date() {
		return (EAttribute)nominationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVote() {
		return voteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVote_Voter() {
		return (EReference)voteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVote_Nominee() {
		return (EReference)voteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVote_Date() {
		return (EAttribute)voteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision() {
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Date() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Winners() {
		return (EReference)decisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_DecidedBy() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Explanation() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElectionStep() {
		return electionStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectionStep_Date() {
		return (EAttribute)electionStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectionStep_Kind() {
		return (EAttribute)electionStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElectionStep_Actor() {
		return (EReference)electionStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectionStep_Text() {
		return (EAttribute)electionStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAwardCadence() {
		return awardCadenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScopeLevel() {
		return scopeLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getElectionStatus() {
		return electionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNominationKind() {
		return nominationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepKind() {
		return stepKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwardFactory getAwardFactory() {
		return (AwardFactory)getEFactoryInstance();
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
		awardBookEClass = createEClass(AWARD_BOOK);
		createEReference(awardBookEClass, AWARD_BOOK__AWARD_TYPES);
		createEReference(awardBookEClass, AWARD_BOOK__ELECTIONS);

		awardTypeEClass = createEClass(AWARD_TYPE);
		createEAttribute(awardTypeEClass, AWARD_TYPE__CADENCE);
		createEAttribute(awardTypeEClass, AWARD_TYPE__SCOPE_LEVEL);
		createEAttribute(awardTypeEClass, AWARD_TYPE__WINNERS);
		createEAttribute(awardTypeEClass, AWARD_TYPE__VOTES_PER_VOTER);
		createEAttribute(awardTypeEClass, AWARD_TYPE__MINIMUM_TENURE_MONTHS);
		createEAttribute(awardTypeEClass, AWARD_TYPE__NO_REPEAT_PERIODS);
		createEAttribute(awardTypeEClass, AWARD_TYPE__CLEAN_RECORD_MONTHS);
		createEReference(awardTypeEClass, AWARD_TYPE__CRITERIA);
		createEAttribute(awardTypeEClass, AWARD_TYPE__DESCRIPTION);

		criterionWeightEClass = createEClass(CRITERION_WEIGHT);
		createEAttribute(criterionWeightEClass, CRITERION_WEIGHT__CRITERION);
		createEAttribute(criterionWeightEClass, CRITERION_WEIGHT__WEIGHT);

		electionEClass = createEClass(ELECTION);
		createEReference(electionEClass, ELECTION__AWARD_TYPE);
		createEReference(electionEClass, ELECTION__SCOPE);
		createEAttribute(electionEClass, ELECTION__PERIOD);
		createEAttribute(electionEClass, ELECTION__PERIOD_START);
		createEAttribute(electionEClass, ELECTION__PERIOD_END);
		createEAttribute(electionEClass, ELECTION__NOMINATION_OPENS);
		createEAttribute(electionEClass, ELECTION__NOMINATION_CLOSES);
		createEAttribute(electionEClass, ELECTION__VOTING_OPENS);
		createEAttribute(electionEClass, ELECTION__VOTING_CLOSES);
		createEAttribute(electionEClass, ELECTION__STATUS);
		createEReference(electionEClass, ELECTION__NOMINATIONS);
		createEReference(electionEClass, ELECTION__VOTES);
		createEReference(electionEClass, ELECTION__DECISION);
		createEReference(electionEClass, ELECTION__STEPS);

		nominationEClass = createEClass(NOMINATION);
		createEReference(nominationEClass, NOMINATION__NOMINEE);
		createEReference(nominationEClass, NOMINATION__NOMINATOR);
		createEAttribute(nominationEClass, NOMINATION__KIND);
		createEAttribute(nominationEClass, NOMINATION__REASON);
		createEAttribute(nominationEClass, NOMINATION__DATE);

		voteEClass = createEClass(VOTE);
		createEReference(voteEClass, VOTE__VOTER);
		createEReference(voteEClass, VOTE__NOMINEE);
		createEAttribute(voteEClass, VOTE__DATE);

		decisionEClass = createEClass(DECISION);
		createEAttribute(decisionEClass, DECISION__DATE);
		createEReference(decisionEClass, DECISION__WINNERS);
		createEAttribute(decisionEClass, DECISION__DECIDED_BY);
		createEAttribute(decisionEClass, DECISION__EXPLANATION);

		electionStepEClass = createEClass(ELECTION_STEP);
		createEAttribute(electionStepEClass, ELECTION_STEP__DATE);
		createEAttribute(electionStepEClass, ELECTION_STEP__KIND);
		createEReference(electionStepEClass, ELECTION_STEP__ACTOR);
		createEAttribute(electionStepEClass, ELECTION_STEP__TEXT);

		// Create enums
		awardCadenceEEnum = createEEnum(AWARD_CADENCE);
		scopeLevelEEnum = createEEnum(SCOPE_LEVEL);
		electionStatusEEnum = createEEnum(ELECTION_STATUS);
		nominationKindEEnum = createEEnum(NOMINATION_KIND);
		stepKindEEnum = createEEnum(STEP_KIND);
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
		awardBookEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		awardTypeEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		criterionWeightEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		electionEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		nominationEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		voteEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		decisionEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		electionStepEClass.getESuperTypes().add(theQinglianPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(awardBookEClass, AwardBook.class, "AwardBook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAwardBook_AwardTypes(), this.getAwardType(), null, "awardTypes", null, 0, -1, AwardBook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAwardBook_Elections(), this.getElection(), null, "elections", null, 0, -1, AwardBook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(awardTypeEClass, AwardType.class, "AwardType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAwardType_Cadence(), this.getAwardCadence(), "cadence", null, 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_ScopeLevel(), this.getScopeLevel(), "scopeLevel", null, 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_Winners(), ecorePackage.getEInt(), "winners", "1", 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_VotesPerVoter(), ecorePackage.getEInt(), "votesPerVoter", "3", 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_MinimumTenureMonths(), ecorePackage.getEInt(), "minimumTenureMonths", "6", 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_NoRepeatPeriods(), ecorePackage.getEInt(), "noRepeatPeriods", "3", 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_CleanRecordMonths(), ecorePackage.getEInt(), "cleanRecordMonths", "12", 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAwardType_Criteria(), this.getCriterionWeight(), null, "criteria", null, 0, -1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwardType_Description(), ecorePackage.getEString(), "description", null, 0, 1, AwardType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionWeightEClass, CriterionWeight.class, "CriterionWeight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterionWeight_Criterion(), ecorePackage.getEString(), "criterion", null, 0, 1, CriterionWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterionWeight_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, CriterionWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(electionEClass, Election.class, "Election", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getElection_AwardType(), this.getAwardType(), null, "awardType", null, 1, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElection_Scope(), theQinglianPackage.getUnit(), null, "scope", null, 1, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_Period(), ecorePackage.getEString(), "period", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_PeriodStart(), theQinglianPackage.getLocalDate(), "periodStart", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_PeriodEnd(), theQinglianPackage.getLocalDate(), "periodEnd", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_NominationOpens(), theQinglianPackage.getLocalDate(), "nominationOpens", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_NominationCloses(), theQinglianPackage.getLocalDate(), "nominationCloses", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_VotingOpens(), theQinglianPackage.getLocalDate(), "votingOpens", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_VotingCloses(), theQinglianPackage.getLocalDate(), "votingCloses", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElection_Status(), this.getElectionStatus(), "status", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElection_Nominations(), this.getNomination(), null, "nominations", null, 0, -1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElection_Votes(), this.getVote(), null, "votes", null, 0, -1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElection_Decision(), this.getDecision(), null, "decision", null, 0, 1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElection_Steps(), this.getElectionStep(), null, "steps", null, 0, -1, Election.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nominationEClass, Nomination.class, "Nomination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNomination_Nominee(), theQinglianPackage.getPerson(), null, "nominee", null, 1, 1, Nomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNomination_Nominator(), theQinglianPackage.getPerson(), null, "nominator", null, 1, 1, Nomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNomination_Kind(), this.getNominationKind(), "kind", null, 0, 1, Nomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNomination_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Nomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNomination_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, Nomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(voteEClass, Vote.class, "Vote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVote_Voter(), theQinglianPackage.getPerson(), null, "voter", null, 1, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVote_Nominee(), theQinglianPackage.getPerson(), null, "nominee", null, 1, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVote_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecision_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_Winners(), theQinglianPackage.getPerson(), null, "winners", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_Explanation(), ecorePackage.getEString(), "explanation", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(electionStepEClass, ElectionStep.class, "ElectionStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElectionStep_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, ElectionStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectionStep_Kind(), this.getStepKind(), "kind", null, 0, 1, ElectionStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElectionStep_Actor(), theQinglianPackage.getPerson(), null, "actor", null, 0, 1, ElectionStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectionStep_Text(), ecorePackage.getEString(), "text", null, 0, 1, ElectionStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(awardCadenceEEnum, AwardCadence.class, "AwardCadence");
		addEEnumLiteral(awardCadenceEEnum, AwardCadence.MONTHLY);
		addEEnumLiteral(awardCadenceEEnum, AwardCadence.QUARTERLY);
		addEEnumLiteral(awardCadenceEEnum, AwardCadence.YEARLY);

		initEEnum(scopeLevelEEnum, ScopeLevel.class, "ScopeLevel");
		addEEnumLiteral(scopeLevelEEnum, ScopeLevel.STATION);
		addEEnumLiteral(scopeLevelEEnum, ScopeLevel.STREET);
		addEEnumLiteral(scopeLevelEEnum, ScopeLevel.DISTRICT);

		initEEnum(electionStatusEEnum, ElectionStatus.class, "ElectionStatus");
		addEEnumLiteral(electionStatusEEnum, ElectionStatus.NOMINATING);
		addEEnumLiteral(electionStatusEEnum, ElectionStatus.VOTING);
		addEEnumLiteral(electionStatusEEnum, ElectionStatus.DECIDED);

		initEEnum(nominationKindEEnum, NominationKind.class, "NominationKind");
		addEEnumLiteral(nominationKindEEnum, NominationKind.COLLEAGUE);
		addEEnumLiteral(nominationKindEEnum, NominationKind.LEADER);

		initEEnum(stepKindEEnum, StepKind.class, "StepKind");
		addEEnumLiteral(stepKindEEnum, StepKind.OPENED);
		addEEnumLiteral(stepKindEEnum, StepKind.NOMINATED);
		addEEnumLiteral(stepKindEEnum, StepKind.VOTING_OPENED);
		addEEnumLiteral(stepKindEEnum, StepKind.VOTED);
		addEEnumLiteral(stepKindEEnum, StepKind.DECIDED);

		// Create resource
		createResource(eNS_URI);
	}

} //AwardPackageImpl
