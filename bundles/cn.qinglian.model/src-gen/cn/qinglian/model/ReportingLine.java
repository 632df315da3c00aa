/**
 */
package cn.qinglian.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 报告链：从报告方到听取方的有向、有类型的报告关系，并规定报告频次。相互报告（班子成员与“一把手”相互报告）是一对关系，不是循环错误。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.ReportingLine#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.model.ReportingLine#getFrom <em>From</em>}</li>
 *   <li>{@link cn.qinglian.model.ReportingLine#getTo <em>To</em>}</li>
 *   <li>{@link cn.qinglian.model.ReportingLine#getCadence <em>Cadence</em>}</li>
 *   <li>{@link cn.qinglian.model.ReportingLine#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getReportingLine()
 * @model
 * @generated
 */
public interface ReportingLine extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.model.ReportingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告类型。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.model.ReportingKind
	 * @see #setKind(ReportingKind)
	 * @see cn.qinglian.model.QinglianPackage#getReportingLine_Kind()
	 * @model
	 * @generated
	 */
	ReportingKind getKind();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ReportingLine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.model.ReportingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReportingKind value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告方。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Party)
	 * @see cn.qinglian.model.QinglianPackage#getReportingLine_From()
	 * @model required="true"
	 * @generated
	 */
	Party getFrom();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ReportingLine#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Party value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 听取方。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Party)
	 * @see cn.qinglian.model.QinglianPackage#getReportingLine_To()
	 * @model required="true"
	 * @generated
	 */
	Party getTo();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ReportingLine#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Party value);

	/**
	 * Returns the value of the '<em><b>Cadence</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.model.Cadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告频次。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cadence</em>' attribute.
	 * @see cn.qinglian.model.Cadence
	 * @see #setCadence(Cadence)
	 * @see cn.qinglian.model.QinglianPackage#getReportingLine_Cadence()
	 * @model
	 * @generated
	 */
	Cadence getCadence();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ReportingLine#getCadence <em>Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadence</em>' attribute.
	 * @see cn.qinglian.model.Cadence
	 * @see #getCadence()
	 * @generated
	 */
	void setCadence(Cadence value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 说明。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.model.QinglianPackage#getReportingLine_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ReportingLine#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // ReportingLine
