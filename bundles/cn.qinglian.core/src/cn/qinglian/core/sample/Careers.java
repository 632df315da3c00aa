package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.qinglian.model.Gender;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Tenure;

/**
 * Creates people with their careers: a current post, and before it up to three earlier posts, one
 * after the other (an earlier tenure ends the day before the next starts). Earlier posts are posts
 * several people hold (科员, 民警 ...) of the same system, or the post someone was promoted from;
 * posts one person holds at a time never get two holders at once: when someone is promoted away from
 * such a post, its current holder starts the day the promoted one left.
 */
final class Careers {

    private static final int[] VILLAGE_ELECTIONS = {2005, 2008, 2011, 2014, 2017};
    private static final int[] VILLAGE_ELECTION_WEIGHTS = {4, 8, 15, 23, 50};

    /** An earlier post of a career and the day it started. */
    private record Stint(Post post, LocalDate start) {
    }

    private final OrganisationBuilder build;
    private final SplittableRandom random;
    private final String code;
    private final Map<Family, List<Post>> pools;
    private final Map<Post, LocalDate> successorStarts = new HashMap<>();
    private int number;

    /**
     * @param pools the shared posts of the district by family, where earlier tenures are drawn from
     */
    Careers(OrganisationBuilder build, SplittableRandom random, String code, Map<Family, List<Post>> pools) {
        this.build = build;
        this.random = random;
        this.code = code;
        this.pools = pools;
    }

    /**
     * Hires the current holder of {@code post}.
     *
     * @param nearby other posts of the same unit, where part of the career may have been spent
     * @param promotedFrom the post held right before this one, or null
     * @param coverReporting whether the holder must have held the post since before 2018
     */
    void hire(Post post, Family family, List<Post> nearby, Post promotedFrom, boolean coverReporting) {
        Gender gender = random.nextInt(100) < family.malePercent() ? Gender.MALE : Gender.FEMALE;
        int birthYear = SampleDates.AS_OF.getYear() - age(post.getRole(), family, gender);
        LocalDate careerStart = careerStart(birthYear, family);
        LocalDate start = successorStarts.remove(post);
        if (start == null) {
            start = currentStart(post.getRole(), family, careerStart, coverReporting);
        }
        List<Stint> stints = new ArrayList<>();
        LocalDate earliest = start;
        if (promotedFrom != null) {
            earliest = SampleDates.firstOfMonth(SampleDates.yearsBefore(start, 2 + 5 * random.nextDouble()));
            stints.add(new Stint(promotedFrom, earliest));
            if (isSingle(promotedFrom)) {
                successorStarts.put(promotedFrom, start);
            }
        }
        LocalDate mustStartBy = SampleDates.yearsBefore(earliest, yearsBeforeCurrent(post.getRole()));
        if (careerStart.isAfter(mustStartBy)) {
            careerStart = SampleDates.firstOfMonth(mustStartBy);
        }
        stints.addAll(0, earlierStints(careerStart, earliest, family, post, nearby, 3 - stints.size()));
        LocalDate first = stints.isEmpty() ? start : stints.get(0).start();
        birthYear = Math.min(birthYear, first.getYear() - (family == Family.VILLAGE ? 25 : 22));
        Person person = build.person(nextPersonId(), ChineseNames.draw(random, gender), gender, birthYear);
        addTenures(person, stints, start);
        build.tenure(person, post, start, null);
    }

    /**
     * Adds a former holder (retired or moved out of the district) to every single post nobody held at
     * the start of 2018, so that every report of 2018 and 2019 has someone who gave or heard it.
     */
    void addPredecessorIfUncovered(Post post, Family family) {
        LocalDate first = null;
        for (Tenure tenure : post.getTenures()) {
            if (first == null || tenure.getStart().isBefore(first)) {
                first = tenure.getStart();
            }
        }
        if (first == null || !first.isAfter(SampleDates.REPORTING_START)) {
            return;
        }
        Gender gender = random.nextInt(100) < family.malePercent() ? Gender.MALE : Gender.FEMALE;
        LocalDate end = first.minusDays(1);
        LocalDate start = SampleDates.firstOfMonth(SampleDates.yearsBefore(end, 3 + 6 * random.nextDouble()));
        int birthYear = end.getYear() - 44 - random.nextInt(gender == Gender.MALE ? 15 : 10);
        LocalDate careerStart = LocalDate.of(birthYear + 22 + random.nextInt(3), 8, 1);
        List<Stint> stints = earlierStints(careerStart, start, family, post, List.of(), 1);
        Person person = build.person(nextPersonId(), ChineseNames.draw(random, gender), gender, birthYear);
        addTenures(person, stints, start);
        build.tenure(person, post, start, end);
    }

    private void addTenures(Person person, List<Stint> stints, LocalDate currentStart) {
        for (int i = 0; i < stints.size(); i++) {
            LocalDate next = i + 1 < stints.size() ? stints.get(i + 1).start() : currentStart;
            build.tenure(person, stints.get(i).post(), stints.get(i).start(), next.minusDays(1));
        }
    }

