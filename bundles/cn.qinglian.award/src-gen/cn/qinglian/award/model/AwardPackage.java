/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.QinglianPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * “每月之星”“业务标兵”评选模型：奖项类型、评选（提名、投票、决定、过程记录）。评选文件的根对象是 {@link cn.qinglian.award.model.AwardBook}；人员和单位引用组织文件中的对象。
 * <!-- end-model-doc -->
 * @see cn.qinglian.award.model.AwardFactory
 * @model kind="package"
 * @generated
 */
public interface AwardPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://qinglian.cn/award/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "award";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AwardPackage eINSTANCE = cn.qinglian.award.model.impl.AwardPackageImpl.init();

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.AwardBookImpl <em>Book</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.AwardBookImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getAwardBook()
	 * @generated
	 */
	int AWARD_BOOK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_BOOK__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Award Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_BOOK__AWARD_TYPES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Elections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_BOOK__ELECTIONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Book</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_BOOK_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Book</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_BOOK_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.AwardTypeImpl <em>Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.AwardTypeImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getAwardType()
	 * @generated
	 */
	int AWARD_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Cadence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__CADENCE = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scope Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__SCOPE_LEVEL = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Winners</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__WINNERS = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Votes Per Voter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__VOTES_PER_VOTER = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Minimum Tenure Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__MINIMUM_TENURE_MONTHS = QinglianPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>No Repeat Periods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__NO_REPEAT_PERIODS = QinglianPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clean Record Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__CLEAN_RECORD_MONTHS = QinglianPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__CRITERIA = QinglianPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE__DESCRIPTION = QinglianPackage.NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWARD_TYPE_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.CriterionWeightImpl <em>Criterion Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.CriterionWeightImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getCriterionWeight()
	 * @generated
	 */
	int CRITERION_WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_WEIGHT__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_WEIGHT__CRITERION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_WEIGHT__WEIGHT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Criterion Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_WEIGHT_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Criterion Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_WEIGHT_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.ElectionImpl <em>Election</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.ElectionImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getElection()
	 * @generated
	 */
	int ELECTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Award Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__AWARD_TYPE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__SCOPE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__PERIOD = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__PERIOD_START = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__PERIOD_END = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Nomination Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__NOMINATION_OPENS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Nomination Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__NOMINATION_CLOSES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Voting Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__VOTING_OPENS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Voting Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__VOTING_CLOSES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__STATUS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Nominations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__NOMINATIONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Votes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__VOTES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__DECISION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION__STEPS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Election</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Election</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.NominationImpl <em>Nomination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.NominationImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getNomination()
	 * @generated
	 */
	int NOMINATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Nominee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION__NOMINEE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nominator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION__NOMINATOR = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION__KIND = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION__REASON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Nomination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Nomination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOMINATION_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.VoteImpl <em>Vote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.VoteImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getVote()
	 * @generated
	 */
	int VOTE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Voter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__VOTER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nominee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__NOMINEE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Vote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Vote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.DecisionImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Winners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__WINNERS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DECIDED_BY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__EXPLANATION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.impl.ElectionStepImpl <em>Election Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.impl.ElectionStepImpl
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getElectionStep()
	 * @generated
	 */
	int ELECTION_STEP = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP__KIND = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP__ACTOR = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP__TEXT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Election Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Election Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTION_STEP_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.AwardCadence <em>Cadence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.AwardCadence
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getAwardCadence()
	 * @generated
	 */
	int AWARD_CADENCE = 8;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.ScopeLevel <em>Scope Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.ScopeLevel
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getScopeLevel()
	 * @generated
	 */
	int SCOPE_LEVEL = 9;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.ElectionStatus <em>Election Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.ElectionStatus
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getElectionStatus()
	 * @generated
	 */
	int ELECTION_STATUS = 10;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.NominationKind <em>Nomination Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.NominationKind
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getNominationKind()
	 * @generated
	 */
	int NOMINATION_KIND = 11;

	/**
	 * The meta object id for the '{@link cn.qinglian.award.model.StepKind <em>Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.award.model.StepKind
	 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getStepKind()
	 * @generated
	 */
	int STEP_KIND = 12;


	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.AwardBook <em>Book</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Book</em>'.
	 * @see cn.qinglian.award.model.AwardBook
	 * @generated
	 */
	EClass getAwardBook();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.award.model.AwardBook#getAwardTypes <em>Award Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Award Types</em>'.
	 * @see cn.qinglian.award.model.AwardBook#getAwardTypes()
	 * @see #getAwardBook()
	 * @generated
	 */
	EReference getAwardBook_AwardTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.award.model.AwardBook#getElections <em>Elections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elections</em>'.
	 * @see cn.qinglian.award.model.AwardBook#getElections()
	 * @see #getAwardBook()
	 * @generated
	 */
	EReference getAwardBook_Elections();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.AwardType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Type</em>'.
	 * @see cn.qinglian.award.model.AwardType
	 * @generated
	 */
	EClass getAwardType();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getCadence <em>Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cadence</em>'.
	 * @see cn.qinglian.award.model.AwardType#getCadence()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_Cadence();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getScopeLevel <em>Scope Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Level</em>'.
	 * @see cn.qinglian.award.model.AwardType#getScopeLevel()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_ScopeLevel();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getWinners <em>Winners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Winners</em>'.
	 * @see cn.qinglian.award.model.AwardType#getWinners()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_Winners();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getVotesPerVoter <em>Votes Per Voter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Votes Per Voter</em>'.
	 * @see cn.qinglian.award.model.AwardType#getVotesPerVoter()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_VotesPerVoter();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getMinimumTenureMonths <em>Minimum Tenure Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Tenure Months</em>'.
	 * @see cn.qinglian.award.model.AwardType#getMinimumTenureMonths()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_MinimumTenureMonths();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getNoRepeatPeriods <em>No Repeat Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Repeat Periods</em>'.
	 * @see cn.qinglian.award.model.AwardType#getNoRepeatPeriods()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_NoRepeatPeriods();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getCleanRecordMonths <em>Clean Record Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clean Record Months</em>'.
	 * @see cn.qinglian.award.model.AwardType#getCleanRecordMonths()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_CleanRecordMonths();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.award.model.AwardType#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see cn.qinglian.award.model.AwardType#getCriteria()
	 * @see #getAwardType()
	 * @generated
	 */
	EReference getAwardType_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.AwardType#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.award.model.AwardType#getDescription()
	 * @see #getAwardType()
	 * @generated
	 */
	EAttribute getAwardType_Description();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.CriterionWeight <em>Criterion Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion Weight</em>'.
	 * @see cn.qinglian.award.model.CriterionWeight
	 * @generated
	 */
	EClass getCriterionWeight();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.CriterionWeight#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see cn.qinglian.award.model.CriterionWeight#getCriterion()
	 * @see #getCriterionWeight()
	 * @generated
	 */
	EAttribute getCriterionWeight_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.CriterionWeight#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see cn.qinglian.award.model.CriterionWeight#getWeight()
	 * @see #getCriterionWeight()
	 * @generated
	 */
	EAttribute getCriterionWeight_Weight();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.Election <em>Election</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Election</em>'.
	 * @see cn.qinglian.award.model.Election
	 * @generated
	 */
	EClass getElection();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.Election#getAwardType <em>Award Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Award Type</em>'.
	 * @see cn.qinglian.award.model.Election#getAwardType()
	 * @see #getElection()
	 * @generated
	 */
	EReference getElection_AwardType();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.Election#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scope</em>'.
	 * @see cn.qinglian.award.model.Election#getScope()
	 * @see #getElection()
	 * @generated
	 */
	EReference getElection_Scope();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see cn.qinglian.award.model.Election#getPeriod()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_Period();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see cn.qinglian.award.model.Election#getPeriodStart()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see cn.qinglian.award.model.Election#getPeriodEnd()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getNominationOpens <em>Nomination Opens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nomination Opens</em>'.
	 * @see cn.qinglian.award.model.Election#getNominationOpens()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_NominationOpens();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getNominationCloses <em>Nomination Closes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nomination Closes</em>'.
	 * @see cn.qinglian.award.model.Election#getNominationCloses()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_NominationCloses();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getVotingOpens <em>Voting Opens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voting Opens</em>'.
	 * @see cn.qinglian.award.model.Election#getVotingOpens()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_VotingOpens();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getVotingCloses <em>Voting Closes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voting Closes</em>'.
	 * @see cn.qinglian.award.model.Election#getVotingCloses()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_VotingCloses();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Election#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see cn.qinglian.award.model.Election#getStatus()
	 * @see #getElection()
	 * @generated
	 */
	EAttribute getElection_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.award.model.Election#getNominations <em>Nominations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nominations</em>'.
	 * @see cn.qinglian.award.model.Election#getNominations()
	 * @see #getElection()
	 * @generated
	 */
	EReference getElection_Nominations();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.award.model.Election#getVotes <em>Votes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Votes</em>'.
	 * @see cn.qinglian.award.model.Election#getVotes()
	 * @see #getElection()
	 * @generated
	 */
	EReference getElection_Votes();

	/**
	 * Returns the meta object for the containment reference '{@link cn.qinglian.award.model.Election#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Decision</em>'.
	 * @see cn.qinglian.award.model.Election#getDecision()
	 * @see #getElection()
	 * @generated
	 */
	EReference getElection_Decision();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.award.model.Election#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see cn.qinglian.award.model.Election#getSteps()
	 * @see #getElection()
	 * @generated
	 */
	EReference getElection_Steps();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.Nomination <em>Nomination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nomination</em>'.
	 * @see cn.qinglian.award.model.Nomination
	 * @generated
	 */
	EClass getNomination();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.Nomination#getNominee <em>Nominee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Nominee</em>'.
	 * @see cn.qinglian.award.model.Nomination#getNominee()
	 * @see #getNomination()
	 * @generated
	 */
	EReference getNomination_Nominee();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.Nomination#getNominator <em>Nominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Nominator</em>'.
	 * @see cn.qinglian.award.model.Nomination#getNominator()
	 * @see #getNomination()
	 * @generated
	 */
	EReference getNomination_Nominator();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Nomination#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cn.qinglian.award.model.Nomination#getKind()
	 * @see #getNomination()
	 * @generated
	 */
	EAttribute getNomination_Kind();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Nomination#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see cn.qinglian.award.model.Nomination#getReason()
	 * @see #getNomination()
	 * @generated
	 */
	EAttribute getNomination_Reason();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Nomination#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.award.model.Nomination#getDate()
	 * @see #getNomination()
	 * @generated
	 */
	EAttribute getNomination_Date();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.Vote <em>Vote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vote</em>'.
	 * @see cn.qinglian.award.model.Vote
	 * @generated
	 */
	EClass getVote();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.Vote#getVoter <em>Voter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Voter</em>'.
	 * @see cn.qinglian.award.model.Vote#getVoter()
	 * @see #getVote()
	 * @generated
	 */
	EReference getVote_Voter();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.Vote#getNominee <em>Nominee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Nominee</em>'.
	 * @see cn.qinglian.award.model.Vote#getNominee()
	 * @see #getVote()
	 * @generated
	 */
	EReference getVote_Nominee();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Vote#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.award.model.Vote#getDate()
	 * @see #getVote()
	 * @generated
	 */
	EAttribute getVote_Date();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see cn.qinglian.award.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Decision#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.award.model.Decision#getDate()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Date();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.award.model.Decision#getWinners <em>Winners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Winners</em>'.
	 * @see cn.qinglian.award.model.Decision#getWinners()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Winners();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Decision#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see cn.qinglian.award.model.Decision#getDecidedBy()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.Decision#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see cn.qinglian.award.model.Decision#getExplanation()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Explanation();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.award.model.ElectionStep <em>Election Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Election Step</em>'.
	 * @see cn.qinglian.award.model.ElectionStep
	 * @generated
	 */
	EClass getElectionStep();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.ElectionStep#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.award.model.ElectionStep#getDate()
	 * @see #getElectionStep()
	 * @generated
	 */
	EAttribute getElectionStep_Date();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.ElectionStep#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cn.qinglian.award.model.ElectionStep#getKind()
	 * @see #getElectionStep()
	 * @generated
	 */
	EAttribute getElectionStep_Kind();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.award.model.ElectionStep#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actor</em>'.
	 * @see cn.qinglian.award.model.ElectionStep#getActor()
	 * @see #getElectionStep()
	 * @generated
	 */
	EReference getElectionStep_Actor();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.award.model.ElectionStep#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see cn.qinglian.award.model.ElectionStep#getText()
	 * @see #getElectionStep()
	 * @generated
	 */
	EAttribute getElectionStep_Text();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.award.model.AwardCadence <em>Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cadence</em>'.
	 * @see cn.qinglian.award.model.AwardCadence
	 * @generated
	 */
	EEnum getAwardCadence();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.award.model.ScopeLevel <em>Scope Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scope Level</em>'.
	 * @see cn.qinglian.award.model.ScopeLevel
	 * @generated
	 */
	EEnum getScopeLevel();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.award.model.ElectionStatus <em>Election Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Election Status</em>'.
	 * @see cn.qinglian.award.model.ElectionStatus
	 * @generated
	 */
	EEnum getElectionStatus();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.award.model.NominationKind <em>Nomination Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Nomination Kind</em>'.
	 * @see cn.qinglian.award.model.NominationKind
	 * @generated
	 */
	EEnum getNominationKind();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.award.model.StepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Kind</em>'.
	 * @see cn.qinglian.award.model.StepKind
	 * @generated
	 */
	EEnum getStepKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AwardFactory getAwardFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.AwardBookImpl <em>Book</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.AwardBookImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getAwardBook()
		 * @generated
		 */
		EClass AWARD_BOOK = eINSTANCE.getAwardBook();

		/**
		 * The meta object literal for the '<em><b>Award Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AWARD_BOOK__AWARD_TYPES = eINSTANCE.getAwardBook_AwardTypes();

		/**
		 * The meta object literal for the '<em><b>Elections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AWARD_BOOK__ELECTIONS = eINSTANCE.getAwardBook_Elections();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.AwardTypeImpl <em>Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.AwardTypeImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getAwardType()
		 * @generated
		 */
		EClass AWARD_TYPE = eINSTANCE.getAwardType();

		/**
		 * The meta object literal for the '<em><b>Cadence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__CADENCE = eINSTANCE.getAwardType_Cadence();

		/**
		 * The meta object literal for the '<em><b>Scope Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__SCOPE_LEVEL = eINSTANCE.getAwardType_ScopeLevel();

		/**
		 * The meta object literal for the '<em><b>Winners</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__WINNERS = eINSTANCE.getAwardType_Winners();

		/**
		 * The meta object literal for the '<em><b>Votes Per Voter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__VOTES_PER_VOTER = eINSTANCE.getAwardType_VotesPerVoter();

		/**
		 * The meta object literal for the '<em><b>Minimum Tenure Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__MINIMUM_TENURE_MONTHS = eINSTANCE.getAwardType_MinimumTenureMonths();

		/**
		 * The meta object literal for the '<em><b>No Repeat Periods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__NO_REPEAT_PERIODS = eINSTANCE.getAwardType_NoRepeatPeriods();

		/**
		 * The meta object literal for the '<em><b>Clean Record Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__CLEAN_RECORD_MONTHS = eINSTANCE.getAwardType_CleanRecordMonths();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AWARD_TYPE__CRITERIA = eINSTANCE.getAwardType_Criteria();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWARD_TYPE__DESCRIPTION = eINSTANCE.getAwardType_Description();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.CriterionWeightImpl <em>Criterion Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.CriterionWeightImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getCriterionWeight()
		 * @generated
		 */
		EClass CRITERION_WEIGHT = eINSTANCE.getCriterionWeight();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_WEIGHT__CRITERION = eINSTANCE.getCriterionWeight_Criterion();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_WEIGHT__WEIGHT = eINSTANCE.getCriterionWeight_Weight();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.ElectionImpl <em>Election</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.ElectionImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getElection()
		 * @generated
		 */
		EClass ELECTION = eINSTANCE.getElection();

		/**
		 * The meta object literal for the '<em><b>Award Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION__AWARD_TYPE = eINSTANCE.getElection_AwardType();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION__SCOPE = eINSTANCE.getElection_Scope();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__PERIOD = eINSTANCE.getElection_Period();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__PERIOD_START = eINSTANCE.getElection_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__PERIOD_END = eINSTANCE.getElection_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Nomination Opens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__NOMINATION_OPENS = eINSTANCE.getElection_NominationOpens();

		/**
		 * The meta object literal for the '<em><b>Nomination Closes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__NOMINATION_CLOSES = eINSTANCE.getElection_NominationCloses();

		/**
		 * The meta object literal for the '<em><b>Voting Opens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__VOTING_OPENS = eINSTANCE.getElection_VotingOpens();

		/**
		 * The meta object literal for the '<em><b>Voting Closes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__VOTING_CLOSES = eINSTANCE.getElection_VotingCloses();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION__STATUS = eINSTANCE.getElection_Status();

		/**
		 * The meta object literal for the '<em><b>Nominations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION__NOMINATIONS = eINSTANCE.getElection_Nominations();

		/**
		 * The meta object literal for the '<em><b>Votes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION__VOTES = eINSTANCE.getElection_Votes();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION__DECISION = eINSTANCE.getElection_Decision();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION__STEPS = eINSTANCE.getElection_Steps();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.NominationImpl <em>Nomination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.NominationImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getNomination()
		 * @generated
		 */
		EClass NOMINATION = eINSTANCE.getNomination();

		/**
		 * The meta object literal for the '<em><b>Nominee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOMINATION__NOMINEE = eINSTANCE.getNomination_Nominee();

		/**
		 * The meta object literal for the '<em><b>Nominator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOMINATION__NOMINATOR = eINSTANCE.getNomination_Nominator();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOMINATION__KIND = eINSTANCE.getNomination_Kind();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOMINATION__REASON = eINSTANCE.getNomination_Reason();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOMINATION__DATE = eINSTANCE.getNomination_Date();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.VoteImpl <em>Vote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.VoteImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getVote()
		 * @generated
		 */
		EClass VOTE = eINSTANCE.getVote();

		/**
		 * The meta object literal for the '<em><b>Voter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOTE__VOTER = eINSTANCE.getVote_Voter();

		/**
		 * The meta object literal for the '<em><b>Nominee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOTE__NOMINEE = eINSTANCE.getVote_Nominee();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOTE__DATE = eINSTANCE.getVote_Date();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.DecisionImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DATE = eINSTANCE.getDecision_Date();

		/**
		 * The meta object literal for the '<em><b>Winners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__WINNERS = eINSTANCE.getDecision_Winners();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DECIDED_BY = eINSTANCE.getDecision_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__EXPLANATION = eINSTANCE.getDecision_Explanation();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.impl.ElectionStepImpl <em>Election Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.impl.ElectionStepImpl
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getElectionStep()
		 * @generated
		 */
		EClass ELECTION_STEP = eINSTANCE.getElectionStep();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION_STEP__DATE = eINSTANCE.getElectionStep_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION_STEP__KIND = eINSTANCE.getElectionStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTION_STEP__ACTOR = eINSTANCE.getElectionStep_Actor();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTION_STEP__TEXT = eINSTANCE.getElectionStep_Text();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.AwardCadence <em>Cadence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.AwardCadence
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getAwardCadence()
		 * @generated
		 */
		EEnum AWARD_CADENCE = eINSTANCE.getAwardCadence();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.ScopeLevel <em>Scope Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.ScopeLevel
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getScopeLevel()
		 * @generated
		 */
		EEnum SCOPE_LEVEL = eINSTANCE.getScopeLevel();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.ElectionStatus <em>Election Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.ElectionStatus
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getElectionStatus()
		 * @generated
		 */
		EEnum ELECTION_STATUS = eINSTANCE.getElectionStatus();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.NominationKind <em>Nomination Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.NominationKind
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getNominationKind()
		 * @generated
		 */
		EEnum NOMINATION_KIND = eINSTANCE.getNominationKind();

		/**
		 * The meta object literal for the '{@link cn.qinglian.award.model.StepKind <em>Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.award.model.StepKind
		 * @see cn.qinglian.award.model.impl.AwardPackageImpl#getStepKind()
		 * @generated
		 */
		EEnum STEP_KIND = eINSTANCE.getStepKind();

	}

} //AwardPackage
