#!/usr/bin/env python3
"""Fills fuzz/corpus/<target>/ with small seed inputs split from data/sample.

Usage: scripts/fuzz-seeds.py [REPO_ROOT]

fuzz/corpus is git-ignored: it is generated (and grown by the fuzzers), never committed.
Seeds are named by the SHA-1 of their content, as libFuzzer names its own, so running this
again adds nothing twice. The first byte of an `onet`, `esco`, `crosswalk` or `table` seed
picks the file (or delimiter) the rest replaces; the order is the `FILES` list of each target
in fuzz/fuzz_targets/.
"""

import hashlib
import json
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
SAMPLE = os.path.join(ROOT, "data", "sample")
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def target_files(target):
    """The FILES list of fuzz/fuzz_targets/<target>.rs: a seed's first byte indexes it."""
    with open(os.path.join(ROOT, "fuzz", "fuzz_targets", target + ".rs"), encoding="utf-8") as f:
        src = f.read()
    body = re.search(r"const FILES: &\[&str\] = &\[(.*?)\];", src, re.S)
    if not body:
        sys.exit(f"fuzz-seeds: no FILES list in fuzz/fuzz_targets/{target}.rs")
    return re.findall(r'"([^"]+)"', body.group(1))


ONET = target_files("onet")
ESCO = target_files("esco")
CROSSWALK = target_files("crosswalk")
# Not in the sample: a hand-made ONET_to_US2010SOC.csv.
ONET_TO_SOC2010 = (
    b"O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,2010 SOC Code,2010 SOC Title\r\n"
    b"15-1199.08,Business Intelligence Analysts,15-1199,\"Computer Occupations, All Other\"\r\n"
    b"29-1141.00,Registered Nurses,29-1141,Registered Nurses\r\n"
)

OPEN_BADGES = [
    b"""{
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
  "id": "http://example.edu/credentials/1",
  "type": ["VerifiableCredential", "OpenBadgeCredential"],
  "issuer": {"id": "https://example.edu/issuers/1", "type": ["Profile"], "name": "Example University"},
  "name": "Wrapper name",
  "credentialSubject": {
    "type": ["AchievementSubject"],
    "achievement": {
      "id": "https://example.edu/achievements/sql",
      "type": ["Achievement"],
      "name": "SQL Querying",
      "description": "Queries relational data.",
      "achievementType": "Certificate",
      "criteria": {"narrative": "Pass a practical exam."},
      "creditsAvailable": 2,
      "tag": ["data", "sql"],
      "alignment": [
        {"type": ["Alignment"], "targetName": "SQL", "targetUrl": "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", "targetCode": "K1"},
        {"type": ["Alignment"], "targetName": "Joins", "targetCode": "case-42", "targetUrl": "https://case.example/42"}
      ]
    }
  }
}""",
    b'{"id": "urn:x:1", "type": ["Achievement"], "name": "Teamwork", "achievementType": "Competency", "creator": {"id": "https://c.example", "name": "Club"}}',
    b'{"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "https://ex.org/b/1", "name": "Excel Basics", "description": "Spreadsheets.", "criteria": {"narrative": "Quiz"}, "issuer": {"type": "Profile", "name": "Ex"}, "alignment": [{"targetName": "use spreadsheets software", "targetUrl": "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be"}], "tags": ["excel"]}',
    b'[{"type": ["Achievement"], "id": "urn:a", "name": "A"}, {"type": ["VerifiableCredential", "EndorsementCredential"], "name": "x"}]',
]

CTDL = [
    b"""{
  "@context": "https://credreg.net/ctdl/schema/context/json",
  "@graph": [
    {
      "@id": "https://example.org/program.json",
      "@type": "ceterms:LearningProgram",
      "ceterms:ctid": "ce-prog",
      "ceterms:name": {"en-US": "Data Program"},
      "ceterms:hasPart": ["https://example.org/course-a.json"],
      "ceterms:ownedBy": ["_:org"],
      "ceterms:isNonCredit": true,
      "ceterms:deliveryType": [{"ceterms:targetNode": "deliveryType:BlendedDelivery"}],
      "ceterms:estimatedDuration": [{"ceterms:description": {"en-US": "Three quarters; five to ten hours of student commitment per week."}, "ceterms:exactDuration": "P9M"}],
      "ceterms:estimatedCost": [{"ceterms:price": 4485.0, "ceterms:currency": "US Dollar", "ceterms:directCostType": {"ceterms:targetNode": "costType:AggregateCost"}}],
      "ceterms:occupationType": [{"ceterms:codedNotation": "15-2051.01", "ceterms:targetNodeName": {"en-US": "BI Analysts"}}]
    },
    {
      "@id": "https://example.org/course-a.json",
      "@type": "ceterms:Course",
      "ceterms:ctid": "ce-course-a",
      "ceterms:name": {"en-US": "SQL Course"},
      "ceterms:ownedBy": ["_:org"],
      "ceterms:estimatedDuration": [{"ceterms:exactDuration": "P4W"}, {"ceterms:exactDuration": "PT160H"}],
      "ceterms:entryCondition": [{"ceterms:condition": {"en-US": ["High school maths"]}, "ceterms:targetLearningOpportunity": ["https://example.org/program.json", "https://registry.example/resources/ce-intro"]}],
      "ceterms:teaches": [{"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", "ceterms:targetNodeName": {"en-US": "SQL"}}],
      "ceterms:estimatedCost": [{"ceterms:price": 100, "ceterms:currency": "USD", "ceterms:directCostType": {"ceterms:targetNode": "costType:Tuition"}}]
    },
    {"@id": "_:org", "@type": "ceterms:CredentialOrganization", "ceterms:name": {"en-US": "Example College"}}
  ]
}""",
    b"""{
  "@id": "https://example.org/degree",
  "@type": "ceterms:BachelorDegree",
  "ceterms:ctid": "ce-degree",
  "ceterms:name": {"en": "BS Nursing", "ar-sa": "x"},
  "ceterms:learningDeliveryType": [{"ceterms:targetNode": "deliveryType:InPerson"}, {"ceterms:targetNode": "deliveryType:OnlineOnly"}],
  "ceterms:estimatedDuration": [{"ceterms:exactDuration": "P4Y"}],
  "ceterms:occupationType": [{"ceterms:codedNotation": "29-1141.00"}],
  "ceterms:requires": [
    {"ceterms:name": {"en-US": "Credit Hours"}, "ceterms:creditValue": [{"schema:description": {"en-US": "Semester Hours"}, "schema:value": 120.00}]},
    {"ceterms:name": {"en-US": "Competencies"}, "ceterms:targetCompetency": [{"ceterms:targetNode": "https://registry.example/resources/ce-comp1", "ceterms:targetNodeName": {"en-US": "A competent care provider."}}]},
    {"ceterms:name": {"en-US": "Criteria"}, "ceterms:description": {"en-US": "Details\\n\\nThe learner assesses patients.\\nThe learner plans care."}}
  ]
}""",
]