    /**
     * Up to {@code most} earlier posts, going back from {@code until}, a year and a half to seven and
     * a half years each, none before {@code from}. What came before them lies outside the district.
     */
    private List<Stint> earlierStints(LocalDate from, LocalDate until, Family family, Post current, List<Post> nearby,
            int most) {
        int count = random.nextInt(most + 1);
        List<Stint> stints = new ArrayList<>(count);
        LocalDate end = until;
        for (int i = 0; i < count; i++) {
            LocalDate start = SampleDates.firstOfMonth(SampleDates.yearsBefore(end, 1.5 + 6 * random.nextDouble()));
            boolean clipped = start.isBefore(from);
            if (clipped) {
                start = SampleDates.firstOfMonth(from);
            }
            Post post = earlierPost(family, current, nearby);
            if (post == null || !start.isBefore(SampleDates.yearsBefore(end, 1))) {
                break;
            }
            stints.add(0, new Stint(post, start));
            end = start;
            if (clipped) {
                break;
            }
        }
        return stints;
    }

    private Post earlierPost(Family family, Post current, List<Post> nearby) {
        if (!nearby.isEmpty() && random.nextInt(2) == 0) {
            Post post = nearby.get(random.nextInt(nearby.size()));
            if (post != current) {
                return post;
            }
        }
        List<Post> pool = pools.getOrDefault(family, List.of());
        if (pool.isEmpty()) {
            return null;
        }
        Post post = pool.get(random.nextInt(pool.size()));
        return post == current ? null : post;
    }

    private LocalDate currentStart(PostRole role, Family family, LocalDate careerStart, boolean coverReporting) {
        if (family == Family.VILLAGE) {
            return villageElection();
        }
        boolean single = role != PostRole.STAFF && role != PostRole.ENFORCEMENT_OFFICER;
        int recent = single && !coverReporting ? 12 : 0;
        int stayer = recent + (single ? family.stayerPercent() / 2 : family.stayerPercent());
        int draw = random.nextInt(100);
        LocalDate start;
        if (draw < recent) {
            start = SampleDates.between(random, LocalDate.of(2018, 2, 1), LocalDate.of(2019, 11, 30));
        } else if (draw < stayer) {
            start = SampleDates.yearsBefore(SampleDates.AS_OF, 10 + 10 * random.nextDouble());
        } else {
            start = SampleDates.yearsBefore(SampleDates.AS_OF, 0.3 + 9 * random.nextDouble());
        }
        if (coverReporting && start.isAfter(SampleDates.REPORTING_START.minusMonths(1))) {
            start = SampleDates.yearsBefore(SampleDates.AS_OF, 2.1 + 6 * random.nextDouble());
        }
        if (!single && start.isBefore(careerStart) && draw >= stayer) {
            start = careerStart;
        }
        return SampleDates.firstOfMonth(start);
    }

    private LocalDate villageElection() {
        int draw = random.nextInt(100);
        for (int i = 0; i < VILLAGE_ELECTIONS.length; i++) {
            draw -= VILLAGE_ELECTION_WEIGHTS[i];
            if (draw < 0) {
                return LocalDate.of(VILLAGE_ELECTIONS[i], 4, 1);
            }
        }
        throw new IllegalStateException("village election weights do not add up");
    }

    /** Age at the end of 2019; women in public service retire at 55, men at 60. */
    private int age(PostRole role, Family family, Gender gender) {
        int oldest = gender == Gender.FEMALE ? 54 : 58;
        return switch (family) {
            case VILLAGE -> 32 + random.nextInt(33);
            case ASSOCIATION -> 42 + random.nextInt(24);
            case DISTRICT -> 45 + random.nextInt(Math.min(oldest, 56) - 44);
            default -> switch (role) {
                case HEAD -> 38 + random.nextInt(oldest - 37);
                case LEADERSHIP_MEMBER, DISCIPLINE_SECRETARY -> 34 + random.nextInt(oldest - 33);
                case SECTION_HEAD -> 30 + random.nextInt(oldest - 29);
                default -> 23 + random.nextInt(oldest - 22);
            };
        };
    }

    private LocalDate careerStart(int birthYear, Family family) {
        LocalDate start = switch (family) {
            case VILLAGE -> LocalDate.of(birthYear + 25 + random.nextInt(15), 4, 1);
            case ASSOCIATION -> LocalDate.of(birthYear + 35 + random.nextInt(10), 1, 1);
            default -> LocalDate.of(birthYear + 22 + random.nextInt(3), 8, 1);
        };
        return start.isAfter(SampleDates.AS_OF) ? LocalDate.of(SampleDates.AS_OF.getYear(), 1, 1) : start;
    }

    /** Years of earlier career a holder of {@code role} has at least: a head was not a head at 22. */
    private static double yearsBeforeCurrent(PostRole role) {
        return switch (role) {
            case HEAD -> 8;
            case LEADERSHIP_MEMBER, DISCIPLINE_SECRETARY -> 5;
            case SECTION_HEAD -> 3;
            default -> 0;
        };
    }

    private static boolean isSingle(Post post) {
        return post.getRole() != PostRole.STAFF && post.getRole() != PostRole.ENFORCEMENT_OFFICER;
    }

    private String nextPersonId() {
        number++;
        return String.format("%s-%05d", code, number);
    }
}
