/**
 */
package cn.qinglian.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tenure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 任职：某人在一段时间内担任某岗位。结束日期为空表示现任。用于交流轮岗预警（如同一岗位任职十年以上）和“一案双查”中查找责任领导。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.Tenure#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.model.Tenure#getPost <em>Post</em>}</li>
 *   <li>{@link cn.qinglian.model.Tenure#getStart <em>Start</em>}</li>
 *   <li>{@link cn.qinglian.model.Tenure#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getTenure()
 * @model
 * @generated
 */
public interface Tenure extends Identified {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Person#getTenures <em>Tenures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 任职人（容器）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' container reference.
	 * @see #setPerson(Person)
	 * @see cn.qinglian.model.QinglianPackage#getTenure_Person()
	 * @see cn.qinglian.model.Person#getTenures
	 * @model opposite="tenures" transient="false"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Tenure#getPerson <em>Person</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' container reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Post</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Post#getTenures <em>Tenures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所任岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post</em>' reference.
	 * @see #setPost(Post)
	 * @see cn.qinglian.model.QinglianPackage#getTenure_Post()
	 * @see cn.qinglian.model.Post#getTenures
	 * @model opposite="tenures" required="true"
	 * @generated
	 */
	Post getPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Tenure#getPost <em>Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post</em>' reference.
	 * @see #getPost()
	 * @generated
	 */
	void setPost(Post value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 任职开始日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see cn.qinglian.model.QinglianPackage#getTenure_Start()
	 * @model dataType="cn.qinglian.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Tenure#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 任职结束日期；为空表示现任。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see cn.qinglian.model.QinglianPackage#getTenure_End()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Tenure#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

} // Tenure
