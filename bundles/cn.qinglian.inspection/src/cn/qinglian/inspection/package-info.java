/**
 * The inspection and supervision module (巡察/监督): its workspace part, logic, validation rules,
 * dashboard figures and exports, on the EMF model in {@code cn.qinglian.inspection.model}.
 */
package cn.qinglian.inspection;
