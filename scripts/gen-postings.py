#!/usr/bin/env python3
"""Generate synthetic, realistic job postings as JSON Lines, for benchmarks and load tests.

Every posting is built from the taxonomies' own text in a data directory laid out like
../shared/datasets:

  DIR/onet/Occupation Data.txt      occupation titles (postings pick occupations with tasks)
  DIR/onet/Alternate Titles.txt     title variants: the posting's title
  DIR/onet/Task Statements.txt      4-8 task sentences, rephrased ("You will ...")
  DIR/onet/Technology Skills.txt    3-8 of the occupation's technologies in the requirements
  DIR/esco/skills_en.csv            2-5 ESCO skill labels in the requirements

When DIR/crosswalks/esco_onet_crosswalk_Nov2020.csv and DIR/esco/occupationSkillRelations.csv
are there too, the ESCO skills are those of the occupation's crosswalked ESCO occupations;
otherwise they are drawn from all ESCO skills. Half of the postings end with a benefits /
equal-opportunity paragraph (boilerplate the extractor must skip). Dates are spread over
2024-01-01..2025-12-31. Output keys: id, title, description, date, employer, location.

Usage:
  python3 scripts/gen-postings.py --data ../shared/datasets --n 100000 --out /tmp/synth.jsonl

The output is the same for the same --data, --n and --seed. Standard library only. The
generated files are test data: never commit them.
"""

import argparse
import csv
import datetime
import json
import os
import random
import re
import sys
import time

csv.field_size_limit(1 << 24)

SENIORITY = [("Senior ", 0.15), ("Junior ", 0.10), ("Lead ", 0.03)]

INTROS = [
    "{employer} is hiring a {title} to join our team in {location}.",
    "We are looking for a {title} to join {employer} in {location}.",
    "{employer} has an exciting opportunity for a {title} based in {location}.",
    "Join {employer} as a {title}. This is a full-time position in {location}.",
    "Are you an experienced {title}? {employer} wants to hear from you.",
    "{employer} ({location}) is growing and needs a {title}.",
]

# Task sentence templates: {v} is the task in the imperative, lower-cased ("prepare reports"),
# {g} the same in the gerund ("preparing reports"), {T} the task unchanged.
TASK_PROSE = [
    "You will {v}.",
    "You will also {v}.",
    "In this role you will {v}.",
    "Day to day, you will {v}.",
    "Responsibilities include {g}.",
    "The role involves {g}.",
    "Your duties will include {g}.",
    "You'll {v}.",
    "A typical week includes {g}.",
    "You will be responsible for {g}.",
]
TASK_BULLETS_HEAD = [
    "Key responsibilities:",
    "What you will do:",
    "Responsibilities:",
    "Main duties:",
    "The role:",
]

TECH_TEMPLATES = [
    "Experience with {list} is required.",
    "You should be comfortable using {list}.",
    "Hands-on experience with {list}.",
    "Familiarity with {list} would be an advantage.",
    "Working knowledge of {list} is essential.",
    "Our team works daily with {list}.",
]
SKILL_COMPETENCE_TEMPLATES = [
    "You must be able to {list}.",
    "We need someone who can {list}.",
    "The successful candidate will {list}.",
    "You will be expected to {list}.",
]
SKILL_KNOWLEDGE_TEMPLATES = [
    "Knowledge of {list} is important.",
    "A good understanding of {list} is expected.",
    "Training or qualifications in {list} are desirable.",
    "You will have a background in {list}.",
]
REQUIREMENTS_HEAD = ["Requirements:", "About you:", "What we are looking for:", "Skills and experience:"]

BENEFITS = [
    "We offer a competitive salary, 25 days annual leave plus bank holidays and a pension scheme.",
    "Benefits include health insurance, dental cover and a 401(k) with company match.",
    "Our benefits package includes paid time off, flexible working and a cycle to work scheme.",
    "We offer hybrid working, private medical insurance and a generous holiday allowance.",
    "Relocation package available for the right candidate.",
]
EQUAL_OPPORTUNITY = [
    "We are an equal opportunity employer. All qualified applicants will receive consideration "
    "for employment without regard to race, color, religion, sex, sexual orientation, gender "
    "identity, national origin, disability status or protected veteran status.",
    "We welcome applications from everyone and are committed to equality, diversity and "
    "inclusion. Reasonable adjustments are available at every stage of the process.",
    "We are a Disability Confident employer and guarantee an interview to disabled applicants "
    "who meet the essential criteria.",
    "This position is subject to a background check and drug screen. Visa sponsorship is not "
    "available.",
    "To apply, click apply now and upload your CV. Closing date: end of the month.",
]

