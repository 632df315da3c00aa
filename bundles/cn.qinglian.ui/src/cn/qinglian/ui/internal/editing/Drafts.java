package cn.qinglian.ui.internal.editing;

import java.time.LocalDate;
import java.util.Objects;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.UnitKind;

/** What the "New …" dialogs ask for, before it becomes a command. */
public final class Drafts {

    private Drafts() {
    }

    public record UnitDraft(String name, UnitKind kind) {
        public UnitDraft {
            Objects.requireNonNull(kind);
            name = requireName(name);
        }
    }

    public record PostDraft(String title, PostRole role) {
        public PostDraft {
            Objects.requireNonNull(role);
            title = requireName(title);
        }
    }

    /** A new person; {@code birthYear} 0 means unknown. */
    public record PersonDraft(String name, String personId, Gender gender, int birthYear) {
        public PersonDraft {
            Objects.requireNonNull(gender);
            name = requireName(name);
            personId = personId == null || personId.isBlank() ? null : personId.strip();
        }
    }

    /** A tenure; {@code end} null means the person holds the post today. */
    public record TenureDraft(Person person, Post post, LocalDate start, LocalDate end) {
        public TenureDraft {
            Objects.requireNonNull(person);
            Objects.requireNonNull(post);
            Objects.requireNonNull(start);
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("tenure ends before it starts: " + start + " > " + end);
            }
        }
    }

    public record ReportingLineDraft(ReportingKind kind, Party from, Party to, Cadence cadence) {
        public ReportingLineDraft {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            Objects.requireNonNull(cadence);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        return name.strip();
    }
}