def read(*parts):
    with open(os.path.join(SAMPLE, *parts), "rb") as f:
        return f.read()


def records(data, quoted):
    """Splits into physical records: lines, kept together while a quote is open (CSV)."""
    out, cur, open_quote = [], b"", False
    for line in data.splitlines(keepends=True):
        cur += line
        if quoted and line.count(b'"') % 2 == 1:
            open_quote = not open_quote
        if not open_quote:
            out.append(cur)
            cur = b""
    if cur:
        out.append(cur)
    return out


def chunks(data, quoted, rows=4, limit=12, max_bytes=3000):
    """Header plus `rows` records at a time, at most `limit` seeds, each under `max_bytes`."""
    recs = records(data, quoted)
    if not recs:
        return []
    header, body = recs[0], recs[1:]
    out = [header]
    step = max(1, len(body) // limit) if len(body) > rows * limit else rows
    for start in range(0, len(body), step):
        seed = header + b"".join(body[start:start + rows])
        out.append(seed[:max_bytes])
        if len(out) > limit:
            break
    return out


def lines(data, per=1, limit=12):
    ls = [l for l in data.splitlines(keepends=True) if l.strip()]
    return [b"".join(ls[i:i + per]) for i in range(0, min(len(ls), per * limit), per)]


def save(target, seeds):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    new = 0
    for s in seeds:
        name = os.path.join(d, hashlib.sha1(s).hexdigest())
        if not os.path.exists(name):
            with open(name, "wb") as f:
                f.write(s)
            new += 1
    return new


def main():
    seeds = {}
    seeds["onet"] = [bytes([i]) + c for i, f in enumerate(ONET) for c in chunks(read("onet", f), False, limit=6)]
    seeds["esco"] = [bytes([i]) + c for i, f in enumerate(ESCO) for c in chunks(read("esco", f), True, limit=6)]
    cw = []
    for i, f in enumerate(CROSSWALK):
        data = ONET_TO_SOC2010 if f.endswith("ONET_to_US2010SOC.csv") else read("crosswalks", *f.split("/"))
        cw += [bytes([i]) + c for c in chunks(data, True, limit=6)]
    seeds["crosswalk"] = cw
    seeds["table"] = (
        [b"\x00" + c for c in chunks(read("onet", "Skills.txt"), False, limit=4)]
        + [b"\x01" + c for c in chunks(read("esco", "skills_en.csv"), True, rows=2, limit=4)]
        + [b"\x01a,b,c\r\n1,\"x\ny\",3\r\n4,5\r\n\r\n6,7,8,9\r\n", b"\x00a\tb\r1\t2\r\r3\t4\n"]
    )
    postings_csv = read("postings", "sample_postings.csv")
    seeds["postings_csv"] = chunks(postings_csv, True, rows=2)
    jsonl = read("postings", "sample_postings.jsonl")
    seeds["postings_jsonl"] = lines(jsonl, per=2)
    schema = read("postings", "sample_postings_schemaorg.jsonl")
    docs = [l.strip() for l in schema.splitlines() if l.strip()]
    seeds["postings_schemaorg"] = (
        docs[:10]
        + [b"[" + b",\n".join(docs[i:i + 2]) + b"]" for i in range(0, min(len(docs), 8), 2)]
        + [b'{"@context": "https://schema.org", "@graph": [' + docs[0] + b"]}"]
        + [json.dumps(json.loads(docs[1]), indent=2).encode()]
    )
    seeds["credentials_csv"] = chunks(read("credentials", "sample_credentials.csv"), True, rows=2)
    cj = read("credentials", "sample_credentials.jsonl")
    cjl = [l.strip() for l in cj.splitlines() if l.strip()]
    seeds["credentials_json"] = lines(cj, per=2) + [b"[\n" + b",\n".join(cjl[:3]) + b"\n]", json.dumps(json.loads(cjl[0]), indent=2).encode()]
    seeds["open_badges"] = OPEN_BADGES
    seeds["ctdl"] = CTDL
    texts = []
    for l in jsonl.splitlines():
        if l.strip():
            d = json.loads(l)
            texts.append((d.get("title", "") + "\n" + d.get("description", "")).encode())
    seeds["extract"] = [t[:1500] for t in texts[:12]] + [b"Python, SQL & Tableau; critical thinking. Equal opportunity employer."]
    for target, s in sorted(seeds.items()):
        print(f"{target}: {len(s)} seeds, {save(target, s)} new")


if __name__ == "__main__":
    main()
