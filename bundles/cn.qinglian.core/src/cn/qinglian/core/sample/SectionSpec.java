package cn.qinglian.core.sample;

/** A section (科室) of a unit: its name, the title of its head and its staff post. */
record SectionSpec(String name, String headTitle, PostSpec staff) {
}