EMPLOYER_FIRST = [
    "Northgate", "Brightwell", "Riverbend", "Summit", "Harbor", "Oakridge", "Bluefield", "Crescent",
    "Redwood", "Silverline", "Kingsway", "Meridian", "Granite", "Lakeside", "Westbrook", "Ashford",
    "Pinecrest", "Highland", "Evergreen", "Beacon", "Cedar", "Falcon", "Horizon", "Ironbridge",
]
EMPLOYER_SECOND = [
    "Health", "Logistics", "Analytics", "Engineering", "Foods", "Energy", "Financial", "Systems",
    "Construction", "Care", "Retail", "Manufacturing", "Digital", "Legal", "Education", "Media",
    "Transport", "Labs", "Consulting", "Housing",
]
EMPLOYER_SUFFIX = [
    "Ltd", "Inc.", "LLC", "Group", "Partners", "plc", "Co.", "Services", "Trust", "Corporation",
]
LOCATIONS = [
    "New York, NY", "Chicago, IL", "Austin, TX", "Seattle, WA", "Denver, CO", "Atlanta, GA",
    "Boston, MA", "Phoenix, AZ", "Columbus, OH", "Raleigh, NC", "San Diego, CA", "Portland, OR",
    "Minneapolis, MN", "Nashville, TN", "Hartford, CT", "Sacramento, CA", "London, UK",
    "Manchester, UK", "Leeds, UK", "Bristol, UK", "Glasgow, UK", "Birmingham, UK", "Cardiff, UK",
    "Remote", "Dublin, IE", "Toronto, ON",
]

# Verbs whose final consonant doubles before -ing although they have more than one syllable
# (or four letters but two vowels).
DOUBLING = {
    "admit", "commit", "submit", "transmit", "permit", "refer", "transfer", "confer", "control",
    "patrol", "compel", "propel", "occur", "defer", "infer", "deter", "equip", "program",
    "format", "strip", "begin", "regret", "forget", "extol", "abet", "enrol",
}
VOWELS = set("aeiou")
FIRST_WORD = re.compile(r"^[A-Za-z]+")
# After the first verb: ", direct, or coordinate" / " or coordinate" / " and operate".
LEADING_CHAIN = re.compile(r"^(?: (?:up|out|down|off))?(?:, [a-z]+)*,? (?:and|or) [a-z]+\b")
COORDINATED_WORD = re.compile(r"(,(?: and| or)?| and| or) ([a-z]+)\b")
LATER_VERB = re.compile(r"(,? and|,? or) ([a-z]+) ([a-z]+)\b")


def gerund(verb):
    """Gerund of an English verb in the imperative ("prepare" -> "preparing")."""
    v = verb.lower()
    if v in ("be", "see"):
        return v + "ing"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return v[:-1] + "ing"
    if v in DOUBLING or (
        len(v) <= 4
        and len(v) >= 3
        and v[-1] not in VOWELS
        and v[-1] not in "wxy"
        and v[-2] in VOWELS
        and v[-3] not in VOWELS
        and sum(c in VOWELS for c in v) == 1
    ):
        return v + v[-1] + "ing"
    return v + "ing"


def lower_first(s):
    """Lower-cases the first letter unless the first word is an acronym or a name ("GIS")."""
    if len(s) > 1 and s[0].isupper() and not s[1].isupper():
        return s[0].lower() + s[1:]
    return s


