package cn.qinglian.ui.internal.editing;

import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;

/**
 * Commands that create model objects: the new object gets a fresh UUID id and its own attributes while
 * it is not yet in the model; adding it and every link to an existing object are commands, composed
 * into one undoable step.
 */
public final class ModelCommands {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    /** A command and the object it creates. */
    public record Creation(Command command, EObject created) {
    }

    private ModelCommands() {
    }

    /** A new unit under {@code parent}: a unit (as a sub-unit) or the organisation (as a top unit). */
    public static Creation newUnit(EditingDomain domain, EObject parent, UnitDraft draft) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setName(draft.name());
        unit.setKind(draft.kind());
        Command add = parent instanceof Organisation organisation
                ? AddCommand.create(domain, organisation, Literals.ORGANISATION__UNITS, unit)
                : AddCommand.create(domain, parent, Literals.UNIT__CHILDREN, unit);
        return new Creation(compound("commandNewUnit", add), unit);
    }

    public static Creation newPost(EditingDomain domain, Unit unit, PostDraft draft) {
        Post post = identified(FACTORY.createPost());
        post.setName(draft.title());
        post.setRole(draft.role());
        return new Creation(compound("commandNewPost", AddCommand.create(domain, unit, Literals.UNIT__POSTS, post)),
                post);
    }

    public static Creation newPerson(EditingDomain domain, Organisation organisation, PersonDraft draft) {
        Person person = identified(FACTORY.createPerson());
        person.setName(draft.name());
        person.setPersonId(draft.personId());
        person.setGender(draft.gender());
        person.setBirthYear(draft.birthYear());
        return new Creation(compound("commandNewPerson",
                AddCommand.create(domain, organisation, Literals.ORGANISATION__PEOPLE, person)), person);
    }

    /** A tenure of the draft's person on the draft's post (the post learns about it through the opposite). */
    public static Creation newTenure(EditingDomain domain, TenureDraft draft) {
        Tenure tenure = identified(FACTORY.createTenure());
        tenure.setStart(draft.start());
        tenure.setEnd(draft.end());
        return new Creation(compound("commandNewTenure",
                AddCommand.create(domain, draft.person(), Literals.PERSON__TENURES, tenure),
                SetCommand.create(domain, tenure, Literals.TENURE__POST, draft.post())), tenure);
    }

    public static Creation newReportingLine(EditingDomain domain, Organisation organisation, ReportingLineDraft draft) {
        ReportingLine line = identified(FACTORY.createReportingLine());
        line.setKind(draft.kind());
        line.setCadence(draft.cadence());
        return new Creation(compound("commandNewReportingLine",
                AddCommand.create(domain, organisation, Literals.ORGANISATION__REPORTING_LINES, line),
                SetCommand.create(domain, line, Literals.REPORTING_LINE__FROM, draft.from()),
                SetCommand.create(domain, line, Literals.REPORTING_LINE__TO, draft.to())), line);
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }

    private static Command compound(String labelKey, Command... commands) {
        CompoundCommand compound = new CompoundCommand(UiMessages.get(labelKey));
        for (Command command : commands) {
            compound.append(command);
        }
        return compound;
    }
}
