/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Investigation Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 案件（立案查处）：对一名当事人的调查，并按“一案双查”对其责任领导（通过责任体系找到的单位一把手和分管领导）作第二项调查；两者都作出决定之前案件不完整。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getTitle <em>Title</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getSubject <em>Subject</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getSubjectPost <em>Subject Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getFinding <em>Finding</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getDecision <em>Decision</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getSecondInvestigations <em>Second Investigations</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getPublicNoticeOn <em>Public Notice On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InvestigationCase#getPublicNotice <em>Public Notice</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase()
 * @model
 * @generated
 */
public interface InvestigationCase extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 案件名称。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 当事人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_Subject()
	 * @model
	 * @generated
	 */
	Person getSubject();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Person value);

	/**
	 * Returns the value of the '<em><b>Subject Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 当事人岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Post</em>' reference.
	 * @see #setSubjectPost(Post)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_SubjectPost()
	 * @model
	 * @generated
	 */
	Post getSubjectPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getSubjectPost <em>Subject Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Post</em>' reference.
	 * @see #getSubjectPost()
	 * @generated
	 */
	void setSubjectPost(Post value);

	/**
	 * Returns the value of the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 案件所源自的问题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding</em>' reference.
	 * @see #setFinding(Finding)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_Finding()
	 * @model
	 * @generated
	 */
	Finding getFinding();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getFinding <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding</em>' reference.
	 * @see #getFinding()
	 * @generated
	 */
	void setFinding(Finding value);

	/**
	 * Returns the value of the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 立案日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened On</em>' attribute.
	 * @see #setOpenedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_OpenedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getOpenedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getOpenedOn <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened On</em>' attribute.
	 * @see #getOpenedOn()
	 * @generated
	 */
	void setOpenedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 对当事人的处理决定。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see cn.qinglian.inspection.model.Decision
	 * @see #setDecision(Decision)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_Decision()
	 * @model
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see cn.qinglian.inspection.model.Decision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作出决定日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_DecidedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Second Investigations</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.LeaderInvestigation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 对责任领导的调查（一案双查）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Investigations</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_SecondInvestigations()
	 * @model containment="true"
	 * @generated
	 */
	EList<LeaderInvestigation> getSecondInvestigations();

	/**
	 * Returns the value of the '<em><b>Public Notice On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 通报曝光日期（为空表示未通报）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Notice On</em>' attribute.
	 * @see #setPublicNoticeOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_PublicNoticeOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getPublicNoticeOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getPublicNoticeOn <em>Public Notice On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Notice On</em>' attribute.
	 * @see #getPublicNoticeOn()
	 * @generated
	 */
	void setPublicNoticeOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Public Notice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 通报曝光内容。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Notice</em>' attribute.
	 * @see #setPublicNotice(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInvestigationCase_PublicNotice()
	 * @model
	 * @generated
	 */
	String getPublicNotice();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InvestigationCase#getPublicNotice <em>Public Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Notice</em>' attribute.
	 * @see #getPublicNotice()
	 * @generated
	 */
	void setPublicNotice(String value);

} // InvestigationCase