def task_forms(task, verbs):
    """(imperative lower-cased, gerund) forms of an O*NET task sentence. `verbs` maps words
    that open task statements to how many do. Verbs coordinated with the first one become
    gerunds too: the leading chain ("Plan, direct, or coordinate"), and later ones joined by
    "and"/"or" that are common task verbs followed by an object ("Repair parts and explain
    functions", but not "maintenance, or repair of equipment")."""
    t = task.strip().rstrip(".")
    v = lower_first(t)
    m = FIRST_WORD.match(t)
    if not m:
        return v, v
    rest = t[m.end():]
    head = ""
    lead = LEADING_CHAIN.match(rest)
    if lead and all(w in verbs for _, w in COORDINATED_WORD.findall(lead.group(0))):
        head = COORDINATED_WORD.sub(lambda c: f"{c.group(1)} {gerund(c.group(2))}", lead.group(0))
        rest = rest[lead.end():]

    def later(c):
        following = c.group(3)
        if verbs.get(c.group(2), 0) >= 10 and following not in ("of", "and", "or"):
            return f"{c.group(1)} {gerund(c.group(2))} {following}"
        return c.group(0)

    return v, gerund(m.group(0)) + head + LATER_VERB.sub(later, rest)


def join_list(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def read_tsv(path):
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        header = f.readline().rstrip("\r\n").split("\t")
        for line in f:
            cells = line.rstrip("\r\n").split("\t")
            if len(cells) >= len(header):
                yield dict(zip(header, cells))


def read_csv(path):
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
        yield from csv.DictReader(f)


def strip_parenthesis(label):
    p = label.find(" (")
    return label[:p] if p > 0 else label


def load(data):
    onet = os.path.join(data, "onet")
    esco = os.path.join(data, "esco")
    titles = {}
    for r in read_tsv(os.path.join(onet, "Occupation Data.txt")):
        titles[r["O*NET-SOC Code"]] = r["Title"].strip()
    alternates = {}
    for r in read_tsv(os.path.join(onet, "Alternate Titles.txt")):
        alt = strip_parenthesis(r["Alternate Title"].strip())
        if alt:
            alternates.setdefault(r["O*NET-SOC Code"], []).append(alt)
        short = r.get("Short Title", "").strip()
        if short and short.lower() != "n/a":
            alternates.setdefault(r["O*NET-SOC Code"], []).append(short)
    tasks = {}
    for r in read_tsv(os.path.join(onet, "Task Statements.txt")):
        t = r["Task"].strip()
        if t:
            tasks.setdefault(r["O*NET-SOC Code"], []).append(t)
    techs = {}
    hot = []
    for r in read_tsv(os.path.join(onet, "Technology Skills.txt")):
        ex = r["Example"].strip()
        if not ex:
            continue
        techs.setdefault(r["O*NET-SOC Code"], []).append(ex)
        if r.get("Hot Technology") == "Y":
            hot.append(ex)
    skills = {}
    for r in read_csv(os.path.join(esco, "skills_en.csv")):
        label = (r.get("preferredLabel") or "").strip()
        if label:
            kind = "knowledge" if r.get("skillType") == "knowledge" else "competence"
            skills[r["conceptUri"]] = (strip_parenthesis(label), kind)
    skill_list = list(skills.values())

    # Optional: the ESCO skills of each O*NET occupation, through the Nesta crosswalk.
    occ_skills = {}
    crosswalk = os.path.join(data, "crosswalks", "esco_onet_crosswalk_Nov2020.csv")
    relations = os.path.join(esco, "occupationSkillRelations.csv")
    if os.path.exists(crosswalk) and os.path.exists(relations):
        esco_of = {}
        for r in read_csv(crosswalk):
            esco_of.setdefault(r["concept_uri"], []).append(r["onet_code"])
        by_esco = {}
        for r in read_csv(relations):
            if r["occupationUri"] in esco_of and r["skillUri"] in skills:
                by_esco.setdefault(r["occupationUri"], []).append(skills[r["skillUri"]])
        for uri, codes in esco_of.items():
            for code in codes:
                occ_skills.setdefault(code, []).extend(by_esco.get(uri, []))

    openers = {}
    for ts in tasks.values():
        for t in ts:
            m = FIRST_WORD.match(t)
            if m:
                w = m.group(0).lower()
                openers[w] = openers.get(w, 0) + 1
    # Words opening tasks are verbs (in the imperative, so never ending in -s).
    verbs = {w: n for w, n in openers.items() if not w.endswith("s")}

    occupations = sorted(c for c in titles if tasks.get(c))
    if not occupations:
        sys.exit(f"gen-postings: no occupation with tasks under {onet}")
    return titles, alternates, tasks, verbs, techs, hot, skill_list, occ_skills, occupations


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="data directory laid out like ../shared/datasets")
    ap.add_argument("--n", type=int, default=1000, help="number of postings (default 1000)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    ap.add_argument("--out", default="-", help="output file (default: standard output)")
    args = ap.parse_args()
    if args.n < 0:
        ap.error("--n must be >= 0")

    start = time.monotonic()
    titles, alternates, tasks, verbs, techs, hot, skill_list, occ_skills, occupations = load(
        args.data
    )
    loaded = time.monotonic() - start
    rng = random.Random(args.seed)
    forms = {}
    day0 = datetime.date(2024, 1, 1).toordinal()
    days = datetime.date(2025, 12, 31).toordinal() - day0 + 1

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    try:
        buf = []
        for i in range(args.n):
            code = rng.choice(occupations)
            alts = alternates.get(code)
            # Occupation titles are plural ("Registered Nurses"): only when there is no variant.
            title = rng.choice(alts) if alts else titles[code]
            r = rng.random()
            for prefix, p in SENIORITY:
                if r < p:
                    title = prefix + title
                    break
                r -= p
            employer = " ".join(
                (rng.choice(EMPLOYER_FIRST), rng.choice(EMPLOYER_SECOND), rng.choice(EMPLOYER_SUFFIX))
            )
            location = rng.choice(LOCATIONS)
            paragraphs = [rng.choice(INTROS).format(employer=employer, title=title, location=location)]

            occ_tasks = tasks[code]
            picked = rng.sample(occ_tasks, min(len(occ_tasks), rng.randint(4, 8)))
            if rng.random() < 0.4:
                lines = [rng.choice(TASK_BULLETS_HEAD)]
                lines += ["\u2022 " + t.rstrip(".") for t in picked]
                paragraphs.append("\n".join(lines))
            else:
                sentences = []
                for t in picked:
                    f = forms.get(t)
                    if f is None:
                        f = forms[t] = task_forms(t, verbs)
                    sentences.append(rng.choice(TASK_PROSE).format(v=f[0], g=f[1]))
                paragraphs.append(" ".join(sentences))

            own = techs.get(code) or hot
            chosen_tech = rng.sample(own, min(len(own), rng.randint(3, 8)))
            pool = occ_skills.get(code) or skill_list
            chosen_skills = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
            req = [rng.choice(REQUIREMENTS_HEAD)]
            if chosen_tech:
                req.append(rng.choice(TECH_TEMPLATES).format(list=join_list(chosen_tech)))
            competences = [label for label, kind in chosen_skills if kind == "competence"]
            knowledge = [label for label, kind in chosen_skills if kind == "knowledge"]
            if competences:
                req.append(rng.choice(SKILL_COMPETENCE_TEMPLATES).format(list=join_list(competences)))
            if knowledge:
                req.append(rng.choice(SKILL_KNOWLEDGE_TEMPLATES).format(list=join_list(knowledge)))
            paragraphs.append(" ".join(req))

            if rng.random() < 0.5:
                extra = rng.sample(BENEFITS, 1) + rng.sample(EQUAL_OPPORTUNITY, rng.randint(1, 2))
                paragraphs.append(" ".join(extra))

            date = datetime.date.fromordinal(day0 + rng.randrange(days)).isoformat()
            buf.append(
                json.dumps(
                    {
                        "id": f"SYN-{args.seed}-{i:07d}",
                        "title": title,
                        "description": "\n\n".join(paragraphs),
                        "date": date,
                        "employer": employer,
                        "location": location,
                    },
                    ensure_ascii=False,
                )
            )
            if len(buf) >= 2000:
                out.write("\n".join(buf))
                out.write("\n")
                buf.clear()
        if buf:
            out.write("\n".join(buf))
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(
        f"gen-postings: {args.n} postings from {len(occupations)} occupations "
        f"(loaded in {loaded:.1f} s, total {time.monotonic() - start:.1f} s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
