/**
 * Roster import (花名册导入): units, posts, people and tenures from a CSV or XLSX file.
 *
 * <p>The file has a header row naming these columns, in any order (other columns are ignored):
 * {@code unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to}.
 * A row always names a unit ({@code unit_path}: names from the top unit down joined by {@code /};
 * {@code unit_kind}: a {@link cn.qinglian.model.UnitKind} literal). With {@code post_title} and
 * {@code post_role} it names a post of that unit, with {@code person_id}, {@code person_name} and
 * {@code start_date} (and {@code end_date}, empty for a current tenure) a tenure of a person in that
 * post; {@code reports_to} ({@code unit_path#post_title}) adds an internal reporting line from the
 * post. A row with only the unit columns gives the kind of a unit that holds no posts of its own,
 * such as the district; every unit on a path must be in the workspace or have such a row.
 *
 * <p>Use: {@link cn.qinglian.core.roster.RosterReader} reads the file,
 * {@link cn.qinglian.core.roster.RosterImport#check} checks it against an organisation and lists
 * every {@link cn.qinglian.core.roster.RosterProblem} (row, column, reason in Chinese or English),
 * and {@link cn.qinglian.core.roster.RosterImport#apply} creates and updates the objects when there
 * is none. Applying the same file again changes nothing.
 */
package cn.qinglian.core.roster;
