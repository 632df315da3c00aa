/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.*;

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
public class AwardFactoryImpl extends EFactoryImpl implements AwardFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AwardFactory init() {
		try {
			AwardFactory theAwardFactory = (AwardFactory)EPackage.Registry.INSTANCE.getEFactory(AwardPackage.eNS_URI);
			if (theAwardFactory != null) {
				return theAwardFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AwardFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AwardFactoryImpl() {
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
			case AwardPackage.AWARD_BOOK: return createAwardBook();
			case AwardPackage.AWARD_TYPE: return createAwardType();
			case AwardPackage.CRITERION_WEIGHT: return createCriterionWeight();
			case AwardPackage.ELECTION: return createElection();
			case AwardPackage.NOMINATION: return createNomination();
			case AwardPackage.VOTE: return createVote();
			case AwardPackage.DECISION: return createDecision();
			case AwardPackage.ELECTION_STEP: return createElectionStep();
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
			case AwardPackage.AWARD_CADENCE:
				return createAwardCadenceFromString(eDataType, initialValue);
			case AwardPackage.SCOPE_LEVEL:
				return createScopeLevelFromString(eDataType, initialValue);
			case AwardPackage.ELECTION_STATUS:
				return createElectionStatusFromString(eDataType, initialValue);
			case AwardPackage.NOMINATION_KIND:
				return createNominationKindFromString(eDataType, initialValue);
			case AwardPackage.STEP_KIND:
				return createStepKindFromString(eDataType, initialValue);
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
			case AwardPackage.AWARD_CADENCE:
				return convertAwardCadenceToString(eDataType, instanceValue);
			case AwardPackage.SCOPE_LEVEL:
				return convertScopeLevelToString(eDataType, instanceValue);
			case AwardPackage.ELECTION_STATUS:
				return convertElectionStatusToString(eDataType, instanceValue);
			case AwardPackage.NOMINATION_KIND:
				return convertNominationKindToString(eDataType, instanceValue);
			case AwardPackage.STEP_KIND:
				return convertStepKindToString(eDataType, instanceValue);
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
	public AwardBook createAwardBook() {
		AwardBookImpl awardBook = new AwardBookImpl();
		return awardBook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwardType createAwardType() {
		AwardTypeImpl awardType = new AwardTypeImpl();
		return awardType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriterionWeight createCriterionWeight() {
		CriterionWeightImpl criterionWeight = new CriterionWeightImpl();
		return criterionWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Election createElection() {
		ElectionImpl election = new ElectionImpl();
		return election;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Nomination createNomination() {
		NominationImpl nomination = new NominationImpl();
		return nomination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vote createVote() {
		VoteImpl vote = new VoteImpl();
		return vote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElectionStep createElectionStep() {
		ElectionStepImpl electionStep = new ElectionStepImpl();
		return electionStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AwardCadence createAwardCadenceFromString(EDataType eDataType, String initialValue) {
		AwardCadence result = AwardCadence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAwardCadenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScopeLevel createScopeLevelFromString(EDataType eDataType, String initialValue) {
		ScopeLevel result = ScopeLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScopeLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ElectionStatus createElectionStatusFromString(EDataType eDataType, String initialValue) {
		ElectionStatus result = ElectionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertElectionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NominationKind createNominationKindFromString(EDataType eDataType, String initialValue) {
		NominationKind result = NominationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNominationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepKind createStepKindFromString(EDataType eDataType, String initialValue) {
		StepKind result = StepKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwardPackage getAwardPackage() {
		return (AwardPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AwardPackage getPackage() {
		return AwardPackage.eINSTANCE;
	}

} //AwardFactoryImpl
