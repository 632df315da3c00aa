package cn.qinglian.model.provider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Enumerator;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Named;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * Label texts shown for model objects (tree, lists, property sheet). Hand-written: the generated {@code getText}
 * methods marked {@code @generated NOT} in the item providers call these, and UI code may call them directly.
 * Localised pieces (type names, enum literals, "present") come from {@code plugin.properties} /
 * {@code plugin_zh.properties} of this bundle.
 */
public final class QinglianLabels
{
  private static final String DASH = " \u2013 ";
  private static final String ARROW = " \u2192 ";
  private static final String UNKNOWN = "?";

  private QinglianLabels()
  {
  }

  /** The name, or the localised type name (e.g. "单位") when the name is empty. */
  public static String name(Named named)
  {
    if (named == null)
    {
      return UNKNOWN;
    }
    String name = named.getName();
    return name == null || name.isBlank() ? string("_UI_" + named.eClass().getName() + "_type") : name;
  }

  /** "person – post (start – end)"; an open end reads "present" (至今). */
  public static String tenure(Tenure tenure)
  {
    return name(tenure.getPerson()) + DASH + name(tenure.getPost())
      + " (" + date(tenure.getStart()) + DASH + (tenure.getEnd() == null ? string("_UI_Label_present") : date(tenure.getEnd())) + ")";
  }

  /** "kind: from → to", kind localised (e.g. "逐级报告: 某街道 → 区纪委书记"). */
  public static String reportingLine(ReportingLine line)
  {
    return literal("ReportingKind", line.getKind()) + ": " + name(line.getFrom()) + ARROW + name(line.getTo());
  }

  /** "date topic". */
  public static String report(Report report)
  {
    String topic = report.getTopic();
    return date(report.getDate()) + (topic == null || topic.isBlank() ? "" : " " + topic);
  }

  /** "leader → unit, unit, …". */
  public static String chargeAssignment(ChargeAssignment assignment)
  {
    StringJoiner units = new StringJoiner(", ");
    for (Unit unit : assignment.getUnits())
    {
      units.add(name(unit));
    }
    return name(assignment.getLeader()) + ARROW + (units.length() == 0 ? UNKNOWN : units.toString());
  }

  /** ISO date (yyyy-MM-dd), "?" when missing. */
  public static String date(LocalDate date)
  {
    return date == null ? UNKNOWN : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  /** The localised label of an enum literal, e.g. {@code literal("ReportingKind", ReportingKind.LEVEL)}. */
  public static String literal(String enumName, Enumerator literal)
  {
    return literal == null ? UNKNOWN : string("_UI_" + enumName + "_" + literal.getName() + "_literal");
  }

  private static String string(String key)
  {
    return QinglianEditPlugin.INSTANCE.getString(key);
  }
}
