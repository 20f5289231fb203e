#!/usr/bin/env python3
"""Generate the skillgap SAMPLE dataset under data/sample/.

The sample is written in the native file layouts of
  * the O*NET 29.x text (tab-delimited) release,
  * the ESCO v1.1.1 English CSV release (classification + relations packages),
  * the crosswalk files used by skillgap (Nesta ESCO-O*NET, O*NET taxonomy
    crosswalks, BLS ISCO-08 <-> 2010 SOC).

Codes, URIs, official titles and labels below are facts taken from O*NET-SOC
2019 and ESCO v1.1.1.  Every description, task statement, rating value and
similarity score is invented by the skillgap project for demonstration and is
NOT an official value.

Deterministic, python3 standard library only, reads no input files.
Usage: python3 scripts/make-sample.py [output_dir]   (default: data/sample)
"""
import csv
import hashlib
import os
import sys

ESCO = "http://data.europa.eu/esco/"

# --------------------------------------------------------------------------
# Small deterministic helpers
# --------------------------------------------------------------------------

def unit(*key):
    """Deterministic pseudo-random float in [0, 1) derived from key."""
    h = hashlib.sha256("|".join(str(k) for k in key).encode("utf-8")).hexdigest()
    return int(h[:12], 16) / float(16 ** 12)


def jitter(amount, *key):
    return (unit(*key) * 2.0 - 1.0) * amount


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


# --------------------------------------------------------------------------
# O*NET: occupations (codes and titles are O*NET-SOC 2019 facts; the rest is
# authored for the sample)
# --------------------------------------------------------------------------
# code: (title, family, job zone, description)
ONET_OCCS = [
    ("11-3021.00", "Computer and Information Systems Managers", "itmgr", 4,
     "Lead an organisation's information technology function, setting priorities for systems, networks and software and directing the staff who build and run them."),
    ("13-1082.00", "Project Management Specialists", "biz", 4,
     "Plan, schedule and steer projects from kick-off to close, keeping scope, budget, risks and stakeholders aligned."),
    ("13-1161.00", "Market Research Analysts and Marketing Specialists", "biz", 4,
     "Study markets, customers and competitors to estimate demand for products or services and turn the findings into marketing recommendations."),
    ("13-2011.00", "Accountants and Auditors", "fin", 4,
     "Prepare, review and verify financial records and statements, making sure they are accurate, complete and compliant with tax and reporting rules."),
    ("13-2051.00", "Financial and Investment Analysts", "fin", 4,
     "Evaluate financial data, securities and business plans to guide investment, budgeting and funding decisions."),
    ("15-1211.00", "Computer Systems Analysts", "it", 4,
     "Examine how an organisation uses its computer systems and design changes to hardware, software and workflows that make them serve the business better."),
    ("15-1212.00", "Information Security Analysts", "it", 4,
     "Protect an organisation's networks, systems and data by monitoring for threats, hardening configurations and responding to security incidents."),
    ("15-1242.00", "Database Administrators", "it", 4,
     "Install, tune, secure and back up database systems so that data stays available, consistent and protected."),
    ("15-1244.00", "Network and Computer Systems Administrators", "it", 4,
     "Keep an organisation's servers, networks and user systems running by installing, configuring, monitoring and repairing them."),
    ("15-1252.00", "Software Developers", "it", 4,
     "Design, write, test and maintain software applications or systems, translating user needs into working, reliable code."),
    ("15-1253.00", "Software Quality Assurance Analysts and Testers", "it", 4,
     "Plan and run tests on software to find defects, document problems and confirm that releases meet agreed quality standards."),
    ("15-1254.00", "Web Developers", "it", 3,
     "Build and maintain websites and web applications, handling page structure, interactivity, performance and integration with back-end services."),
    ("15-2041.00", "Statisticians", "data", 5,
     "Design studies and surveys, apply statistical methods to data and explain what the results mean for research, policy or business questions."),
    ("15-2051.00", "Data Scientists", "data", 4,
     "Combine statistics, programming and domain knowledge to build models and analyses that extract insight and predictions from large data sets."),
    ("15-2051.01", "Business Intelligence Analysts", "data", 4,
     "Turn company and market data into dashboards, reports and recommendations that help managers track performance and make decisions."),
    ("25-2021.00", "Elementary School Teachers, Except Special Education", "teach", 4,
     "Teach young pupils core subjects such as reading, writing and arithmetic, plan lessons and follow each child's progress."),
    ("27-1024.00", "Graphic Designers", "design", 4,
     "Create visual concepts, layouts and artwork for print and digital media that communicate a message to a target audience."),
    ("29-1071.00", "Physician Assistants", "health", 5,
     "Examine, diagnose and treat patients under the supervision of a physician, including ordering tests and prescribing medication where permitted."),
    ("29-1141.00", "Registered Nurses", "health", 4,
     "Assess patients, plan and deliver nursing care, give medication and treatments, and teach patients and families how to manage health conditions."),
    ("29-2061.00", "Licensed Practical and Licensed Vocational Nurses", "health", 3,
     "Provide routine bedside care such as checking vital signs, dressing wounds and helping with medication, working under registered nurses or physicians."),
    ("31-1131.00", "Nursing Assistants", "health", 2,
     "Help patients with daily living activities such as bathing, eating and moving, and report changes in their condition to the nursing staff."),
    ("41-3091.00", "Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel", "sales", 3,
     "Find and win business customers for services, explain what the service offers and keep client accounts growing."),
    ("43-3031.00", "Bookkeeping, Accounting, and Auditing Clerks", "fin", 3,
     "Record day-to-day financial transactions, reconcile accounts and keep ledgers and supporting documents in order."),
    ("47-2111.00", "Electricians", "trade", 3,
     "Install, inspect, maintain and repair electrical wiring, fixtures and control equipment in buildings in line with electrical codes."),
    ("49-9021.00", "Heating, Air Conditioning, and Refrigeration Mechanics and Installers", "trade", 3,
     "Install, service and repair heating, ventilation, air conditioning and refrigeration systems and their controls."),
]

# code: [(alternate title, short title or n/a, sources)]
ALT_TITLES = {
    "11-3021.00": [("Chief Information Officer (CIO)", "CIO", "02,08"), ("IT Director", "n/a", "08"), ("IT Manager", "n/a", "04,06"), ("Information Systems Manager", "n/a", "08")],
    "13-1082.00": [("Project Manager", "n/a", "08,10"), ("Project Coordinator", "n/a", "08"), ("IT Project Manager", "n/a", "10"), ("Program Manager", "n/a", "08")],
    "13-1161.00": [("Market Research Analyst", "n/a", "04,06"), ("Marketing Analyst", "n/a", "08"), ("Consumer Insights Analyst", "n/a", "10"), ("Marketing Specialist", "n/a", "04,06")],
    "13-2011.00": [("Certified Public Accountant (CPA)", "CPA", "02,08"), ("Staff Accountant", "n/a", "08"), ("Internal Auditor", "n/a", "04,06"), ("Tax Accountant", "n/a", "08"), ("Auditor", "n/a", "04,06")],
    "13-2051.00": [("Financial Analyst", "n/a", "04,06"), ("Investment Analyst", "n/a", "08"), ("Financial Planning and Analysis Analyst (FP&A Analyst)", "FP&A Analyst", "10"), ("Equity Research Analyst", "n/a", "08")],
    "15-1211.00": [("Systems Analyst", "n/a", "04,06"), ("IT Business Analyst", "n/a", "10"), ("Business Systems Analyst", "n/a", "08"), ("ERP Analyst", "n/a", "10")],
    "15-1212.00": [("Cyber Security Analyst", "n/a", "08,10"), ("Information Security Specialist", "n/a", "08"), ("Security Operations Center Analyst (SOC Analyst)", "SOC Analyst", "10"), ("IT Security Analyst", "n/a", "04,06")],
    "15-1242.00": [("Database Administrator (DBA)", "DBA", "02,04,06"), ("Database Analyst", "n/a", "08"), ("SQL Database Administrator", "n/a", "10"), ("Database Engineer", "n/a", "10")],
    "15-1244.00": [("Network Administrator", "n/a", "04,06"), ("Systems Administrator", "n/a", "04,06,08"), ("IT Administrator", "n/a", "10"), ("Server Administrator", "n/a", "08")],
    "15-1252.00": [("Programmer", "n/a", "04,06"), ("Software Engineer", "n/a", "08,10"), ("Application Developer", "n/a", "08"), ("Computer Programmer", "n/a", "04,06"), ("Full Stack Developer", "n/a", "10")],
    "15-1253.00": [("Software Tester", "n/a", "08"), ("QA Analyst (Quality Assurance Analyst)", "QA Analyst", "02,10"), ("Test Automation Engineer", "n/a", "10"), ("Software Test Engineer", "n/a", "08")],
    "15-1254.00": [("Web Developer", "n/a", "04,06"), ("Front End Developer", "n/a", "10"), ("Web Programmer", "n/a", "08"), ("Web Designer", "n/a", "04,06")],
    "15-2041.00": [("Statistician", "n/a", "04,06"), ("Biostatistician", "n/a", "08"), ("Statistical Analyst", "n/a", "08"), ("Survey Statistician", "n/a", "08")],
    "15-2051.00": [("Data Scientist", "n/a", "08,10"), ("Data Analyst", "n/a", "08"), ("Machine Learning Engineer", "n/a", "10"), ("Data Analytics Specialist", "n/a", "04,08"), ("Applied Scientist", "n/a", "08")],
    "15-2051.01": [("Business Intelligence Analyst (BI Analyst)", "BI Analyst", "02,08,10"), ("Data Analyst", "n/a", "10"), ("Business Data Analyst", "n/a", "10"), ("Reporting Analyst", "n/a", "08"), ("BI Developer", "n/a", "10")],
    "25-2021.00": [("Elementary School Teacher", "n/a", "04,06"), ("Primary School Teacher", "n/a", "08"), ("Classroom Teacher", "n/a", "08"), ("Third Grade Teacher", "n/a", "08")],
    "27-1024.00": [("Graphic Designer", "n/a", "04,06"), ("Graphic Artist", "n/a", "04,06"), ("Visual Designer", "n/a", "10"), ("Layout Artist", "n/a", "08")],
    "29-1071.00": [("Physician Assistant (PA)", "PA", "02,08"), ("Physician Associate", "n/a", "10"), ("Certified Physician Assistant (PA-C)", "PA-C", "08")],
    "29-1141.00": [("Registered Nurse (RN)", "RN", "02,04,06,08"), ("Staff Nurse", "n/a", "02"), ("Charge Nurse", "n/a", "08"), ("Clinical Nurse", "n/a", "08"), ("Nurse", "n/a", "04,06")],
    "29-2061.00": [("Licensed Practical Nurse (LPN)", "LPN", "02,08"), ("Licensed Vocational Nurse (LVN)", "LVN", "02,08"), ("Practical Nurse", "n/a", "04,06"), ("Charge Nurse, LPN", "n/a", "10")],
    "31-1131.00": [("Certified Nursing Assistant (CNA)", "CNA", "02,08"), ("Nurse Aide", "n/a", "04,06"), ("Patient Care Assistant", "n/a", "08"), ("Healthcare Assistant", "n/a", "10")],
    "41-3091.00": [("Account Executive", "n/a", "08"), ("Business Development Representative", "n/a", "10"), ("Sales Representative", "n/a", "04,06"), ("Account Manager", "n/a", "08")],
    "43-3031.00": [("Bookkeeper", "n/a", "04,06"), ("Accounting Clerk", "n/a", "04,06"), ("Accounts Payable Clerk", "n/a", "08"), ("Audit Clerk", "n/a", "04,06")],
    "47-2111.00": [("Electrician", "n/a", "04,06"), ("Journeyman Electrician", "n/a", "08"), ("Maintenance Electrician", "n/a", "08"), ("Master Electrician", "n/a", "10")],
    "49-9021.00": [("HVAC Technician (Heating, Ventilation, and Air Conditioning Technician)", "HVAC Technician", "02,08"), ("Refrigeration Mechanic", "n/a", "04,06"), ("HVAC Installer", "n/a", "08"), ("Air Conditioning Mechanic", "n/a", "04,06")],
}

# code: [(reported job title, shown in My Next Move)]
REPORTED_TITLES = {
    "11-3021.00": [("IT Director", "Y"), ("Chief Information Officer (CIO)", "Y"), ("Information Technology Manager", "N")],
    "13-1082.00": [("Project Manager", "Y"), ("Project Coordinator", "Y"), ("Senior Project Manager", "N")],
    "13-1161.00": [("Market Research Analyst", "Y"), ("Marketing Specialist", "Y"), ("Research Manager", "N")],
    "13-2011.00": [("Accountant", "Y"), ("Staff Auditor", "Y"), ("Certified Public Accountant (CPA)", "Y"), ("Tax Accountant", "N")],
    "13-2051.00": [("Financial Analyst", "Y"), ("Investment Analyst", "Y"), ("Portfolio Analyst", "N")],
    "15-1211.00": [("Systems Analyst", "Y"), ("Business Systems Analyst", "Y"), ("IT Analyst", "N")],
    "15-1212.00": [("Information Security Analyst", "Y"), ("Security Analyst", "Y"), ("Cyber Security Specialist", "N")],
    "15-1242.00": [("Database Administrator (DBA)", "Y"), ("Database Analyst", "Y"), ("Database Manager", "N")],
    "15-1244.00": [("Network Administrator", "Y"), ("Systems Administrator", "Y"), ("IT Specialist", "N")],
    "15-1252.00": [("Software Developer", "Y"), ("Software Engineer", "Y"), ("Application Developer", "N"), ("Programmer Analyst", "N")],
    "15-1253.00": [("Quality Assurance Analyst (QA Analyst)", "Y"), ("Software Tester", "Y"), ("Test Engineer", "N")],
    "15-1254.00": [("Web Developer", "Y"), ("Front End Developer", "Y"), ("Web Designer", "N")],
    "15-2041.00": [("Statistician", "Y"), ("Mathematical Statistician", "Y"), ("Research Statistician", "N")],
    "15-2051.00": [("Data Scientist", "Y"), ("Data Analyst", "Y"), ("Machine Learning Engineer", "N")],
    "15-2051.01": [("Business Intelligence Analyst", "Y"), ("Data Analyst", "Y"), ("Reporting Analyst", "N")],
    "25-2021.00": [("Elementary School Teacher", "Y"), ("Classroom Teacher", "Y"), ("Fourth Grade Teacher", "N")],
    "27-1024.00": [("Graphic Designer", "Y"), ("Graphic Artist", "Y"), ("Designer", "N")],
    "29-1071.00": [("Physician Assistant (PA)", "Y"), ("Certified Physician Assistant (PA-C)", "Y")],
    "29-1141.00": [("Registered Nurse (RN)", "Y"), ("Staff Nurse", "Y"), ("Charge Nurse", "N"), ("Clinical Nurse", "N")],
    "29-2061.00": [("Licensed Practical Nurse (LPN)", "Y"), ("Licensed Vocational Nurse (LVN)", "Y"), ("Charge Nurse", "N")],
    "31-1131.00": [("Certified Nursing Assistant (CNA)", "Y"), ("Nurse Aide", "Y"), ("Patient Care Technician", "N")],
    "41-3091.00": [("Sales Representative", "Y"), ("Account Executive", "Y"), ("Sales Consultant", "N")],
    "43-3031.00": [("Bookkeeper", "Y"), ("Accounting Clerk", "Y"), ("Accounts Receivable Clerk", "N")],
    "47-2111.00": [("Electrician", "Y"), ("Journeyman Electrician", "Y"), ("Maintenance Electrician", "N")],
    "49-9021.00": [("HVAC Technician", "Y"), ("Service Technician", "Y"), ("Refrigeration Technician", "N")],
}

# code: [(task, Core/Supplemental)]  -- all written for the sample
TASKS = {
    "11-3021.00": [("Set the technology roadmap for the organisation and align it with business goals.", "Core"),
                   ("Approve and monitor budgets for hardware, software, cloud services and staff.", "Core"),
                   ("Hire, coach and evaluate managers and specialists in the information technology department.", "Core"),
                   ("Negotiate contracts and service levels with technology vendors.", "Supplemental")],
    "13-1082.00": [("Draw up project plans that define scope, milestones, resources and budget.", "Core"),
                   ("Track progress against the plan and report status and risks to sponsors.", "Core"),
                   ("Run regular meetings with team members and stakeholders to resolve open issues.", "Core"),
                   ("Document lessons learned when a project closes.", "Supplemental")],
    "13-1161.00": [("Design surveys and interview guides to collect information about customers and markets.", "Core"),
                   ("Analyse sales, survey and web data to identify trends and customer segments.", "Core"),
                   ("Present findings and marketing recommendations to managers in reports and slide decks.", "Core"),
                   ("Monitor competitor pricing, products and campaigns.", "Supplemental")],
    "13-2011.00": [("Prepare monthly and annual financial statements and supporting schedules.", "Core"),
                   ("Check accounting records for errors, irregularities and compliance with standards.", "Core"),
                   ("Compute taxes owed and prepare tax returns for organisations or individuals.", "Core"),
                   ("Advise management on cost reduction and internal control improvements.", "Supplemental")],
    "13-2051.00": [("Build financial models to forecast revenues, costs and cash flows.", "Core"),
                   ("Assess the performance and risk of investments, companies or projects.", "Core"),
                   ("Write reports and recommendations for investment or budgeting decisions.", "Core"),
                   ("Follow economic news and market movements that affect the portfolio.", "Supplemental")],
    "15-1211.00": [("Interview users and managers to document business and system requirements.", "Core"),
                   ("Model data flows and processes and propose system changes to meet requirements.", "Core"),
                   ("Coordinate testing of new or modified systems with developers and users.", "Core"),
                   ("Prepare cost-benefit estimates for proposed system upgrades.", "Supplemental")],
    "15-1212.00": [("Monitor security alerts and logs to detect suspicious activity on networks and systems.", "Core"),
                   ("Investigate security incidents and coordinate containment and recovery.", "Core"),
                   ("Run vulnerability scans and track remediation of the weaknesses found.", "Core"),
                   ("Train staff on safe computing and security policies.", "Supplemental")],
    "15-1242.00": [("Install, configure and upgrade database management software.", "Core"),
                   ("Schedule and test database backups and recovery procedures.", "Core"),
                   ("Tune queries, indexes and storage to keep database performance acceptable.", "Core"),
                   ("Manage user accounts and access rights to databases.", "Core"),
                   ("Plan database capacity for future growth.", "Supplemental")],
    "15-1244.00": [("Install and configure servers, network devices and operating systems.", "Core"),
                   ("Monitor system and network performance and fix outages.", "Core"),
                   ("Apply patches and updates to keep systems secure.", "Core"),
                   ("Answer support tickets from users about accounts, devices and connectivity.", "Supplemental")],
    "15-1252.00": [("Write, review and refactor source code for new features and fixes.", "Core"),
                   ("Translate user requirements into software designs and technical specifications.", "Core"),
                   ("Write automated tests and debug defects found in testing or production.", "Core"),
                   ("Keep technical documentation up to date.", "Supplemental")],
    "15-1253.00": [("Write test plans and test cases from requirements and design documents.", "Core"),
                   ("Execute manual and automated tests and record the results.", "Core"),
                   ("Log defects with clear reproduction steps and verify the fixes.", "Core"),
                   ("Maintain automated regression test suites.", "Supplemental")],
    "15-1254.00": [("Code web pages and front-end components with HTML, CSS and JavaScript.", "Core"),
                   ("Connect web pages to back-end services and databases.", "Core"),
                   ("Test sites across browsers and devices and fix layout or performance issues.", "Core"),
                   ("Work with designers to turn mock-ups into working pages.", "Supplemental")],
    "15-2041.00": [("Design sampling plans, experiments and questionnaires for data collection.", "Core"),
                   ("Apply statistical models to data and test hypotheses.", "Core"),
                   ("Explain statistical results and their limits to non-specialists.", "Core"),
                   ("Write or adapt statistical software routines.", "Supplemental")],
    "15-2051.00": [("Clean, combine and explore large data sets from different sources.", "Core"),
                   ("Build, validate and deploy machine learning or statistical models.", "Core"),
                   ("Present insights with visualisations and plain-language summaries.", "Core"),
                   ("Work with engineers to put models into production data pipelines.", "Supplemental")],
    "15-2051.01": [("Build dashboards and recurring reports on key performance indicators.", "Core"),
                   ("Query databases and data warehouses to answer business questions.", "Core"),
                   ("Identify trends and anomalies in business data and explain their causes.", "Core"),
                   ("Document data definitions and report logic.", "Supplemental")],
    "25-2021.00": [("Plan daily lessons that match curriculum goals and pupils' needs.", "Core"),
                   ("Teach reading, writing, mathematics and other subjects to the whole class or small groups.", "Core"),
                   ("Assess pupils' work and keep records of their progress.", "Core"),
                   ("Meet parents to discuss their child's progress and behaviour.", "Supplemental")],
    "27-1024.00": [("Develop design concepts and layouts from a client or marketing brief.", "Core"),
                   ("Create illustrations, logos and page layouts with design software.", "Core"),
                   ("Prepare final artwork files for print or digital publication.", "Core"),
                   ("Present design options to clients and revise them after feedback.", "Supplemental")],
    "29-1071.00": [("Interview patients about their health history and examine them.", "Core"),
                   ("Order and interpret diagnostic tests and make preliminary diagnoses.", "Core"),
                   ("Prescribe or administer treatments and medication within the scope of practice.", "Core"),
                   ("Counsel patients on prevention and follow-up care.", "Supplemental")],
    "29-1141.00": [("Assess patients' condition and record observations in the health record.", "Core"),
                   ("Give medication and treatments as ordered and watch for side effects.", "Core"),
                   ("Plan and adjust nursing care together with physicians and other staff.", "Core"),
                   ("Teach patients and families how to manage care after discharge.", "Core"),
                   ("Supervise nursing assistants and practical nurses on the unit.", "Supplemental")],
    "29-2061.00": [("Measure and record vital signs such as temperature, pulse and blood pressure.", "Core"),
                   ("Change dressings, collect samples and help with medication.", "Core"),
                   ("Report changes in patients' condition to registered nurses or physicians.", "Core"),
                   ("Help patients with bathing, dressing and moving.", "Supplemental")],
    "31-1131.00": [("Help patients bathe, dress, eat and use the toilet.", "Core"),
                   ("Turn, lift and reposition patients who cannot move on their own.", "Core"),
                   ("Measure vital signs and report any changes to nurses.", "Core"),
                   ("Change bed linen and keep patient rooms clean and tidy.", "Supplemental")],
    "41-3091.00": [("Identify and contact potential business customers for the company's services.", "Core"),
                   ("Explain service features and prepare proposals and quotes.", "Core"),
                   ("Keep customer records and sales activity up to date in the CRM system.", "Core"),
                   ("Follow up with existing clients to renew or extend contracts.", "Supplemental")],
    "43-3031.00": [("Enter invoices, payments and receipts into the accounting system.", "Core"),
                   ("Reconcile bank statements and ledger accounts.", "Core"),
                   ("Prepare simple reports on balances, payables and receivables.", "Core"),
                   ("Process payroll records and file supporting documents.", "Supplemental")],
    "47-2111.00": [("Read blueprints and wiring diagrams to plan electrical installations.", "Core"),
                   ("Install and connect wiring, outlets, switches and circuit breakers.", "Core"),
                   ("Test circuits and equipment to locate faults and repair them.", "Core"),
                   ("Make sure installations meet electrical codes and pass inspection.", "Core"),
                   ("Estimate materials and labour for small jobs.", "Supplemental")],
    "49-9021.00": [("Install heating, cooling and refrigeration units and connect ducts, piping and controls.", "Core"),
                   ("Diagnose faults in compressors, burners, motors and thermostats and repair them.", "Core"),
                   ("Recover, recycle and charge refrigerants following environmental rules.", "Core"),
                   ("Perform scheduled maintenance and explain system operation to customers.", "Supplemental")],
}

# code: [related codes in order]  (Primary-Short for first 2, Primary-Long next, then Supplemental)
RELATED = {
    "11-3021.00": ["15-1211.00", "13-1082.00", "15-1212.00", "15-1244.00", "15-1252.00"],
    "13-1082.00": ["11-3021.00", "15-1211.00", "13-1161.00", "15-2051.01"],
    "13-1161.00": ["15-2051.01", "15-2051.00", "41-3091.00", "15-2041.00", "13-2051.00"],
    "13-2011.00": ["43-3031.00", "13-2051.00", "15-2051.01", "13-1082.00"],
    "13-2051.00": ["13-2011.00", "15-2051.01", "15-2041.00", "13-1161.00"],
    "15-1211.00": ["15-2051.01", "15-1252.00", "11-3021.00", "15-1242.00", "13-1082.00"],
    "15-1212.00": ["15-1244.00", "15-1242.00", "11-3021.00", "15-1211.00"],
    "15-1242.00": ["15-1244.00", "15-2051.01", "15-1211.00", "15-1212.00", "15-1252.00"],
    "15-1244.00": ["15-1212.00", "15-1242.00", "15-1211.00", "11-3021.00"],
    "15-1252.00": ["15-1254.00", "15-1253.00", "15-1211.00", "15-2051.00", "15-1242.00", "11-3021.00"],
    "15-1253.00": ["15-1252.00", "15-1254.00", "15-1211.00"],
    "15-1254.00": ["15-1252.00", "27-1024.00", "15-1253.00", "15-1211.00"],
    "15-2041.00": ["15-2051.00", "13-1161.00", "15-2051.01", "13-2051.00"],
    "15-2051.00": ["15-2041.00", "15-2051.01", "15-1252.00", "13-1161.00", "15-1211.00"],
    "15-2051.01": ["15-2051.00", "13-1161.00", "15-1211.00", "15-2041.00", "13-2051.00", "15-1242.00"],
    "25-2021.00": ["31-1131.00", "27-1024.00", "13-1082.00"],
    "27-1024.00": ["15-1254.00", "13-1161.00", "25-2021.00"],
    "29-1071.00": ["29-1141.00", "29-2061.00", "31-1131.00"],
    "29-1141.00": ["29-2061.00", "29-1071.00", "31-1131.00", "25-2021.00"],
    "29-2061.00": ["29-1141.00", "31-1131.00", "29-1071.00"],
    "31-1131.00": ["29-2061.00", "29-1141.00", "25-2021.00"],
    "41-3091.00": ["13-1161.00", "13-1082.00", "43-3031.00"],
    "43-3031.00": ["13-2011.00", "13-2051.00", "41-3091.00"],
    "47-2111.00": ["49-9021.00", "15-1244.00", "13-1082.00"],
    "49-9021.00": ["47-2111.00", "41-3091.00", "13-1082.00"],
}

# Technology Skills: example -> (UNSPSC commodity code, commodity title, hot technology)
# Product names, commodity codes/titles and the Hot Technology flag are facts from
# the O*NET Technology Skills file; the per-occupation selection and In Demand
# flags are authored.
TECH = {
    "Adobe Acrobat": ("43232202", "Document management software", "Y"),
    "Adobe After Effects": ("43232103", "Video creation and editing software", "Y"),
    "Adobe Creative Cloud software": ("43232102", "Graphics or photo imaging software", "Y"),
    "Adobe Illustrator": ("43232102", "Graphics or photo imaging software", "Y"),
    "Adobe InDesign": ("43232112", "Desktop publishing software", "Y"),
    "Adobe Photoshop": ("43232102", "Graphics or photo imaging software", "Y"),
    "Alteryx software": ("43232314", "Business intelligence and data analysis software", "Y"),
    "Amazon Web Services AWS software": ("43232306", "Data base user interface and query software", "Y"),
    "Apache Hadoop": ("43232304", "Data base management system software", "Y"),
    "Apache Spark": ("43232314", "Business intelligence and data analysis software", "Y"),
    "Atlassian Confluence": ("43231507", "Project management software", "Y"),
    "Atlassian JIRA": ("43232201", "Content workflow software", "Y"),
    "Autodesk AutoCAD": ("43232604", "Computer aided design CAD software", "Y"),
    "Bash": ("43233004", "Operating system software", "Y"),
    "Bloomberg Professional": ("43231604", "Financial analysis software", "N"),
    "Building automation software": ("43232608", "Industrial control software", "N"),
    "C#": ("43232405", "Object or component oriented development software", "Y"),
    "C++": ("43232405", "Object or component oriented development software", "Y"),
    "Canva": ("43232102", "Graphics or photo imaging software", "Y"),
    "Cascading style sheets CSS": ("43232408", "Web platform development software", "Y"),
    "Cerner Millennium": ("43232610", "Medical software", "N"),
    "Cisco IOS": ("43233004", "Operating system software", "N"),
    "ClassDojo": ("43232702", "Desktop communications software", "N"),
    "Computerized maintenance management system CMMS": ("43232603", "Facilities management software", "N"),
    "Docker": ("43232701", "Application server software", "Y"),
    "eClinicalWorks EHR software": ("43232610", "Medical software", "Y"),
    "Electronic medical record EMR software": ("43232610", "Medical software", "N"),
    "Epic Systems": ("43232610", "Medical software", "Y"),
    "Figma": ("43232404", "Graphical user interface development software", "Y"),
    "Git": ("43232203", "File versioning software", "Y"),
    "GitHub": ("43232701", "Application server software", "Y"),
    "Google Analytics": ("43232307", "Data mining software", "Y"),
    "Google Classroom": ("43231507", "Project management software", "N"),
    "Google Docs": ("43232104", "Word processing software", "Y"),
    "HubSpot software": ("43231514", "Sales and marketing software", "Y"),
    "Hypertext markup language HTML": ("43232408", "Web platform development software", "Y"),
    "IBM SPSS Statistics": ("43232605", "Analytical or scientific software", "Y"),
    "Intuit QuickBooks": ("43231601", "Accounting software", "Y"),
    "JavaScript": ("43232408", "Web platform development software", "Y"),
    "Kahoot!": ("43232505", "Multi-media educational software", "N"),
    "Kubernetes": ("43232701", "Application server software", "Y"),
    "Linux": ("43233004", "Operating system software", "Y"),
    "MEDITECH software": ("43232610", "Medical software", "Y"),
    "Medical procedure coding software": ("43232610", "Medical software", "N"),
    "Microsoft Access": ("43232306", "Data base user interface and query software", "Y"),
    "Microsoft Active Directory": ("43232704", "Internet directory services software", "Y"),
    "Microsoft Azure software": ("43232402", "Development environment software", "Y"),
    "Microsoft Dynamics": ("43231602", "Enterprise resource planning ERP software", "Y"),
    "Microsoft Excel": ("43232110", "Spreadsheet software", "Y"),
    "Microsoft Office software": ("43231513", "Office suite software", "Y"),
    "Microsoft Outlook": ("43233501", "Electronic mail software", "Y"),
    "Microsoft Power BI": ("43232314", "Business intelligence and data analysis software", "Y"),
    "Microsoft PowerPoint": ("43232106", "Presentation software", "Y"),
    "Microsoft PowerShell": ("43232402", "Development environment software", "Y"),
    "Microsoft Project": ("43231507", "Project management software", "Y"),
    "Microsoft SQL Server": ("43232306", "Data base user interface and query software", "Y"),
    "Microsoft Teams": ("43231507", "Project management software", "Y"),
    "Microsoft Visio": ("43231518", "Process mapping and design software", "Y"),
    "Microsoft Visual Studio": ("43232402", "Development environment software", "Y"),
    "Microsoft Windows Server": ("43232701", "Application server software", "Y"),
    "Microsoft Word": ("43232104", "Word processing software", "Y"),
    "MongoDB": ("43232304", "Data base management system software", "Y"),
    "MySQL": ("43232306", "Data base user interface and query software", "Y"),
    "Nmap": ("43233205", "Transaction security and virus protection software", "N"),
    "Node.js": ("43232408", "Web platform development software", "Y"),
    "Oracle Database": ("43232306", "Data base user interface and query software", "Y"),
    "Oracle Java": ("43232405", "Object or component oriented development software", "Y"),
    "Oracle NetSuite": ("43231602", "Enterprise resource planning ERP software", "N"),
    "PHP": ("43232408", "Web platform development software", "Y"),
    "PostgreSQL": ("43232311", "Object oriented data base management software", "Y"),
    "Python": ("43232405", "Object or component oriented development software", "Y"),
    "R": ("43232405", "Object or component oriented development software", "Y"),
    "React": ("43232408", "Web platform development software", "Y"),
    "SAP software": ("43231602", "Enterprise resource planning ERP software", "Y"),
    "SAS": ("43232605", "Analytical or scientific software", "Y"),
    "Sage 50 Accounting": ("43231601", "Accounting software", "N"),
    "Salesforce software": ("43232303", "Customer relationship management CRM software", "Y"),
    "Selenium": ("43232406", "Program testing software", "Y"),
    "ServiceNow": ("43232306", "Data base user interface and query software", "Y"),
    "Smartsheet": ("43231507", "Project management software", "N"),
    "Splunk Enterprise": ("43232806", "Cloud-based management software", "Y"),
    "StataCorp Stata": ("43232605", "Analytical or scientific software", "N"),
    "Structured query language SQL": ("43232306", "Data base user interface and query software", "Y"),
    "Tableau": ("43232314", "Business intelligence and data analysis software", "Y"),
    "TensorFlow": ("43232605", "Analytical or scientific software", "Y"),
    "The MathWorks MATLAB": ("43232605", "Analytical or scientific software", "Y"),
    "Intuit TurboTax": ("43231603", "Tax preparation software", "N"),
    "Wireshark": ("43232801", "Network monitoring software", "N"),
    "Zoom": ("43233502", "Video conferencing software", "Y"),
}

# code: [(example, in demand)]  -- selection and In Demand flags authored
TECH_BY_OCC = {
    "11-3021.00": [("Microsoft Project", "Y"), ("Atlassian JIRA", "N"), ("ServiceNow", "Y"), ("Microsoft Azure software", "N"), ("Amazon Web Services AWS software", "Y"), ("Microsoft Excel", "Y"), ("SAP software", "N"), ("Microsoft Power BI", "N")],
    "13-1082.00": [("Microsoft Project", "Y"), ("Smartsheet", "N"), ("Atlassian JIRA", "Y"), ("Atlassian Confluence", "N"), ("Microsoft Excel", "Y"), ("Microsoft Teams", "N"), ("Microsoft Visio", "N")],
    "13-1161.00": [("Microsoft Excel", "Y"), ("IBM SPSS Statistics", "Y"), ("Tableau", "N"), ("Google Analytics", "Y"), ("Salesforce software", "N"), ("Structured query language SQL", "N"), ("Microsoft PowerPoint", "Y"), ("R", "N")],
    "13-2011.00": [("Microsoft Excel", "Y"), ("Intuit QuickBooks", "Y"), ("SAP software", "Y"), ("Oracle NetSuite", "N"), ("Intuit TurboTax", "N"), ("Microsoft Dynamics", "N"), ("Alteryx software", "N")],
    "13-2051.00": [("Microsoft Excel", "Y"), ("Bloomberg Professional", "N"), ("Structured query language SQL", "Y"), ("Python", "N"), ("Tableau", "N"), ("SAP software", "N"), ("Microsoft Power BI", "Y")],
    "15-1211.00": [("Structured query language SQL", "Y"), ("Microsoft Visio", "N"), ("SAP software", "Y"), ("Oracle Database", "N"), ("Atlassian JIRA", "Y"), ("Microsoft Excel", "N"), ("Python", "N")],
    "15-1212.00": [("Splunk Enterprise", "Y"), ("Wireshark", "N"), ("Nmap", "N"), ("Linux", "Y"), ("Microsoft Active Directory", "Y"), ("Python", "N"), ("Amazon Web Services AWS software", "Y"), ("Microsoft PowerShell", "N")],
    "15-1242.00": [("Oracle Database", "Y"), ("Microsoft SQL Server", "Y"), ("MySQL", "N"), ("PostgreSQL", "Y"), ("MongoDB", "N"), ("Structured query language SQL", "Y"), ("Amazon Web Services AWS software", "N"), ("Linux", "N"), ("Microsoft Access", "N")],
    "15-1244.00": [("Microsoft Windows Server", "Y"), ("Linux", "Y"), ("Microsoft Active Directory", "Y"), ("Cisco IOS", "N"), ("Microsoft PowerShell", "Y"), ("Wireshark", "N"), ("ServiceNow", "N"), ("Bash", "N")],
    "15-1252.00": [("Python", "Y"), ("Oracle Java", "Y"), ("JavaScript", "Y"), ("C++", "N"), ("C#", "Y"), ("Git", "Y"), ("GitHub", "N"), ("Docker", "Y"), ("Kubernetes", "N"), ("Structured query language SQL", "Y"), ("Microsoft Visual Studio", "N"), ("Amazon Web Services AWS software", "Y")],
    "15-1253.00": [("Selenium", "Y"), ("Atlassian JIRA", "Y"), ("Python", "N"), ("Oracle Java", "N"), ("Git", "Y"), ("Structured query language SQL", "N")],
    "15-1254.00": [("JavaScript", "Y"), ("Hypertext markup language HTML", "Y"), ("Cascading style sheets CSS", "Y"), ("React", "Y"), ("Node.js", "N"), ("PHP", "N"), ("Git", "Y"), ("MySQL", "N"), ("Figma", "N")],
    "15-2041.00": [("R", "Y"), ("SAS", "Y"), ("Python", "Y"), ("StataCorp Stata", "N"), ("IBM SPSS Statistics", "N"), ("The MathWorks MATLAB", "N"), ("Microsoft Excel", "N")],
    "15-2051.00": [("Python", "Y"), ("R", "Y"), ("Structured query language SQL", "Y"), ("TensorFlow", "N"), ("Apache Spark", "N"), ("Apache Hadoop", "N"), ("Tableau", "N"), ("Amazon Web Services AWS software", "Y"), ("Git", "N"), ("Microsoft Excel", "N")],
    "15-2051.01": [("Tableau", "Y"), ("Microsoft Power BI", "Y"), ("Structured query language SQL", "Y"), ("Microsoft Excel", "Y"), ("Python", "N"), ("Microsoft SQL Server", "N"), ("Alteryx software", "N"), ("Microsoft Access", "N")],
    "25-2021.00": [("Google Classroom", "Y"), ("ClassDojo", "N"), ("Kahoot!", "N"), ("Microsoft Word", "N"), ("Google Docs", "Y"), ("Zoom", "N")],
    "27-1024.00": [("Adobe Photoshop", "Y"), ("Adobe Illustrator", "Y"), ("Adobe InDesign", "Y"), ("Adobe Creative Cloud software", "Y"), ("Figma", "N"), ("Canva", "N"), ("Adobe After Effects", "N"), ("Adobe Acrobat", "N")],
    "29-1071.00": [("Epic Systems", "Y"), ("eClinicalWorks EHR software", "N"), ("Electronic medical record EMR software", "N"), ("Medical procedure coding software", "N"), ("Microsoft Word", "N")],
    "29-1141.00": [("Epic Systems", "Y"), ("Cerner Millennium", "Y"), ("MEDITECH software", "N"), ("Electronic medical record EMR software", "N"), ("Microsoft Outlook", "N"), ("Microsoft Excel", "N")],
    "29-2061.00": [("Epic Systems", "Y"), ("MEDITECH software", "N"), ("Electronic medical record EMR software", "N"), ("Microsoft Word", "N")],
    "31-1131.00": [("Epic Systems", "N"), ("Electronic medical record EMR software", "N"), ("Microsoft Office software", "N"), ("Microsoft Outlook", "N")],
    "41-3091.00": [("Salesforce software", "Y"), ("HubSpot software", "Y"), ("Microsoft Excel", "Y"), ("Microsoft PowerPoint", "N"), ("Microsoft Outlook", "Y"), ("Microsoft Dynamics", "N"), ("Zoom", "N")],
    "43-3031.00": [("Intuit QuickBooks", "Y"), ("Microsoft Excel", "Y"), ("Sage 50 Accounting", "N"), ("SAP software", "N"), ("Oracle NetSuite", "N"), ("Microsoft Access", "N"), ("Microsoft Word", "N")],
    "47-2111.00": [("Autodesk AutoCAD", "N"), ("Microsoft Excel", "N"), ("Adobe Acrobat", "N"), ("Building automation software", "N")],
    "49-9021.00": [("Computerized maintenance management system CMMS", "N"), ("Building automation software", "Y"), ("Autodesk AutoCAD", "N"), ("Microsoft Outlook", "N"), ("Adobe Acrobat", "N")],
}

# --------------------------------------------------------------------------
# O*NET Content Model (element ids and names are facts; descriptions authored)
# --------------------------------------------------------------------------
CONTENT_MODEL = [
    ("2", "Worker Requirements", "Learned attributes a worker brings to a job, such as skills and knowledge."),
    ("2.A", "Basic Skills", "Capacities that make learning and acquiring further knowledge easier."),
    ("2.A.1", "Content", "Foundational skills used to work with and take in information."),
    ("2.A.1.a", "Reading Comprehension", "Grasping the meaning of written material met on the job, such as memos, manuals and reports."),
    ("2.A.1.b", "Active Listening", "Paying full attention to speakers, checking understanding and asking useful questions."),
    ("2.A.1.c", "Writing", "Putting ideas into clear written form for the intended readers."),
    ("2.A.1.d", "Speaking", "Passing on information by talking in a clear and effective way."),
    ("2.A.1.e", "Mathematics", "Using arithmetic and mathematical methods to work out problems."),
    ("2.A.1.f", "Science", "Using the methods of science, such as observation and experiment, to investigate questions."),
    ("2.A.2", "Process", "Procedures that help a person learn and apply knowledge faster."),
    ("2.A.2.a", "Critical Thinking", "Weighing the strengths and weaknesses of options, conclusions or approaches using logic."),
    ("2.A.2.b", "Active Learning", "Working out what new information means for current and future tasks."),
    ("2.A.2.c", "Learning Strategies", "Picking teaching or study methods suited to the situation when learning or instructing."),
    ("2.A.2.d", "Monitoring", "Keeping track of how well oneself, others or the organisation are doing in order to improve."),
    ("2.B", "Cross-Functional Skills", "Capacities that support doing tasks found across many kinds of jobs."),
    ("2.B.1", "Social Skills", "Abilities for cooperating and interacting with other people."),
    ("2.B.1.a", "Social Perceptiveness", "Noticing how other people react and understanding why."),
    ("2.B.1.b", "Coordination", "Timing one's own work in relation to what others are doing."),
    ("2.B.1.c", "Persuasion", "Convincing people to change their views or actions."),
    ("2.B.1.d", "Negotiation", "Helping people with differing positions reach an agreement."),
    ("2.B.1.e", "Instructing", "Showing others how to carry out a task."),
    ("2.B.1.f", "Service Orientation", "A willingness to help others and to find out what they need."),
    ("2.B.2", "Complex Problem Solving Skills", "Abilities for handling unfamiliar problems whose shape is not clear at the outset."),
    ("2.B.2.i", "Complex Problem Solving", "Spotting complex problems, gathering relevant facts and choosing and carrying out a solution."),
    ("2.B.3", "Technical Skills", "Capacities used to design, set up, run and fix machines and technological systems."),
    ("2.B.3.a", "Operations Analysis", "Working out what a product or process needs to do before it is designed."),
    ("2.B.3.b", "Technology Design", "Shaping tools, devices or technical systems so that they suit the people who use them."),
    ("2.B.3.c", "Equipment Selection", "Deciding which tools and equipment a job requires."),
    ("2.B.3.d", "Installation", "Putting equipment, cabling or software in place so it works as specified."),
    ("2.B.3.e", "Programming", "Creating software by writing code in one or more programming languages."),
    ("2.B.3.g", "Operations Monitoring", "Keeping an eye on instruments and readouts to catch operating problems early."),
    ("2.B.3.h", "Operation and Control", "Operating machinery or technical systems and adjusting them while they run."),
    ("2.B.3.j", "Equipment Maintenance", "Servicing equipment on a schedule and judging what upkeep it needs."),
    ("2.B.3.k", "Troubleshooting", "Tracing why equipment or a system is failing and choosing a remedy."),
    ("2.B.3.l", "Repairing", "Restoring broken equipment or systems to working order."),
    ("2.B.3.m", "Quality Control Analysis", "Checking outputs and processes against standards to find flaws."),
    ("2.B.4", "Systems Skills", "Abilities for understanding how people, technology and procedures interact and for improving that interplay."),
    ("2.B.4.e", "Judgment and Decision Making", "Weighing the costs and benefits of possible actions and picking the best one."),
    ("2.B.4.g", "Systems Analysis", "Working out how a system should work and how changes will affect results."),
    ("2.B.4.h", "Systems Evaluation", "Choosing measures of system performance and the actions needed to improve it."),
    ("2.B.5", "Resource Management Skills", "Abilities for making good use of time, money, materials and people."),
    ("2.B.5.a", "Time Management", "Planning and using working time well, both one's own and that of colleagues."),
    ("2.B.5.b", "Management of Financial Resources", "Budgeting money for the work and tracking what has been spent."),
    ("2.B.5.c", "Management of Material Resources", "Obtaining and looking after the equipment, facilities and materials a job needs."),
    ("2.B.5.d", "Management of Personnel Resources", "Getting the best from staff by assigning them well, developing them and keeping them motivated."),
    ("2.C", "Knowledge", "Bodies of learned information that workers draw on in their jobs."),
    ("2.C.1", "Business and Management", "Knowledge of how organisations are run and how goods and services are sold."),
    ("2.C.1.a", "Administration and Management", "Principles of business planning, resource allocation, leadership and coordination."),
    ("2.C.1.b", "Administrative", "Office procedures such as records management, forms, scheduling and transcription."),
    ("2.C.1.c", "Economics and Accounting", "How economies, markets and banks work and how financial results are recorded and reported."),
    ("2.C.1.d", "Sales and Marketing", "Methods for promoting and selling products or services, including strategy and sales control."),
    ("2.C.1.e", "Customer and Personal Service", "Principles for delivering service to customers, including needs assessment and satisfaction."),
    ("2.C.1.f", "Personnel and Human Resources", "Recruitment, selection, training, pay and benefits, and labour relations."),
    ("2.C.2", "Manufacturing and Production", "Knowledge of how goods are produced, processed and distributed."),
    ("2.C.2.a", "Production and Processing", "Raw materials, production methods, quality control and costs of making goods."),
    ("2.C.2.b", "Food Production", "Techniques for growing, harvesting and preparing food products."),
    ("2.C.3", "Engineering and Technology", "Familiarity with how technical products and systems are conceived, built and applied."),
    ("2.C.3.a", "Computers and Electronics", "How computers, electronic devices and software work, from hardware components to applications and code."),
    ("2.C.3.b", "Engineering and Technology", "Applying engineering science and technology to design and produce goods and services."),
    ("2.C.3.c", "Design", "Drafting methods and tools for producing technical plans, blueprints and models."),
    ("2.C.3.d", "Building and Construction", "Materials, methods and tools used to build or repair houses, buildings and roads."),
    ("2.C.3.e", "Mechanical", "How machines and mechanical tools work and how to use, service and fix them."),
    ("2.C.4", "Mathematics and Science", "Familiarity with the natural, mathematical and social sciences and their methods."),
    ("2.C.4.a", "Mathematics", "Numbers, equations, geometry, calculus and statistics and how to apply them."),
    ("2.C.4.b", "Physics", "Physical principles and laws, including mechanics, electricity and heat."),
    ("2.C.4.c", "Chemistry", "Composition and properties of substances and how they react and change."),
    ("2.C.4.d", "Biology", "Living organisms, their tissues and cells, and how they interact with their environment."),
    ("2.C.4.e", "Psychology", "Human behaviour and performance, individual differences, learning and motivation."),
    ("2.C.4.f", "Sociology and Anthropology", "Group behaviour, society, cultures and their origins."),
    ("2.C.4.g", "Geography", "Features of land, sea and air and the distribution of people and resources."),
    ("2.C.5", "Health Services", "Knowledge of diagnosing, treating and rehabilitating physical and mental conditions."),
    ("2.C.5.a", "Medicine and Dentistry", "Information needed to diagnose and treat injuries and diseases, including medicines and procedures."),
    ("2.C.5.b", "Therapy and Counseling", "Approaches to treating and rehabilitating physical or mental conditions and to giving personal or career guidance."),
    ("2.C.6", "Education and Training", "Principles for designing curricula and training, teaching groups and individuals, and measuring learning."),
    ("2.C.7", "Arts and Humanities", "Knowledge of the arts, languages and the humanities."),
    ("2.C.7.a", "English Language", "English grammar, vocabulary, spelling and the rules of good writing."),
    ("2.C.7.b", "Foreign Language", "Structure and content of a language other than English."),
    ("2.C.7.c", "Fine Arts", "Creating and performing in music, dance, drama and the visual arts."),
    ("2.C.7.d", "History and Archeology", "Historical events, their causes and their effects on cultures."),
    ("2.C.7.e", "Philosophy and Theology", "Philosophical systems and religions, their principles and their influence on culture."),
    ("2.C.8", "Law and Public Safety", "Knowledge of regulations and methods that protect people and property."),
    ("2.C.8.a", "Public Safety and Security", "Equipment, policies and procedures that promote safety and security of people, data and property."),
    ("2.C.8.b", "Law and Government", "Laws, legal codes, court procedures, regulations and the political process."),
    ("2.C.9", "Communications", "Knowledge of how information is produced, packaged and distributed."),
    ("2.C.9.a", "Telecommunications", "How telephone, radio and data networks carry and switch signals and how they are run."),
    ("2.C.9.b", "Communications and Media", "How messages are created and spread through print, broadcast, online and other media."),
    ("2.C.10", "Transportation", "How passengers and freight are moved by road, rail, water or air, and the trade-offs between these modes."),
]
SKILL_IDS = [e for e in CONTENT_MODEL if e[0].startswith(("2.A.", "2.B.")) and e[0].count(".") == 3]
KNOW_IDS = [e for e in CONTENT_MODEL if e[0].startswith("2.C.") and (e[0].count(".") == 3 or e[0] in ("2.C.6", "2.C.10"))]

# --------------------------------------------------------------------------
# Authored rating profiles (Importance, 1-5).  Order follows SKILL_IDS /
# KNOW_IDS.  NOT O*NET values.
# --------------------------------------------------------------------------
SKILL_BASE = {
    "data":   [4.0, 3.8, 3.8, 3.6, 4.0, 2.6, 4.1, 3.8, 2.6, 3.3, 3.0, 3.0, 2.8, 2.4, 2.6, 2.6, 3.8, 3.4, 2.4, 1.6, 1.3, 3.5, 2.1, 1.6, 1.2, 2.1, 1.1, 2.6, 3.6, 3.6, 3.5, 3.1, 1.8, 1.5, 1.8],
    "it":     [3.9, 3.8, 3.5, 3.6, 2.9, 2.0, 4.0, 3.6, 2.5, 3.3, 2.8, 3.1, 2.6, 2.4, 2.6, 2.9, 4.0, 3.4, 3.0, 2.4, 2.3, 3.6, 3.0, 2.5, 2.0, 3.6, 1.9, 3.1, 3.6, 3.7, 3.5, 3.2, 1.8, 1.8, 2.0],
    "biz":    [4.0, 3.9, 3.8, 3.9, 3.0, 1.6, 4.0, 3.6, 2.7, 3.6, 3.4, 3.6, 3.4, 3.3, 2.9, 3.0, 3.7, 3.2, 2.0, 1.5, 1.2, 1.6, 2.0, 1.5, 1.1, 1.5, 1.1, 2.2, 3.8, 3.5, 3.5, 3.7, 2.8, 2.0, 2.9],
    "fin":    [4.0, 3.8, 3.6, 3.5, 3.8, 1.3, 3.9, 3.5, 2.4, 3.5, 2.8, 3.0, 2.6, 2.5, 2.5, 2.9, 3.5, 2.8, 1.6, 1.3, 1.1, 1.8, 2.1, 1.4, 1.1, 1.4, 1.0, 2.6, 3.6, 3.2, 3.2, 3.4, 3.3, 1.8, 2.0],
    "health": [3.9, 4.2, 3.4, 4.0, 2.8, 3.2, 4.0, 3.7, 3.3, 4.0, 4.1, 3.8, 2.9, 2.6, 3.5, 4.0, 3.6, 2.3, 1.5, 2.3, 1.3, 1.1, 3.6, 2.4, 1.5, 2.2, 1.3, 3.1, 3.8, 2.9, 3.0, 3.5, 1.8, 2.4, 2.6],
    "design": [3.6, 3.9, 3.4, 3.6, 2.4, 1.4, 3.7, 3.4, 2.4, 3.2, 3.3, 3.2, 2.9, 2.8, 2.4, 3.1, 3.4, 3.1, 3.3, 1.9, 1.3, 1.9, 2.0, 1.5, 1.2, 1.8, 1.2, 3.2, 3.4, 2.5, 2.6, 3.6, 2.0, 1.9, 1.8],
    "teach":  [3.9, 4.2, 3.7, 4.2, 3.2, 2.9, 3.8, 3.9, 4.4, 4.1, 4.0, 3.7, 3.6, 3.1, 4.4, 3.6, 3.4, 2.1, 1.6, 1.6, 1.1, 1.2, 1.9, 1.5, 1.1, 1.4, 1.1, 2.3, 3.6, 2.6, 2.8, 3.6, 1.7, 2.3, 2.8],
    "trade":  [3.5, 3.6, 2.8, 3.3, 3.2, 2.4, 3.6, 3.2, 2.6, 3.3, 2.7, 3.0, 2.5, 2.3, 2.7, 3.0, 3.5, 2.6, 2.0, 3.4, 3.9, 1.3, 3.6, 3.3, 3.9, 4.0, 3.9, 3.6, 3.4, 2.7, 2.6, 3.2, 1.9, 2.4, 2.0],
    "sales":  [3.7, 4.1, 3.3, 4.2, 2.8, 1.4, 3.6, 3.4, 2.5, 3.4, 3.8, 3.3, 4.2, 4.0, 2.8, 3.9, 3.2, 2.3, 1.6, 1.4, 1.2, 1.3, 1.8, 1.5, 1.1, 1.5, 1.1, 2.1, 3.4, 2.4, 2.6, 3.5, 2.3, 1.8, 1.9],
}
SKILL_BASE["itmgr"] = SKILL_BASE["it"]
KNOW_BASE = {
    "data":   [3.2, 2.6, 2.9, 2.7, 3.0, 2.1, 2.0, 1.2, 4.5, 2.9, 2.5, 1.3, 1.4, 4.5, 1.8, 1.4, 1.5, 2.3, 2.1, 1.8, 1.3, 1.2, 3.1, 3.9, 1.6, 1.4, 1.4, 1.5, 1.9, 2.3, 2.3, 2.6, 1.3],
    "it":     [3.2, 2.8, 2.2, 2.2, 3.4, 2.2, 1.8, 1.1, 4.8, 3.5, 3.0, 1.4, 1.7, 3.3, 1.8, 1.2, 1.1, 2.2, 1.7, 1.5, 1.1, 1.2, 3.2, 3.9, 1.4, 1.5, 1.3, 1.4, 3.0, 2.8, 3.4, 2.5, 1.3],
    "biz":    [4.0, 3.3, 3.2, 3.3, 3.7, 3.2, 2.3, 1.2, 3.6, 2.4, 2.2, 1.6, 1.4, 3.2, 1.3, 1.2, 1.1, 2.6, 2.1, 1.8, 1.2, 1.3, 3.3, 4.0, 1.6, 1.4, 1.5, 1.6, 2.4, 3.0, 2.4, 2.8, 1.6],
    "fin":    [3.4, 3.6, 4.6, 2.4, 3.4, 2.3, 1.6, 1.1, 3.6, 1.4, 1.4, 1.2, 1.2, 4.1, 1.1, 1.1, 1.0, 2.0, 1.7, 1.6, 1.1, 1.1, 2.7, 3.9, 1.4, 1.2, 1.4, 1.4, 1.8, 3.4, 2.0, 2.0, 1.3],
    "health": [3.1, 3.3, 1.8, 1.6, 4.3, 2.5, 1.5, 2.1, 3.0, 1.8, 1.6, 1.4, 1.6, 2.8, 2.2, 3.0, 3.6, 4.0, 3.0, 1.6, 4.6, 3.6, 3.8, 3.9, 2.4, 1.4, 1.6, 2.8, 3.5, 2.9, 2.2, 2.2, 1.5],
    "design": [3.0, 2.8, 2.2, 3.7, 3.7, 1.9, 3.0, 1.2, 3.9, 2.1, 4.5, 1.6, 1.4, 2.5, 1.5, 1.3, 1.1, 2.6, 2.3, 1.8, 1.1, 1.1, 2.8, 3.9, 1.5, 4.4, 1.8, 1.7, 1.6, 2.2, 2.0, 4.0, 1.3],
    "teach":  [2.9, 3.0, 1.7, 1.5, 3.7, 2.1, 1.4, 1.6, 2.9, 1.5, 1.9, 1.4, 1.3, 3.9, 2.5, 2.3, 2.9, 4.1, 3.4, 3.5, 2.0, 3.2, 4.6, 4.5, 2.3, 3.1, 3.8, 2.7, 3.2, 2.7, 1.8, 2.7, 1.6],
    "trade":  [2.8, 2.5, 1.9, 1.9, 3.5, 1.9, 2.8, 1.1, 3.0, 3.6, 3.2, 4.2, 4.3, 3.5, 3.4, 2.6, 1.3, 1.9, 1.4, 2.0, 1.5, 1.2, 3.1, 3.2, 1.3, 1.2, 1.3, 1.2, 4.0, 2.9, 2.4, 1.6, 2.7],
    "sales":  [3.4, 2.8, 2.6, 4.5, 4.6, 2.4, 2.5, 1.2, 3.1, 1.8, 1.7, 1.3, 1.3, 2.6, 1.2, 1.1, 1.1, 3.0, 2.0, 2.2, 1.1, 1.2, 3.0, 4.0, 1.9, 1.4, 1.4, 1.4, 1.8, 2.6, 2.6, 3.0, 2.1],
}
KNOW_BASE["itmgr"] = KNOW_BASE["it"]

# Per-occupation adjustments keyed by element name (authored).
OVERRIDES = {
    "15-2051.00": {"Programming": 4.3, "Mathematics": 4.4, "Computers and Electronics": 4.6, "Science": 3.0},
    "15-2051.01": {"Programming": 3.2, "Sales and Marketing": 3.1, "Administration and Management": 3.6, "Customer and Personal Service": 3.4},
    "15-2041.00": {"Mathematics": 4.7, "Science": 3.6, "Programming": 3.4, "Computers and Electronics": 4.0},
    "13-1161.00": {"Sales and Marketing": 4.6, "Mathematics": 3.5, "Communications and Media": 3.6, "Psychology": 3.3},
    "15-1211.00": {"Systems Analysis": 4.3, "Systems Evaluation": 4.1, "Operations Analysis": 4.0},
    "15-1252.00": {"Programming": 4.6, "Technology Design": 4.1, "Computers and Electronics": 4.9, "Engineering and Technology": 3.8},
    "15-1253.00": {"Quality Control Analysis": 4.4, "Programming": 3.8, "Troubleshooting": 3.9},
    "15-1212.00": {"Public Safety and Security": 4.1, "Law and Government": 3.4, "Telecommunications": 3.8, "Troubleshooting": 3.9},
    "15-1244.00": {"Installation": 3.5, "Troubleshooting": 4.2, "Telecommunications": 4.2, "Equipment Maintenance": 3.0},
    "15-1242.00": {"Programming": 3.9, "Computers and Electronics": 4.8, "Mathematics": 3.2},
    "15-1254.00": {"Programming": 4.3, "Technology Design": 3.9, "Design": 3.9, "Communications and Media": 3.0},
    "13-1082.00": {"Coordination": 4.2, "Time Management": 4.1, "Management of Personnel Resources": 3.6, "Management of Financial Resources": 3.4},
    "29-2061.00": {"Medicine and Dentistry": 4.2, "Monitoring": 3.9, "Systems Analysis": 2.3, "Systems Evaluation": 2.4, "Writing": 3.0},
    "31-1131.00": {"Reading Comprehension": 3.3, "Writing": 2.8, "Critical Thinking": 3.3, "Medicine and Dentistry": 3.4, "Biology": 2.2, "Chemistry": 1.8, "Education and Training": 3.0, "Systems Analysis": 2.0, "Systems Evaluation": 2.1, "Science": 2.2, "Complex Problem Solving": 2.9},
    "29-1071.00": {"Science": 4.0, "Medicine and Dentistry": 4.8, "Biology": 4.2, "Chemistry": 3.6, "Judgment and Decision Making": 4.2, "Complex Problem Solving": 4.0},
    "13-2011.00": {"Economics and Accounting": 4.8, "Law and Government": 3.4, "Mathematics": 4.1},
    "13-2051.00": {"Mathematics": 4.3, "Economics and Accounting": 4.5, "Management of Financial Resources": 3.6},
    "43-3031.00": {"Economics and Accounting": 4.0, "Administrative": 4.0, "Critical Thinking": 3.3, "Mathematics": 3.4, "Systems Analysis": 2.2, "Systems Evaluation": 2.3, "Complex Problem Solving": 2.8},
    "11-3021.00": {"Administration and Management": 4.4, "Management of Personnel Resources": 3.9, "Management of Financial Resources": 3.6, "Coordination": 4.0, "Persuasion": 3.4, "Negotiation": 3.3, "Personnel and Human Resources": 3.5, "Economics and Accounting": 3.0, "Programming": 2.6, "Installation": 1.6},
    "47-2111.00": {"Public Safety and Security": 4.2, "Physics": 3.4, "Building and Construction": 4.3, "Programming": 1.1},
    "49-9021.00": {"Mechanical": 4.5, "Physics": 3.3, "Chemistry": 2.8, "Building and Construction": 3.9},
}
# (code, element id, scale) rows flagged Recommend Suppress = Y (authored)
SUPPRESS = {("29-1071.00", "2.C.1.c", "LV"), ("47-2111.00", "2.B.3.e", "LV"),
            ("27-1024.00", "2.C.4.a", "LV"), ("41-3091.00", "2.B.4.h", "LV")}
SKILL_DATES = {"fam": {"data": "08/2024", "it": "08/2023", "itmgr": "08/2022", "biz": "08/2023", "fin": "08/2023",
               "health": "08/2022", "design": "08/2023", "teach": "08/2024", "trade": "08/2022", "sales": "08/2023"}}
KNOW_DATES = {"data": "08/2024", "it": "08/2023", "itmgr": "08/2021", "biz": "08/2022", "fin": "08/2023",
              "health": "08/2021", "design": "08/2023", "teach": "08/2024", "trade": "08/2022", "sales": "08/2021"}

# --------------------------------------------------------------------------
# ESCO: authored descriptions (labels/URIs come from the facts block below)
# --------------------------------------------------------------------------
OCC_DESC = {
    "data analyst": "Data analysts gather, clean and examine data sets to answer business questions, and report the patterns they find in clear tables and charts.",
    "data scientist": "Data scientists build statistical and machine learning models on large and varied data and explain the insights to decision makers.",
    "business intelligence manager": "Business intelligence managers turn internal and market data into indicators, reports and advice that guide an organisation's strategy.",
    "statistician": "Statisticians plan data collection, apply statistical theory and methods to the results and interpret them for research, public bodies or companies.",
    "market research analyst": "Market research analysts study customers, competitors and market conditions to estimate demand and advise on marketing decisions.",
    "ICT system analyst": "ICT system analysts study how information systems support an organisation, gather requirements and specify improvements or new systems.",
    "software developer": "Software developers design, code, test and maintain software applications according to specifications and user needs.",
    "software tester": "Software testers plan and carry out tests on programs, record defects and check that software behaves as the specification requires.",
    "ICT security administrator": "ICT security administrators keep an organisation's systems and networks safe by managing access, firewalls, patches and security monitoring.",
    "ICT system administrator": "ICT system administrators install, configure, maintain and support computer systems, servers and networks so that they run reliably.",
    "database administrator": "Database administrators set up, tune, secure and back up databases and make sure data stays consistent and available to its users.",
    "web developer": "Web developers build, test and maintain websites and web applications, from page structure and styling to integration with back-end services.",
    "project manager": "Project managers plan, organise and control the resources, schedule, budget and risks of projects so that they deliver the agreed results.",
    "nurse responsible for general care": "General care nurses assess patients, plan and deliver nursing care, administer treatments and support patients and families in managing their health.",
    "specialist nurse": "Specialist nurses provide advanced nursing care in a particular clinical field, such as diabetes or cardiology, and advise patients and colleagues.",
    "healthcare assistant": "Healthcare assistants support nurses and other health professionals by helping patients with personal care, comfort and basic observations.",
    "nurse assistant": "Nurse assistants help patients with daily activities and basic care tasks under the direction of nursing staff.",
    "accountant": "Accountants keep and check financial records, prepare statements and tax returns, and advise organisations on financial matters.",
    "financial analyst": "Financial analysts study financial data, markets and companies to support investment, funding and budgeting decisions.",
    "bookkeeper": "Bookkeepers record daily financial transactions, maintain ledgers and prepare the basic figures used for financial statements.",
    "ICT operations manager": "ICT operations managers run the day-to-day delivery of an organisation's IT services, staff, suppliers and budgets.",
    "chief information officer": "Chief information officers set an organisation's information technology strategy and oversee its systems, data and digital services.",
    "graphic designer": "Graphic designers create images, layouts and visual concepts that communicate messages in print and digital media.",
    "primary school teacher": "Primary school teachers teach children a range of basic subjects, plan lessons, assess progress and keep in touch with parents.",
    "electrician": "Electricians install, inspect, maintain and repair electrical wiring, equipment and systems in buildings and facilities.",
    "heating and ventilation service engineer": "Heating and ventilation service engineers install, maintain and repair heating, ventilation and air conditioning systems.",
    "refrigeration air condition and heat pump technician": "Refrigeration, air conditioning and heat pump technicians install, commission and service cooling and heat pump systems and handle refrigerants safely.",
    "commercial sales representative": "Commercial sales representatives find business customers, present products or services and negotiate sales and contracts on behalf of a company.",
}

SKILL_DESC = {
    "Agile project management": "An iterative way of planning and steering projects in short cycles with frequent feedback from users.",
    "CSS": "The style sheet language used to describe the layout, colours and typography of web pages.",
    "DevOps": "A set of practices that joins software development and IT operations to deliver changes quickly and reliably.",
    "English": "The English language, including its grammar, vocabulary and spelling.",
    "ICT debugging tools": "Programs such as debuggers and profilers used to find and fix faults in software.",
    "ICT infrastructure": "The hardware, networks, software and facilities that make up an organisation's computing environment.",
    "ICT network security risks": "The kinds of threats that affect computer networks and the ways to assess and reduce them.",
    "ICT project management methodologies": "Structured approaches for planning and running technology projects, such as waterfall or agile methods.",
    "Java (computer programming)": "Writing, testing and maintaining software in the Java programming language.",
    "JavaScript": "Programming in JavaScript, the scripting language of web browsers and many server-side platforms.",
    "Microsoft Access": "A desktop database program for building simple databases, forms, queries and reports.",
    "Python (computer programming)": "Writing, testing and maintaining programs in the Python language, including for data analysis.",
    "R": "Programming in R, a language and environment widely used for statistics and data analysis.",
    "SQL": "The standard query language used to read and change data held in relational databases.",
    "TypeScript": "Programming in TypeScript, a typed superset of JavaScript that compiles to plain JavaScript.",
    "World Wide Web Consortium standards": "Recommendations published by the W3C that define how web technologies should work.",
    "accounting": "Recording, summarising and reporting an organisation's financial activity.",
    "accounting entries": "The debit and credit records of financial transactions in the books of account.",
    "accounting techniques": "Methods for recording, classifying, analysing and reporting business transactions.",
    "adapt to type of media": "Adjust content and design to the channel it will appear in, such as print, web or video.",
    "administer ICT system": "Look after the configuration, users and resources of a computer system so it runs as intended.",
    "algorithms": "Step-by-step procedures for solving problems or carrying out calculations, especially by computer.",
    "analyse ICT system": "Study how an information system works and identify where it could serve users better.",
    "analyse big data": "Examine very large data sets to find patterns and relationships that support decisions.",
    "analyse business processes": "Map and assess how work flows through an organisation to find ways to improve it.",
    "analyse consumer buying trends": "Study how and why customers buy in order to anticipate changes in demand.",
    "analyse software specifications": "Read a software specification and identify functional and non-functional requirements and constraints.",
    "apply person-centred care": "Treat patients as partners in planning and evaluating their own care.",
    "apply statistical analysis techniques": "Use descriptive and inferential statistics to explore data and test assumptions.",
    "apply teaching strategies": "Choose and use teaching methods that suit the learners and the content.",
    "assess students": "Judge pupils' progress and achievement through assignments, tests and observation.",
    "assessment processes": "Methods and criteria for evaluating learners' knowledge and skills.",
    "attend to ICT systems quality": "Make sure IT systems meet agreed quality requirements in operation.",
    "attend to detail": "Work carefully and thoroughly, even on small or routine parts of a task.",
    "bookkeeping regulations": "Rules that govern how financial records must be kept and retained.",
    "build predictive models": "Create statistical or machine learning models that estimate future outcomes.",
    "business analysis": "The discipline of identifying business needs and defining solutions to them.",
    "business intelligence": "Tools and practices for turning raw business data into information for decision making.",
    "calculate tax": "Work out the tax owed by a person or organisation under the applicable rules.",
    "characteristics of products": "The tangible features, uses and functions of the products a company sells.",
    "characteristics of services": "The features, application and support requirements of the services a company offers.",
    "check accounting records": "Review accounts and records to confirm that transactions are recorded correctly.",
    "cloud technologies": "Services and platforms that provide computing, storage and software over the internet.",
    "communicate in specialised nursing care": "Exchange information with patients, families and teams in a specialised area of nursing.",
    "communicate with nursing staff": "Share information about patients clearly and on time with nurses.",
    "computer programming": "Analysing problems and writing, testing and compiling code in programming languages.",
    "conduct quantitative research": "Carry out systematic research based on measurable data and statistical analysis.",
    "coordinate technological activities": "Direct the work of technical staff and partners towards shared technology goals.",
    "copyright legislation": "Laws that protect the rights of authors and creators over their original works.",
    "create data models": "Design models that describe the structure and relationships of an organisation's data.",
    "curriculum objectives": "The learning goals and outcomes defined for a course or school curriculum.",
    "customer relationship management": "Approaches for managing and developing relationships with customers over time.",
    "cyber attack counter-measures": "Techniques and tools that detect, prevent or limit attacks on computer systems.",
    "data mining": "Methods from statistics and machine learning for finding patterns in large data sets.",
    "data models": "Techniques and structures for representing data elements and the relations between them.",
    "data quality assessment": "Checking data against quality criteria such as accuracy, completeness and consistency.",
    "data storage": "The ways data is physically and logically stored, locally or remotely.",
    "database": "Kinds of databases, their purposes and how they organise information.",
    "database development tools": "Tools and methods used to design and build the logical and physical structure of databases.",
    "database management systems": "Software for creating, updating and querying databases, such as relational systems.",
    "debug software": "Find the causes of software defects and correct the code.",
    "define technical requirements": "State the technical properties a product or system must have to meet user needs.",
    "define technology strategy": "Set the goals, practices and plans for how an organisation will use technology.",
    "deliver visual presentation of data": "Present data as charts, diagrams or dashboards that are easy to understand.",
    "depreciation": "Spreading the cost of an asset over its useful life in the accounts.",
    "design graphics": "Combine images, type and layout to produce visual material that carries a message.",
    "design questionnaires": "Write and structure questionnaires that collect reliable answers for a study.",
    "design user interface": "Create screens and controls that let people interact easily with software.",
    "desktop publishing": "Producing page layouts for print or screen with specialised layout software.",
    "develop ICT workflow": "Set up repeatable sequences of IT activities that produce consistent results.",
    "develop creative ideas": "Come up with original concepts for designs, campaigns or products.",
    "develop software prototype": "Build an early working version of a program to test ideas and gather feedback.",
    "diagnose nursing care": "Identify a patient's nursing needs from assessment findings.",
    "dispose of hazardous waste": "Get rid of dangerous materials safely and in line with environmental rules.",
    "distribute meals to patients": "Serve meals to patients in line with their dietary requirements.",
    "economics": "Principles of how markets, money, production and consumption work.",
    "electrical testing methods": "Procedures and instruments used to test electrical equipment and installations.",
    "electrical wiring plans": "Drawings that show the layout and connections of electrical circuits in a building.",
    "electricity": "Principles of electric current and circuits and the risks involved in working with them.",
    "empathise with the healthcare user": "Understand and respond to the feelings and situation of patients.",
    "energy performance of buildings": "Factors and regulations that determine how much energy a building uses.",
    "ensure compliance with environmental legislation": "Check that work follows environmental laws and adapt practices when they change.",
    "ensure safety of healthcare users": "Protect patients from harm by following safe practices and procedures.",
    "establish data processes": "Set up procedures and tools for handling data in a consistent way.",
    "execute analytical mathematical calculations": "Carry out mathematical calculations to analyse data and solve problems.",
    "execute software tests": "Run tests on software and record whether it behaves as expected.",
    "financial forecasting": "Estimating future financial results from historical data and assumptions.",
    "financial management": "Planning, directing and controlling an organisation's financial resources.",
    "financial statements": "Reports such as the balance sheet and income statement that show financial position and results.",
    "first aid": "Emergency care given to an injured or ill person before professional help arrives.",
    "follow a brief": "Work to the requirements and constraints set out by a client.",
    "follow clinical guidelines": "Apply agreed clinical protocols and guidance in daily care.",
    "follow safety procedures when working at heights": "Use precautions that prevent falls when working above ground level.",
    "fraud detection": "Methods for spotting deceptive or irregular financial activity.",
    "general medicine": "The broad medical field covering diagnosis and non-surgical treatment of adults.",
    "geriatrics": "The branch of medicine concerned with older people's health and care.",
    "graphic design": "Principles and methods for communicating ideas through images, type and layout.",
    "handle data samples": "Select and prepare representative subsets of data for analysis.",
    "hardware components": "The physical parts that make up computers and related devices.",
    "have computer literacy": "Use computers and common software confidently and efficiently.",
    "health care legislation": "Laws covering patients' rights and the duties of health professionals.",
    "heating, ventilation, air conditioning and refrigeration parts": "Components such as valves, fans, compressors and condensers used in HVAC and refrigeration systems.",
    "human anatomy": "The structure of the human body and its organs and systems.",
    "human physiology": "How the organs and systems of the human body function.",
    "hydraulics": "Using the pressure of liquids to transmit power.",
    "hygiene in a health care setting": "Practices that keep care environments clean and prevent infection.",
    "identify abnormalities": "Notice when a patient's condition deviates from what is normal and report it.",
    "identify accounting errors": "Find and correct mistakes in accounts and records.",
    "identify customer requirements": "Find out what users need from a product or system and document it.",
    "identify statistical patterns": "Detect trends and regularities in data using statistical methods.",
    "implement ICT risk management": "Identify, assess and treat risks to an organisation's IT systems and data.",
    "implement a firewall": "Set up and maintain a firewall to control network traffic.",
    "implement a virtual private network": "Create encrypted connections between networks or remote users.",
    "implement anti-virus software": "Install, configure and update software that detects and removes malware.",
    "implement cloud security and compliance": "Apply security controls and policies to cloud services and check that they meet requirements.",
    "implement fundamentals of nursing": "Apply the basic principles and techniques of nursing in everyday care.",
    "improve business processes": "Change how work is done to raise efficiency or quality.",
    "infection control": "Measures that stop infections from spreading in care settings.",
    "information architecture": "How information is structured, organised and labelled so that it can be found and used.",
    "information extraction": "Pulling structured information out of unstructured or semi-structured sources.",
    "inspect electrical supplies": "Check electrical materials and components for damage or defects before use.",
    "install air conditioning device": "Fit and connect air conditioning units and make them ready for use.",
    "install electric switches": "Wire and mount electrical switches safely.",
    "install electrical and electronic equipment": "Fit equipment that depends on electric currents or fields, such as panels, motors and generators.",
    "install electricity sockets": "Fit and connect wall sockets safely.",
    "install heat pump": "Fit heat pumps and connect them to heating and electrical systems.",
    "install heating boiler": "Fit and connect boilers that heat water for heating systems.",
    "install heating furnace": "Fit and connect furnaces that heat air for distribution through a building.",
    "install refrigeration equipment": "Fit refrigeration systems and connect them to their power and piping.",
    "install ventilation equipment": "Fit fans, ducts and other equipment that move air through a building.",
    "integrate system components": "Combine hardware and software modules into one working system.",
    "integrated development environment software": "Editors and tool suites, such as compilers and debuggers, used to write software.",
    "interact verbally in English": "Speak with others in English and respond appropriately.",
    "interpret business information": "Understand business data and documents and draw conclusions from them.",
    "interpret current data": "Analyse up-to-date data to assess a situation and plan next steps.",
    "interpret financial statements": "Read financial statements and extract the figures and indicators that matter.",
    "lead others": "Guide and motivate a group of people towards a common goal.",
    "learning difficulties": "Conditions such as dyslexia or dyscalculia that affect how some learners acquire skills.",
    "levels of software testing": "The stages at which software is tested, such as unit, integration, system and acceptance testing.",
    "macroeconomics": "The study of the economy as a whole, including growth, inflation and unemployment.",
    "maintain ICT system": "Keep IT systems working through monitoring, updates and corrective actions.",
    "maintain database security": "Apply controls that protect databases against unauthorised access and loss.",
    "maintain electrical equipment": "Test and service electrical equipment and replace faulty parts.",
    "maintain financial records": "Keep complete and up-to-date records of financial transactions.",
    "manage budgets": "Set up a budget, follow spending against it and report deviations.",
    "manage changes in ICT system": "Plan and control upgrades and changes to IT systems while keeping them stable.",
    "manage healthcare users' data": "Keep accurate, confidential records of patient information.",
    "manage research data": "Produce, store, maintain and share the data generated by research.",
    "manage staff": "Direct and support employees so that they perform well.",
    "manage the general ledger": "Keep the general ledger accurate and reconcile it with supporting accounts.",
    "manage time": "Plan and control the time spent on tasks to meet deadlines.",
    "market research": "Methods for gathering and analysing information about markets and customers.",
    "marketing principles": "Core ideas about how to bring products and services to customers.",
    "mathematics": "The study of quantity, structure, space and change.",
    "microeconomics": "The study of how individuals and firms make economic decisions.",
    "monitor basic patients signs": "Check vital signs such as temperature, pulse and blood pressure and report changes.",
    "monitor system performance": "Measure how well a system performs and spot problems early.",
    "monitor technology trends": "Follow developments in technology and assess their relevance.",
    "normalise data": "Restructure data into a consistent form that reduces redundancy.",
    "nursing principles": "The foundations and values that underpin nursing practice.",
    "nursing science": "Research-based knowledge about health, illness and nursing interventions.",
    "observe student's progress": "Follow each pupil's learning and identify their needs.",
    "online analytical processing": "Tools for multidimensional analysis of business data, such as OLAP cubes.",
    "operating systems": "Software such as Linux or Windows that manages a computer's hardware and programs.",
    "perform backups": "Copy data and systems regularly so they can be restored after a failure.",
    "perform balance sheet operations": "Prepare the balance sheet showing assets, liabilities and equity.",
    "perform business analysis": "Assess a business situation and recommend changes that meet its goals.",
    "perform data analysis": "Collect, inspect and model data to find useful information for decisions.",
    "perform data cleansing": "Detect and correct corrupt, inaccurate or inconsistent records in data sets.",
    "perform market research": "Collect and analyse information about markets and customers.",
    "perform project management": "Plan and control the people, money, time and quality of a project.",
    "perform risk analysis": "Identify risks to a project or organisation and plan how to reduce them.",
    "perform software unit testing": "Test individual units of source code to confirm they work correctly.",
    "perform venous cannulation": "Insert a cannula into a patient's vein for sampling or treatment.",
    "person centred care": "A care approach that puts the person's preferences and needs at the centre.",
    "pharmacology": "The study of medicines and how they act on the body.",
    "plan nursing care in a specialised field": "Set care goals and interventions for patients in a specialised nursing area.",
    "prepare financial statements": "Compile the financial statements of an organisation for a period.",
    "prepare lesson content": "Create lesson material that fits the curriculum and the pupils.",
    "prepare market research reports": "Write up market research results in a clear report.",
    "prepare tax returns forms": "Complete tax return forms with the correct figures and documents.",
    "primary school procedures": "How primary schools are organised and the rules they operate under.",
    "project management": "The principles and techniques for running projects.",
    "project management principles": "Core concepts of project work such as scope, phases, roles and control.",
    "prospect new customers": "Look for and approach potential new customers.",
    "provide basic support to patients": "Help patients with everyday activities such as washing, dressing and eating.",
    "provide professional care in nursing": "Deliver nursing care that meets professional standards and ethics.",
    "provide technical documentation": "Write documentation that explains how a product or system works.",
    "query languages": "Languages used to retrieve information from databases and information systems.",
    "refrigerants": "Fluids used in heat pump and refrigeration cycles and their properties and hazards.",
    "report analysis results": "Present the methods, results and meaning of an analysis in documents or talks.",
    "resolve equipment malfunctions": "Find and fix faults in equipment, ordering parts when needed.",
    "respect publication formats": "Prepare material in the format required for publication.",
    "resuscitation": "Emergency procedures used to restore breathing and circulation.",
    "sales promotion techniques": "Tactics such as discounts, samples and displays that encourage people to buy.",
    "sales strategies": "Plans for reaching target customers and increasing sales.",
    "show empathy": "Recognise and respond to other people's emotions and experiences.",
    "show initiative": "Act on one's own accord without waiting to be told.",
    "software anomalies": "Deviations from expected software behaviour that may indicate defects.",
    "software metrics": "Measures used to assess the size, quality and complexity of software.",
    "solve ICT system problems": "Identify faults in IT systems and deploy fixes with minimal disruption.",
    "specialist nursing care": "Advanced nursing knowledge for caring for patients in a specific clinical area.",
    "statistical analysis system software": "Statistical software packages used for advanced analysis and reporting.",
    "statistics": "The theory and methods for collecting, analysing, interpreting and presenting data.",
    "strategic planning": "Defining long-term goals and the actions and resources needed to reach them.",
    "support nurses": "Help the nursing team by preparing patients, equipment and supplies for care.",
    "system backup best practice": "Procedures for backing up systems and data so that they can be recovered.",
    "systems development life-cycle": "The sequence of phases from planning to maintenance used to build information systems.",
    "tax legislation": "Laws that govern how taxes are assessed and paid.",
    "teach primary education class content": "Teach primary school subjects in ways that build on pupils' prior knowledge.",
    "thermodynamics": "The science of heat, energy and their transfer.",
    "think abstractly": "Use general concepts and models to reason about specific cases.",
    "think analytically": "Break down problems and information logically to reach sound conclusions.",
    "think creatively": "Come up with new and original ideas or approaches.",
    "tools for software configuration management": "Tools for version control, builds and release management of software.",
    "track key performance indicators": "Monitor the measures that show whether an organisation is meeting its goals.",
    "translate requirements into visual design": "Turn a set of requirements into a visual design that meets them.",
    "use ICT ticketing system": "Log, track and resolve issues and requests in a ticketing tool.",
    "use accounting systems": "Record and report financial transactions with accounting software.",
    "use creative suite software": "Create and edit artwork with professional design software suites.",
    "use customer relationship management software": "Record and manage customer interactions with CRM software.",
    "use databases": "Query and update data stored in databases with appropriate tools.",
    "use electronic health records in nursing": "Document nursing assessments and care in electronic health records.",
    "use measurement instruments": "Measure properties such as length, voltage or pressure with suitable instruments.",
    "use microsoft office": "Produce documents, spreadsheets, presentations and e-mail with Microsoft Office programs.",
    "use scripting programming": "Automate tasks with scripts in languages such as Python, Bash or PowerShell.",
    "use software design patterns": "Apply proven solutions to recurring software design problems.",
    "use software libraries": "Build software with reusable collections of code and routines.",
    "use spreadsheets software": "Organise, calculate and chart data in spreadsheet programs.",
    "utilise machine learning": "Apply machine learning techniques to build systems that learn from data.",
    "visual presentation techniques": "Ways of showing data visually, such as charts, maps and dashboards.",
    "web programming": "Developing web applications by combining markup, scripts and server-side code.",
    "work in multidisciplinary health teams": "Work with professionals from other health disciplines to deliver care.",
    "work in teams": "Cooperate with colleagues towards shared goals.",
    "work under supervision in care": "Carry out care tasks under the direction of qualified staff.",
    "write English": "Produce written documents and messages in English.",
}

ISCO_DESC = {
    "1219": "Managers of business services or administrative functions not classified in other unit groups, including project managers.",
    "1330": "Managers who plan and direct the provision of information and communications technology services and infrastructure.",
    "2120": "Professionals who develop and apply mathematical, actuarial and statistical methods.",
    "2166": "Professionals who design visual and audio-visual content for communication purposes.",
    "2221": "Professionals who plan, provide and evaluate nursing care for people who are ill, injured or otherwise in need.",
    "2341": "Teachers who teach a range of subjects at primary education level.",
    "2411": "Professionals who plan and provide accounting, auditing and related financial services.",
    "2413": "Professionals who analyse financial information to support investment and financial decisions.",
    "2421": "Professionals who analyse organisations and business processes and advise on improvements.",
    "2431": "Professionals who plan and carry out advertising and marketing research and campaigns.",
    "2511": "Professionals who analyse user needs and design information systems to meet them.",
    "2512": "Professionals who research, design, write and maintain software.",
    "2513": "Professionals who design and build websites, web applications and multimedia content.",
    "2519": "Software and applications professionals not classified elsewhere, such as software testers.",
    "2521": "Professionals who design, develop and administer databases.",
    "2522": "Professionals who keep computer systems and networks operating and available.",
    "2529": "Database and network professionals not classified elsewhere, such as security specialists.",
    "3115": "Technicians who support mechanical engineering work, including refrigeration and heat pump systems.",
    "3313": "Associate professionals who keep accounting records and perform related clerical and technical tasks.",
    "3322": "Representatives who sell goods or services to businesses and organisations.",
    "5321": "Workers who provide personal and health care to patients and residents in care settings.",
    "7127": "Workers who install, maintain and repair air conditioning and refrigeration equipment.",
    "7411": "Workers who install, maintain and repair electrical wiring and equipment in buildings.",
}

# Authored short descriptions for skill-hierarchy groups (keyed by preferred term)
GROUP_DESC = {
    "skills": "Abilities to apply knowledge and use know-how to complete tasks.",
    "knowledge": "Bodies of facts, principles and theories related to a field of work or study.",
    "transversal skills and competences": "Skills relevant across a wide range of occupations and sectors.",
    "language skills and knowledge": "Ability to understand, speak and write languages.",
    "languages": "Communicating in the mother tongue and foreign languages.",
    "communication, collaboration and creativity": "Exchanging information, working with others and producing new ideas.",
    "information skills": "Collecting, storing, analysing and documenting information.",
    "analysing and evaluating information and data": "Examining information and data to reach conclusions.",
    "assisting and caring": "Helping, caring for and protecting people.",
    "management skills": "Planning, organising and controlling resources and people.",
    "working with computers": "Using computers and digital tools to create, process and protect information.",
    "programming computer systems": "Writing and maintaining code for computer systems.",
    "setting up and protecting computer systems": "Installing, configuring and securing computer systems.",
    "accessing and analysing digital data": "Retrieving, managing and analysing data with digital tools.",
    "using digital tools for collaboration, content creation and problem solving": "Using software to work together, create content and solve problems.",
    "handling and moving": "Handling, moving and positioning objects and materials.",
    "constructing": "Building, installing and repairing structures and their systems.",
    "working with machinery and specialised equipment": "Operating, installing and maintaining machines and equipment.",
    "core skills and competences": "Foundational skills such as literacy, numeracy and digital basics.",
    "thinking skills and competences": "Analytical, critical and creative thinking.",
    "self-management skills and competences": "Managing one's own work, time and development.",
    "social and communication skills and competences": "Communicating and cooperating with other people.",
    "physical and manual skills and competences": "Using the body and hands with dexterity and care.",
    "life skills and competences": "Skills for health, citizenship and everyday life.",
    "information and communication technologies (icts)": "Knowledge of computing, software and networks.",
    "software and applications development and analysis": "Knowledge of designing, building and analysing software.",
    "database and network design and administration": "Knowledge of designing and administering databases and networks.",
    "business, administration and law": "Knowledge of business, finance, management and law.",
    "health and welfare": "Knowledge of health care, medicine and social care.",
    "natural sciences, mathematics and statistics": "Knowledge of the natural sciences, mathematics and statistics.",
    "engineering, manufacturing and construction": "Knowledge of engineering, production and building.",
    "education": "Knowledge of teaching, learning and education systems.",
    "social sciences, journalism and information": "Knowledge of society, behaviour, economics and media.",
    "arts and humanities": "Knowledge of arts, design, languages and the humanities.",
    "services": "Knowledge of personal, security, transport and environmental services.",
    "agriculture, forestry, fisheries and veterinary": "Knowledge of agriculture, forestry, fisheries and animal health.",
}

# ESCO occupation -> crosswalk row (O*NET-SOC 2010 code, O*NET 2010 title as the
# Nesta file prints it (lower case), matching titles, similarity, confidence).
# Similarity values are authored for the sample.
CROSSWALK = [
    ("data analyst", "15-1199.08", "business intelligence analysts", ["data analyst"], 0.8123, "1.0"),
    ("data scientist", "15-2099.00", "mathematical science occupations, all other", ["data scientist"], 0.8357, "1.0"),
    ("business intelligence manager", "15-1199.08", "business intelligence analysts", ["business intelligence analyst"], 0.8642, "2.0"),
    ("statistician", "15-2041.00", "statisticians", ["statistician"], 0.8815, "2.0"),
    ("market research analyst", "13-1161.00", "market research analysts and marketing specialists", ["market research analyst", "market analyst"], 0.8902, "2.0"),
    ("ICT system analyst", "15-1121.00", "computer systems analysts", ["systems analyst"], 0.8947, "2.0"),
    ("software developer", "15-1132.00", "software developers, applications", ["software developer", "programmer", "software engineer"], 0.8791, "2.0"),
    ("software tester", "15-1199.01", "software quality assurance engineers and testers", ["software tester"], 0.8566, "1.0"),
    ("ICT security administrator", "15-1122.00", "information security analysts", ["network security administrator"], 0.9034, "2.0"),
    ("ICT system administrator", "15-1142.00", "network and computer systems administrators", ["network administrator", "server administrator"], 0.8911, "2.0"),
    ("database administrator", "15-1141.00", "database administrators", ["database administrator", "DBA"], 0.9175, "2.0"),
    ("web developer", "15-1134.00", "web developers", ["web developer", "web programmer"], 0.9202, "2.0"),
    ("project manager", "11-9199.00", "managers, all other", ["project manager"], 0.7488, "1.0"),
    ("nurse responsible for general care", "29-1141.00", "registered nurses", ["ward nurse", "staff nurse"], 0.8633, "2.0"),
    ("specialist nurse", "29-1141.00", "registered nurses", "na", 0.8102, "1.0"),
    ("healthcare assistant", "31-1014.00", "nursing assistants", ["health care assistant"], 0.8579, "2.0"),
    ("nurse assistant", "31-1014.00", "nursing assistants", ["nurse aide"], 0.8714, "2.0"),
    ("accountant", "13-2011.00", "accountants and auditors", ["accountant", "auditor"], 0.8856, "2.0"),
    ("financial analyst", "13-2051.00", "financial analysts", ["financial analyst"], 0.8893, "2.0"),
    ("bookkeeper", "43-3031.00", "bookkeeping, accounting, and auditing clerks", ["bookkeeper", "accounting clerk"], 0.8601, "2.0"),
    ("ICT operations manager", "11-3021.00", "computer and information systems managers", ["IT operations manager"], 0.8412, "1.0"),
    ("chief information officer", "11-3021.00", "computer and information systems managers", ["chief information officer"], 0.8120, "1.0"),
    ("graphic designer", "27-1024.00", "graphic designers", ["graphic designer", "graphic artist"], 0.8034, "2.0"),
    ("primary school teacher", "25-2021.00", "elementary school teachers, except special education", "na", 0.8199, "1.0"),
    ("electrician", "47-2111.00", "electricians", ["electrician", "maintenance electrician"], 0.8167, "2.0"),
    ("heating and ventilation service engineer", "49-9021.00", "heating, air conditioning, and refrigeration mechanics and installers", ["HVAC mechanic"], 0.8466, "1.0"),
    ("refrigeration air condition and heat pump technician", "49-9021.00", "heating, air conditioning, and refrigeration mechanics and installers", "na", 0.8238, "1.0"),
    ("commercial sales representative", "41-3099.00", "sales representatives, services, all other", ["sales representative"], 0.7621, "1.0"),
]

# O*NET-SOC 2010 -> 2019 rows (official crosswalk facts; only rows whose 2019
# target is in the sample)
ONET_2010_TO_2019 = [
    ("11-3021.00", "Computer and Information Systems Managers", "11-3021.00"),
    ("11-9199.00", "Managers, All Other", "13-1082.00"),
    ("13-1161.00", "Market Research Analysts and Marketing Specialists", "13-1161.00"),
    ("13-1199.00", "Business Operations Specialists, All Other", "13-1082.00"),
    ("13-2011.00", "Accountants and Auditors", "13-2011.00"),
    ("13-2011.01", "Accountants", "13-2011.00"),
    ("13-2011.02", "Auditors", "13-2011.00"),
    ("13-2051.00", "Financial Analysts", "13-2051.00"),
    ("15-1121.00", "Computer Systems Analysts", "15-1211.00"),
    ("15-1122.00", "Information Security Analysts", "15-1212.00"),
    ("15-1132.00", "Software Developers, Applications", "15-1252.00"),
    ("15-1132.00", "Software Developers, Applications", "15-1253.00"),
    ("15-1134.00", "Web Developers", "15-1254.00"),
    ("15-1141.00", "Database Administrators", "15-1242.00"),
    ("15-1142.00", "Network and Computer Systems Administrators", "15-1244.00"),
    ("15-1199.01", "Software Quality Assurance Engineers and Testers", "15-1253.00"),
    ("15-1199.08", "Business Intelligence Analysts", "15-2051.01"),
    ("15-2041.00", "Statisticians", "15-2041.00"),
    ("15-2099.00", "Mathematical Science Occupations, All Other", "15-2051.00"),
    ("25-2021.00", "Elementary School Teachers, Except Special Education", "25-2021.00"),
    ("27-1024.00", "Graphic Designers", "27-1024.00"),
    ("29-1071.00", "Physician Assistants", "29-1071.00"),
    ("29-1141.00", "Registered Nurses", "29-1141.00"),
    ("29-2061.00", "Licensed Practical and Licensed Vocational Nurses", "29-2061.00"),
    ("31-1014.00", "Nursing Assistants", "31-1131.00"),
    ("41-3099.00", "Sales Representatives, Services, All Other", "41-3091.00"),
    ("43-3031.00", "Bookkeeping, Accounting, and Auditing Clerks", "43-3031.00"),
    ("47-2111.00", "Electricians", "47-2111.00"),
    ("49-9021.00", "Heating, Air Conditioning, and Refrigeration Mechanics and Installers", "49-9021.00"),
    ("49-9021.01", "Heating and Air Conditioning Mechanics and Installers", "49-9021.00"),
    ("49-9021.02", "Refrigeration Mechanics and Installers", "49-9021.00"),
]

# BLS ISCO-08 -> 2010 SOC rows for the sample's ISCO unit groups (public-domain
# facts; trailing spaces after some SOC codes are reproduced on purpose).
ISCO_SOC = [
    ("1219", "Business services and administration managers not elsewhere classified", "*", "11-2031", "Public Relations and Fundraising Managers", ""),
    ("1219", "Business services and administration managers not elsewhere classified", "*", "11-3011", "Administrative Services Managers", ""),
    ("1219", "Business services and administration managers not elsewhere classified", "*", "11-3061", "Purchasing Managers", ""),
    ("1219", "Business services and administration managers not elsewhere classified", "*", "11-9061", "Funeral Service Managers", ""),
    ("1219", "Business services and administration managers not elsewhere classified", "*", "11-9131", "Postmasters and Mail Superintendents", ""),
    ("1219", "Business services and administration managers not elsewhere classified", "*", "11-9199", "Managers, All Other", ""),
    ("1330", "Information and communications technology service managers", "", "11-3021", "Computer and Information Systems Managers", ""),
    ("2120", "Mathematicians, actuaries and statisticians", "*", "15-2011", "Actuaries", ""),
    ("2120", "Mathematicians, actuaries and statisticians", "*", "15-2021", "Mathematicians", ""),
    ("2120", "Mathematicians, actuaries and statisticians", "*", "15-2031", "Operations Research Analysts", ""),
    ("2120", "Mathematicians, actuaries and statisticians", "*", "15-2041", "Statisticians", ""),
    ("2120", "Mathematicians, actuaries and statisticians", "*", "19-3022", "Survey Researchers", ""),
    ("2166", "Graphic and multimedia designers", "*", "27-1014 ", "Multimedia Artists and Animators", ""),
    ("2166", "Graphic and multimedia designers", "*", "27-1024", "Graphic Designers", ""),
    ("2221", "Nursing professionals", "*", "29-1141", "Registered Nurses", ""),
    ("2221", "Nursing professionals", "*", "29-1151", "Nurse Anesthetists", ""),
    ("2221", "Nursing professionals", "*", "29-1171 ", "Nurse Practitioners", ""),
    ("2341", "Primary school teachers", "*", "25-2021", "Elementary School Teachers, Except Special Education", ""),
    ("2341", "Primary school teachers", "*", "25-2022", "Middle School Teachers, Except Special and Career/Technical Education", ""),
    ("2411", "Accountants", "*", "13-2011", "Accountants and Auditors", ""),
    ("2411", "Accountants", "*", "13-2031", "Budget Analysts", ""),
    ("2411", "Accountants", "*", "13-2082", "Tax Preparers", ""),
    ("2413", "Financial analysts", "*", "13-2041", "Credit Analysts", ""),
    ("2413", "Financial analysts", "*", "13-2051 ", "Financial Analysts", ""),
    ("2413", "Financial analysts", "*", "13-2061", "Financial Examiners", ""),
    ("2421", "Management and organization analysts", "*", "13-1081", "Logisticians", ""),
    ("2421", "Management and organization analysts", "*", "13-1111", "Management Analysts", ""),
    ("2431", "Advertising and marketing professionals", "*", "13-1161", "Market Research Analysts and Marketing Specialists", ""),
    ("2431", "Advertising and marketing professionals", "*", "27-3043 ", "Writers and Authors", ""),
    ("2511", "Systems analysts", "*", "15-1111", "Computer and Information Research Scientists", ""),
    ("2511", "Systems analysts", "*", "15-1121", "Computer Systems Analysts", ""),
    ("2512", "Software developers", "*", "15-1132", "Software Developers, Applications", ""),
    ("2512", "Software developers", "*", "15-1133", "Software Developers, Systems Software", ""),
    ("2513", "Web and multimedia developers", "", "15-1134 ", "Web Developers", ""),
    ("2519", "Software and applications developers and analysts not elsewhere classified", "", "15-1199", "Computer Occupations, All Other", ""),
    ("2521", "Database designers and administrators", "", "15-1141", "Database Administrators", ""),
    ("2522", "Systems administrators", "", "15-1142", "Network and Computer Systems Administrators", ""),
    ("2529", "Database and network professionals not elsewhere classified", "*", "15-1122", "Information Security Analysts", ""),
    ("2529", "Database and network professionals not elsewhere classified", "*", "15-1199", "Computer Occupations, All Other", ""),
    ("3115", "Mechanical engineering technicians", "*", "17-3021", "Aerospace Engineering and Operations Technicians", ""),
    ("3115", "Mechanical engineering technicians", "*", "17-3024", "Electro-Mechanical Technicians", ""),
    ("3115", "Mechanical engineering technicians", "*", "17-3027", "Mechanical Engineering Technicians", ""),
    ("3115", "Mechanical engineering technicians", "*", "17-3029", "Engineering Technicians, Except Drafters, All Other", ""),
    ("3313", "Accounting associate professionals", "", "43-3031", "Bookkeeping, Accounting, and Auditing Clerks", ""),
    ("3322", "Commercial sales representatives", "*", "41-1012", "First-Line Supervisors of Non-Retail Sales Workers", ""),
    ("3322", "Commercial sales representatives", "*", "41-3099 ", "Sales Representatives, Services, All Other", ""),
    ("3322", "Commercial sales representatives", "*", "41-4011 ", "Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products", ""),
    ("5321", "Health care assistants", "*", "31-1013 ", "Psychiatric Aides", ""),
    ("5321", "Health care assistants", "*", "31-1014 ", "Nursing Assistants", ""),
    ("7127", "Air conditioning and refrigeration mechanics", "*", "49-1011", "First-Line Supervisors of Mechanics, Installers, and Repairers", "recommended match 8/18/11"),
    ("7127", "Air conditioning and refrigeration mechanics", "*", "49-9021 ", "Heating, Air Conditioning, and Refrigeration Mechanics and Installers", ""),
    ("7411", "Building and related electricians", "*", "47-2111", "Electricians", ""),
    ("7411", "Building and related electricians", "*", "47-2231", "Solar Photovoltaic Installers", ""),
]

# ESCO ISCO unit groups: code -> (official ESCO preferred label, inScheme order)
ISCO_GROUPS = {
    "1219": ("Business services and administration managers not elsewhere classified", ["occupations", "isco"]),
    "1330": ("Information and communications technology service managers", ["occupations", "isco"]),
    "2120": ("Mathematicians, actuaries and statisticians", ["isco", "occupations"]),
    "2166": ("Graphic and multimedia designers", ["occupations", "isco"]),
    "2221": ("Nursing professionals", ["isco", "occupations"]),
    "2341": ("Primary school teachers", ["isco", "occupations"]),
    "2411": ("Accountants", ["isco", "occupations"]),
    "2413": ("Financial analysts", ["isco", "occupations"]),
    "2421": ("Management and organisation analysts", ["isco", "occupations"]),
    "2431": ("Advertising and marketing professionals", ["occupations", "isco"]),
    "2511": ("Systems analysts", ["isco", "occupations"]),
    "2512": ("Software developers", ["isco", "occupations"]),
    "2513": ("Web and multimedia developers", ["isco", "occupations"]),
    "2519": ("Software and applications developers and analysts not elsewhere classified", ["isco", "occupations"]),
    "2521": ("Database designers and administrators", ["occupations", "isco"]),
    "2522": ("Systems administrators", ["isco", "occupations"]),
    "2529": ("Database and network professionals not elsewhere classified", ["occupations", "isco"]),
    "3115": ("Mechanical engineering technicians", ["occupations", "isco"]),
    "3313": ("Accounting associate professionals", ["occupations", "isco"]),
    "3322": ("Commercial sales representatives", ["occupations", "isco"]),
    "5321": ("Health care assistants", ["isco", "occupations"]),
    "7127": ("Air conditioning and refrigeration mechanics", ["isco", "occupations"]),
    "7411": ("Building and related electricians", ["isco", "occupations"]),
}

# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def write_tsv(path, header, rows):
    """O*NET text layout: tab-delimited, no quoting, CRLF, trailing CRLF."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in [header] + rows:
            for cell in r:
                assert "\t" not in cell and "\n" not in cell and "\r" not in cell, (path, r)
            f.write("\t".join(r) + "\r\n")
    return len(rows)


def write_csv(path, header, rows, crlf):
    """RFC-4180 CSV with minimal double-quote quoting (ESCO: CRLF; crosswalks: LF)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                       lineterminator="\r\n" if crlf else "\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    return len(rows)


def f2(x):
    return "%.2f" % x


def f4(x):
    return "%.4f" % x


# --------------------------------------------------------------------------
# O*NET builders
# --------------------------------------------------------------------------

def occ_index():
    return {c: (t, fam, jz, d) for c, t, fam, jz, d in ONET_OCCS}


def rating_rows(code, fam, elements, base, kind):
    """Two rows (IM, LV) per element; all numbers authored/generated."""
    rows = []
    ov = OVERRIDES.get(code, {})
    if kind == "skill":
        date = SKILL_DATES["fam"][fam]
        source = "Analyst"
    else:
        date = KNOW_DATES[fam]
        source = "Incumbent"
    for i, (eid, name, _desc) in enumerate(elements):
        im = ov.get(name, base[fam][i]) + jitter(0.18, code, eid, "im")
        im = round(clamp(im, 1.0, 5.0), 2)
        if kind == "skill":
            n = 8
            se_im = 0.06 + 0.30 * unit(code, eid, "se-im")
        else:
            n = 18 + int(unit(code, "n") * 20)
            se_im = 0.12 + 0.38 * unit(code, eid, "se-im")
        not_relevant = im <= 1.20
        if not_relevant:
            lv = 0.0
        else:
            lv = round(clamp(1.55 * im - 1.7 + jitter(0.30, code, eid, "lv"), 0.0, 7.0), 2)
        se_lv = 0.0 if not_relevant else (se_im * (1.2 + 0.6 * unit(code, eid, "se-lv")))
        for scale, val, se, lo_b, hi_b in (("IM", im, se_im, 1.0, 5.0), ("LV", lv, se_lv, 0.0, 7.0)):
            sup = "Y" if (code, eid, scale) in SUPPRESS else "N"
            if sup == "Y":
                se = max(se, 0.55)
            lo = clamp(val - 1.96 * se, lo_b, hi_b)
            hi = clamp(val + 1.96 * se, lo_b, hi_b)
            nr = "n/a" if scale == "IM" else ("Y" if not_relevant else "N")
            rows.append([code, eid, name, scale, f2(val), str(n), f4(se), f4(lo), f4(hi), sup, nr, date, source])
    return rows


def build_onet(out):
    counts = {}
    d = os.path.join(out, "onet")
    occs = sorted(ONET_OCCS)
    codes = [o[0] for o in occs]
    counts["onet/Occupation Data.txt"] = write_tsv(os.path.join(d, "Occupation Data.txt"),
        ["O*NET-SOC Code", "Title", "Description"], [[c, t, desc] for c, t, _f, _j, desc in occs])

    rows = []
    for c in codes:
        for alt, short, src in sorted(ALT_TITLES[c]):
            rows.append([c, alt, short, src])
    counts["onet/Alternate Titles.txt"] = write_tsv(os.path.join(d, "Alternate Titles.txt"),
        ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"], rows)

    rows = []
    for c in codes:
        for t, shown in sorted(REPORTED_TITLES[c]):
            rows.append([c, t, shown])
    counts["onet/Sample of Reported Titles.txt"] = write_tsv(os.path.join(d, "Sample of Reported Titles.txt"),
        ["O*NET-SOC Code", "Reported Job Title", "Shown in My Next Move"], rows)

    hdr = ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "N", "Standard Error",
           "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date", "Domain Source"]
    srows, krows = [], []
    for c, _t, fam, _jz, _d in occs:
        srows += rating_rows(c, fam, SKILL_IDS, SKILL_BASE, "skill")
        krows += rating_rows(c, fam, KNOW_IDS, KNOW_BASE, "knowledge")
    counts["onet/Skills.txt"] = write_tsv(os.path.join(d, "Skills.txt"), hdr, srows)
    counts["onet/Knowledge.txt"] = write_tsv(os.path.join(d, "Knowledge.txt"), hdr, krows)

    rows = []
    for c in codes:
        for ex, demand in sorted(TECH_BY_OCC[c], key=lambda x: x[0].lower()):
            code, title, hot = TECH[ex]
            rows.append([c, ex, code, title, hot, demand])
    counts["onet/Technology Skills.txt"] = write_tsv(os.path.join(d, "Technology Skills.txt"),
        ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"], rows)

    rows = []
    tid = 90001
    idx = occ_index()
    for c in codes:
        fam = idx[c][1]
        for task, ttype in TASKS[c]:
            resp = str(40 + int(unit(c, tid) * 80))
            date = {"health": "08/2022", "trade": "08/2022", "data": "08/2024"}.get(fam, "08/2023")
            rows.append([c, str(tid), task, ttype, resp, date, "Incumbent"])
            tid += 1
    counts["onet/Task Statements.txt"] = write_tsv(os.path.join(d, "Task Statements.txt"),
        ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date", "Domain Source"], rows)

    rows = []
    for c in codes:
        for i, rc in enumerate(RELATED[c], start=1):
            assert rc in idx and rc != c, (c, rc)
            tier = "Primary-Short" if i <= 2 else ("Primary-Long" if i <= 4 else "Supplemental")
            rows.append([c, rc, tier, str(i)])
    counts["onet/Related Occupations.txt"] = write_tsv(os.path.join(d, "Related Occupations.txt"),
        ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"], rows)

    rows = [[c, str(jz), "08/2023", "Analyst"] for c, _t, _f, jz, _d in occs]
    counts["onet/Job Zones.txt"] = write_tsv(os.path.join(d, "Job Zones.txt"),
        ["O*NET-SOC Code", "Job Zone", "Date", "Domain Source"], rows)

    counts["onet/Content Model Reference.txt"] = write_tsv(os.path.join(d, "Content Model Reference.txt"),
        ["Element ID", "Element Name", "Description"], [list(e) for e in CONTENT_MODEL])
    return counts


# --------------------------------------------------------------------------
# ESCO builders
# --------------------------------------------------------------------------

def skill_uri(frag):
    return ESCO + "skill/" + frag


def scheme(items):
    return ",\n".join(ESCO + "concept-scheme/" + x for x in items)


def build_esco(out):
    counts = {}
    d = os.path.join(out, "esco")
    skills = sorted(ESCO_SKILLS, key=lambda s: s[0])
    by_label = {s[3].strip(): s for s in skills}
    for s in skills:
        assert s[3].strip() in SKILL_DESC, "missing description: %r" % s[3]

    # hierarchy index: uri -> (preferred term, row)
    groups = {}
    for cells, codes, nfields in HIERARCHY:
        uris = [ESCO + cells[i] if cells[i] else "" for i in (0, 2, 4, 6)]
        terms = [cells[i] for i in (1, 3, 5, 7)]
        lvl = max(i for i in range(4) if uris[i])
        groups[uris[lvl]] = (terms[lvl], uris, terms, codes, nfields, lvl)

    # occupations_en.csv
    hdr = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "status",
           "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme", "description", "code"]
    rows = []
    for frag, isco, label, code, alts, mod, reg, insch, _b in sorted(ESCO_OCCUPATIONS, key=lambda o: o[0]):
        rows.append(["Occupation", ESCO + "occupation/" + frag, isco, label, "\n".join(alts), "", "released", mod,
                     ESCO + "regulated-professions/" + reg, "", "", scheme(insch), OCC_DESC[label], code])
    counts["esco/occupations_en.csv"] = write_csv(os.path.join(d, "occupations_en.csv"), hdr, rows, True)

    # skills_en.csv
    hdr = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels",
           "status", "modifiedDate", "scopeNote", "definition", "inScheme", "description"]
    rows = []
    for frag, stype, reuse, label, alts, mod, insch, _g, _bs, _c in skills:
        rows.append(["KnowledgeSkillCompetence", skill_uri(frag), stype, reuse, label, "\n".join(alts), "",
                     "released", mod, "", "", scheme(insch), SKILL_DESC[label.strip()]])
    counts["esco/skills_en.csv"] = write_csv(os.path.join(d, "skills_en.csv"), hdr, rows, True)

    # occupationSkillRelations.csv
    occ_by_label = {o[2]: o for o in ESCO_OCCUPATIONS}
    rows = []
    for olabel in sorted(OCC_SKILLS, key=lambda l: occ_by_label[l][0]):
        ouri = ESCO + "occupation/" + occ_by_label[olabel][0]
        rels = sorted(OCC_SKILLS[olabel], key=lambda r: (r[0], by_label[r[1].strip()][0]))
        for rtype, slabel in rels:
            s = by_label[slabel.strip()]
            rows.append([ouri, rtype, s[1], skill_uri(s[0])])
    counts["esco/occupationSkillRelations.csv"] = write_csv(os.path.join(d, "occupationSkillRelations.csv"),
        ["occupationUri", "relationType", "skillType", "skillUri"], rows, True)

    # broaderRelationsSkillPillar.csv: group -> parent group, then skill -> group / skill -> skill
    rows = []
    for guri in sorted(groups, key=lambda u: (groups[u][5], u)):
        term, uris, terms, codes, nfields, lvl = groups[guri]
        if lvl > 0:
            rows.append(["SkillGroup", guri, "SkillGroup", uris[lvl - 1]])
    sample_uris = {skill_uri(s[0]) for s in skills}
    for frag, stype, reuse, label, alts, mod, insch, sgroups, sbroader, _c in skills:
        for g in sgroups:
            assert ESCO + g in groups, (label, g)
            rows.append(["KnowledgeSkillCompetence", skill_uri(frag), "SkillGroup", ESCO + g])
        for b in sbroader:
            assert skill_uri(b) in sample_uris
            rows.append(["KnowledgeSkillCompetence", skill_uri(frag), "KnowledgeSkillCompetence", skill_uri(b)])
    counts["esco/broaderRelationsSkillPillar.csv"] = write_csv(os.path.join(d, "broaderRelationsSkillPillar.csv"),
        ["conceptType", "conceptUri", "broaderType", "broaderUri"], rows, True)

    # broaderRelationsOccPillar.csv
    rows = []
    occ_uris = {ESCO + "occupation/" + o[0] for o in ESCO_OCCUPATIONS}
    for frag, isco, label, code, alts, mod, reg, insch, broader in sorted(ESCO_OCCUPATIONS, key=lambda o: o[0]):
        buri = ESCO + broader
        if buri.startswith(ESCO + "occupation/") and buri in occ_uris:
            rows.append(["Occupation", ESCO + "occupation/" + frag, "Occupation", buri])
        else:
            # the official broader concept is not in the sample: link to the ISCO unit group
            rows.append(["Occupation", ESCO + "occupation/" + frag, "ISCOGroup", ESCO + "isco/C" + isco])
    counts["esco/broaderRelationsOccPillar.csv"] = write_csv(os.path.join(d, "broaderRelationsOccPillar.csv"),
        ["conceptType", "conceptUri", "broaderType", "broaderUri"], rows, True)

    # skillsHierarchy_en.csv (ragged: rows keep the official number of fields)
    hdr = ["Level 0 URI", "Level 0 preferred term", "Level 1 URI", "Level 1 preferred term", "Level 2 URI",
           "Level 2 preferred term", "Level 3 URI", "Level 3 preferred term", "Description", "Scope note",
           "Level 0 code", "Level 1 code", "Level 2 code", "Level 3 code"]
    rows = []
    for cells, codes, nfields in HIERARCHY:
        full = []
        for i in range(8):
            full.append(ESCO + cells[i] if (i % 2 == 0 and cells[i]) else cells[i])
        term = [cells[i] for i in (7, 5, 3, 1) if cells[i]][0]
        full += [GROUP_DESC[term], ""] + list(codes)
        rows.append(full[:nfields])
    counts["esco/skillsHierarchy_en.csv"] = write_csv(os.path.join(d, "skillsHierarchy_en.csv"), hdr, rows, True)

    # ISCOGroups_en.csv
    rows = []
    used = sorted({o[1] for o in ESCO_OCCUPATIONS})
    for code in used:
        label, insch = ISCO_GROUPS[code]
        rows.append(["ISCOGroup", ESCO + "isco/C" + code, code, label, "released", "", scheme(insch), ISCO_DESC[code]])
    counts["esco/ISCOGroups_en.csv"] = write_csv(os.path.join(d, "ISCOGroups_en.csv"),
        ["conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels", "inScheme", "description"], rows, True)

    # collections
    def coll_rows(name, order):
        out_rows = []
        for frag, stype, reuse, label, alts, mod, insch, sgroups, sbroader, colls in skills:
            if name not in colls:
                continue
            buris = [ESCO + g for g in sgroups] + [skill_uri(b) for b in sbroader]
            bterms = [groups[u][0] if u in groups else by_uri[u] for u in buris]
            rec = {"conceptType": "KnowledgeSkillCompetence", "conceptUri": skill_uri(frag), "skillType": stype,
                   "reuseLevel": reuse, "preferredLabel": label, "status": "released",
                   "altLabels": " | ".join(alts), "description": SKILL_DESC[label.strip()],
                   "broaderConceptUri": " | ".join(buris), "broaderConceptPT": " | ".join(bterms)}
            out_rows.append([rec[k] for k in order])
        return out_rows
    by_uri = {skill_uri(s[0]): s[3] for s in skills}
    order_a = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "status", "altLabels",
               "description", "broaderConceptUri", "broaderConceptPT"]
    order_b = ["conceptType", "conceptUri", "preferredLabel", "status", "skillType", "reuseLevel", "altLabels",
               "description", "broaderConceptUri", "broaderConceptPT"]
    for name, fname, order in (("transversal", "transversalSkillsCollection_en.csv", order_a),
                               ("digital", "digitalSkillsCollection_en.csv", order_b),
                               ("language", "languageSkillsCollection_en.csv", order_a),
                               ("green", "greenSkillsCollection_en.csv", order_b)):
        counts["esco/" + fname] = write_csv(os.path.join(d, fname), order, coll_rows(name, order), True)
    return counts


# --------------------------------------------------------------------------
# Crosswalk builders
# --------------------------------------------------------------------------

def build_crosswalks(out):
    counts = {}
    d = os.path.join(out, "crosswalks")
    occ_by_label = {o[2]: o for o in ESCO_OCCUPATIONS}
    rows = []
    for i, (label, onet2010, otitle, titles, sim, conf) in enumerate(CROSSWALK, start=1):
        o = occ_by_label[label]
        mt = titles if isinstance(titles, str) else "[" + ", ".join("'%s'" % t for t in titles) + "]"
        rows.append([str(i), label, o[1], onet2010, otitle, mt, repr(sim), conf,
                     ESCO + "occupation/" + o[0]])
    counts["crosswalks/esco_onet_crosswalk_Nov2020.csv"] = write_csv(
        os.path.join(d, "esco_onet_crosswalk_Nov2020.csv"),
        ["id", "esco_occupation", "isco_code", "onet_code", "onet_occupation", "matching_job_titles",
         "semantic_similarity", "confidence", "concept_uri"], rows, False)

    idx = occ_index()
    rows = [[c10, t10, c19, idx[c19][0]] for c10, t10, c19 in ONET_2010_TO_2019]
    counts["crosswalks/derived/2010_to_2019_Crosswalk.csv"] = write_csv(
        os.path.join(d, "derived", "2010_to_2019_Crosswalk.csv"),
        ["O*NET-SOC 2010 Code", "O*NET-SOC 2010 Title", "O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title"], rows, False)

    rows = [[c, t, c[:7], t] for c, t, _f, _j, _d in sorted(ONET_OCCS)]
    for r in rows:
        if r[0] == "15-2051.01":  # 2018 SOC has no BI analyst detail: it rolls up into Data Scientists
            r[3] = "Data Scientists"
    counts["crosswalks/derived/2019_to_SOC_Crosswalk.csv"] = write_csv(
        os.path.join(d, "derived", "2019_to_SOC_Crosswalk.csv"),
        ["O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title", "2018 SOC Code", "2018 SOC Title"], rows, False)

    counts["crosswalks/derived/ISCO_SOC_Crosswalk__ISCO-08_to_2010_SOC.csv"] = write_csv(
        os.path.join(d, "derived", "ISCO_SOC_Crosswalk__ISCO-08_to_2010_SOC.csv"),
        ["ISCO-08 Code", "ISCO-08 Title EN", "part", "2010 SOC Code", "2010 SOC Title", "Comment 8/17/11"],
        [list(r) for r in ISCO_SOC], False)
    return counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "sample")
    out = os.path.normpath(out)
    counts = {}
    counts.update(build_onet(out))
    counts.update(build_esco(out))
    counts.update(build_crosswalks(out))
    for k in sorted(counts):
        print("%6d  %s" % (counts[k], k))


# ---- ESCO v1.1.1 facts (URIs, codes, official labels, classification metadata) ----
# (uri, skillType, reuseLevel, preferredLabel, altLabels, modifiedDate, inScheme, groups, broaderSkills, collections)
ESCO_SKILLS = [
    ('0a9acb6b-1139-4be9-b431-3a80a959f2f4', 'knowledge', 'sector-specific', 'Agile project management', [], '2022-07-05T14:38:14.9Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/04'], ['bec4359e-cb92-468f-a997-8fb28e32fba9'], ['digital']),
    ('e5d1f825-60ed-4bdd-872a-e748c387f777', 'knowledge', 'sector-specific', 'CSS', ['Cascading Style Sheets'], '2022-07-05T14:37:59.932Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['isced-f/0612'], [], ['digital']),
    ('f0de4973-0a70-4644-8fd4-3a97080476f4', 'knowledge', 'sector-specific', 'DevOps', [], '2022-07-05T14:33:44.716Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['isced-f/04', 'isced-f/0613'], ['bec4359e-cb92-468f-a997-8fb28e32fba9'], ['digital']),
    ('6d3edede-8951-4621-a835-e04323300fa0', 'knowledge', 'transversal', 'English', ['competent in English', 'ability to comprehend spoken and written English and to speak and write in English'], '2021-04-14T08:49:05.717Z', ['skills', 'skill-language-groups', 'member-skills'], ['skill/43f425aa-f45d-4bb4-a200-6f82fa211b66', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], ['language']),
    ('6014921e-1d25-4039-adc2-04852d61880e', 'knowledge', 'sector-specific', 'ICT debugging tools', [], '2022-07-05T14:33:28.658Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0613'], [], ['digital']),
    ('d0c6d77e-cb25-4770-bf77-2073fc5f7523', 'knowledge', 'sector-specific', 'ICT infrastructure', [], '2022-07-05T14:34:33.959Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/07'], [], ['digital']),
    ('2ddb1226-1117-4eb4-ae65-3a2f5a5a3c80', 'knowledge', 'sector-specific', 'ICT network security risks', [], '2022-07-05T14:37:59.932Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('bec4359e-cb92-468f-a997-8fb28e32fba9', 'knowledge', 'sector-specific', 'ICT project management methodologies', ['Kanban', 'prince2', 'structured methodology'], '2022-07-05T14:38:06.701Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['isced-f/04'], [], ['digital']),
    ('19a8293b-8e95-4de3-983f-77484079c389', 'knowledge', 'sector-specific', 'Java (computer programming)', ['Java Posse', 'Javax', 'Java'], '2022-07-05T14:34:21.232Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0613', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97'], ['digital']),
    ('3cd569a2-4f88-4c1e-9995-8dce8c5e51a7', 'knowledge', 'sector-specific', 'JavaScript', ['Client-side JavaScript', 'Mocha', 'Escript'], '2022-07-05T14:34:21.232Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['isced-f/0613', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97', '69bbd53f-fbb0-4476-b4b2-ef7844464e28'], ['digital']),
    ('3d03c40c-1b83-4793-8902-2523f40af59e', 'knowledge', 'sector-specific', 'Microsoft Access', ['Access', 'MS Access', 'Microsoft Office Access'], '2022-07-05T14:33:28.658Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], ['ab1e97ed-2319-4293-a8b7-072d2648822f'], ['digital']),
    ('ccd0a1d9-afda-43d9-b901-96344886e14d', 'knowledge', 'sector-specific', 'Python (computer programming)', ['Python3', 'Pyston', 'Py3K'], '2022-07-05T14:34:21.232Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0613', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97'], ['digital']),
    ('51586df8-1c46-4b47-8583-773cb63bf00b', 'knowledge', 'sector-specific', 'R', [], '2022-07-05T14:34:33.959Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/05', 'isced-f/0613'], ['ad59afe4-6f8a-4bc4-acfd-0f228277508a'], ['digital']),
    ('598de5b0-5b58-4ea7-8058-a4bc4d18c742', 'knowledge', 'sector-specific', 'SQL', ['Informix 4GL/SQL', 'SEQUEL', 'Subquery'], '2022-07-05T14:34:46.63Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0613'], ['9cf681c7-89ec-470c-b651-7fe03786f586'], ['digital']),
    ('867137fb-ff1b-4ca3-99f3-cb6969aa2c68', 'knowledge', 'sector-specific', 'TypeScript', [], '2022-07-05T14:34:21.232Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0613', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97'], ['digital']),
    ('8696aff0-18c0-4ba6-a4d0-9a21861b3e5e', 'knowledge', 'cross-sector', 'World Wide Web Consortium standards', ['W3C standards'], '2022-07-05T14:34:33.959Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['isced-f/0613'], [], ['digital']),
    ('ecc18804-a466-40d9-98b4-fba5cd67dd4b', 'knowledge', 'cross-sector', 'accounting', ['bookkeeping'], '2016-12-20T18:29:43Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('99b163e8-7815-43e2-83f3-a47f3076354c', 'knowledge', 'cross-sector', 'accounting entries', ['accounting transactions', 'financial transactions records', 'account entries'], '2016-12-20T18:06:05Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('880c54f9-866e-4f37-b5fa-25ef8a7d49b6', 'knowledge', 'cross-sector', 'accounting techniques', ['accounting performance', 'techniques of accounting', 'accounting approaches'], '2016-12-20T20:44:07Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('7378b8c3-3b62-46de-9d67-1c9528954615', 'skill/competence', 'sector-specific', 'adapt to type of media', ['adapt to media type', 'adapting to type of media', 'adapt to types of media'], '2016-12-20T19:43:09Z', ['member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('0868eef3-2213-4572-9343-74931345a7d3', 'skill/competence', 'sector-specific', 'administer ICT system', ['operate system', 'administer network and system', 'administer system'], '2022-07-05T14:34:33.959Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], ['fbbcb9ab-4b95-4e57-a756-30d08b7da7a5'], ['digital']),
    ('54924a2c-daca-40d3-9716-4b38ceb04f38', 'knowledge', 'cross-sector', 'algorithms', ['algorithmic', 'algorithm', 'formulae'], '2022-07-05T14:38:06.701Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['isced-f/0612'], [], ['digital']),
    ('7adb8473-bcc6-4ff8-9850-76d945d40092', 'skill/competence', 'sector-specific', 'analyse ICT system', ['analyze  ICT system'], '2022-07-05T14:38:06.701Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/243eb885-07c7-4b77-ab9c-827551d83dc4'], [], ['digital']),
    ('47a49cd6-097d-457a-9f7b-c290c14930d5', 'skill/competence', 'cross-sector', 'analyse big data', ['analysing big data', 'search big data', 'big data analysing'], '2022-07-05T14:37:59.932Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], ['2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f'], ['digital']),
    ('56042303-972b-41be-9310-58467599ff7e', 'skill/competence', 'cross-sector', 'analyse business processes', ['analyze  business processes'], '2016-09-27T12:40:48Z', ['member-skills', 'skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80'], ['27ed854c-15b8-4ba2-90e9-ae888a219703'], []),
    ('750caee5-12a0-46ba-b8aa-1e56370deaf9', 'skill/competence', 'cross-sector', 'analyse consumer buying trends', ['search consumer buying trends', 'analyze  consumer buying trends', 'analysis of consumer buying trends'], '2016-12-20T20:46:52Z', ['skills', 'member-skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('f28617ad-afdd-4041-814c-216153a38998', 'skill/competence', 'sector-specific', 'analyse software specifications', ['analyze  software specifications', 'analyse software or system specifications'], '2022-07-05T14:34:21.232Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], [], ['digital']),
    ('7a63f944-6948-4ae4-9c1f-d08e492535c9', 'skill/competence', 'sector-specific', 'apply person-centred care', ['apply person-centered care', 'apply patient-focused care', 'employ person-centred care'], '2016-12-20T19:24:35Z', ['skills', 'member-skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('382c11ed-20d5-4ae7-b60e-15fec527fa6c', 'skill/competence', 'cross-sector', 'apply statistical analysis techniques', ['apply numerical analysis to data'], '2022-07-05T14:34:46.63Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], ['digital']),
    ('59eb177a-2f30-4943-8b30-5f87dd51a80d', 'skill/competence', 'cross-sector', 'apply teaching strategies', ['employ teaching strategies', 'apply teaching strategy', 'use teaching strategies'], '2021-09-14T09:32:40.494Z', ['member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('6fe019dd-027f-45f3-b19c-d27f7ae00980', 'skill/competence', 'cross-sector', 'assess students', ['evaluate students', 'assess student', 'assessing students'], '2016-12-20T18:27:15Z', ['skills', 'member-skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('31b67516-af16-4b97-8430-a8a8e0f84190', 'knowledge', 'cross-sector', 'assessment processes', ['assessments processes', 'assessment procedures', 'assessment methods'], '2016-12-20T18:27:42Z', ['member-skills', 'skills'], ['isced-f/01'], [], []),
    ('7f0b1a66-ebaf-4c8a-b606-4c1844eb692e', 'skill/competence', 'sector-specific', 'attend to ICT systems quality', [], '2022-07-05T14:38:14.9Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/021a23e1-907e-4627-b05a-555f889cbb65', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], [], ['digital']),
    ('83e6510b-ffeb-4aec-959c-4265fd0ff7b7', 'skill/competence', 'transversal', 'attend to detail', ['attend to details', 'to work precisely', 'attending to details'], '2021-09-02T08:12:18.391Z', ['skill-transversal-groups', 'member-skills', 'skills'], ['skill/021a23e1-907e-4627-b05a-555f889cbb65'], [], ['transversal']),
    ('2ff405ec-f59c-4a7b-84b6-9776a49582c4', 'knowledge', 'cross-sector', 'bookkeeping regulations', ['accounting governance', 'book keeping arrangements', 'accounting controls'], '2017-01-03T15:51:32Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('38d49d88-9069-467b-b29e-3cae739bdd4d', 'skill/competence', 'sector-specific', 'build predictive models', ['devise predictive models', 'assemble predictive models', 'build a predictive model'], '2020-12-10T17:45:08.888Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], []),
    ('633a3637-2c6b-40ae-ac38-289eb2a62aa6', 'knowledge', 'cross-sector', 'business analysis', ['analysis of businesses', 'business analyses', 'company analysis'], '2016-12-20T18:06:57Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('143769cb-b61e-47d8-a61e-eedfbec1016c', 'knowledge', 'cross-sector', 'business intelligence', [], '2022-07-05T14:38:14.9Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/04'], [], ['digital']),
    ('2ecf90f1-c511-464b-b26f-598d69182c70', 'skill/competence', 'cross-sector', 'calculate tax', ['add up government revenue', 'add up tax', 'count government revenue'], '2016-12-20T20:18:13Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], []),
    ('1585fc98-bfe4-461f-97fc-734055a2c3ce', 'knowledge', 'sector-specific', 'characteristics of products', ['characteristics of a  product', 'components of products', 'qualities of products'], '2016-12-20T20:34:27Z', ['skills', 'member-skills'], ['isced-f/07'], [], []),
    ('fb3bc9b5-2297-4bba-85b1-60f696a92db8', 'knowledge', 'sector-specific', 'characteristics of services', ['aspects of services', 'attributes of services', 'qualities of services'], '2016-12-20T20:51:58Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('5f1ebff6-98ec-411f-a1d4-0bf04bd03bdf', 'skill/competence', 'cross-sector', 'check accounting records', ['checking accounting records', 'check records of accounts', 'check account records'], '2016-12-20T18:05:08Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('bd14968e-e409-45af-b362-3495ed7b10e0', 'knowledge', 'sector-specific', 'cloud technologies', ['cloud computing'], '2022-07-05T14:33:28.658Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('268f3f0d-252e-4f61-9d96-1a87f4389ca9', 'skill/competence', 'occupation-specific', 'communicate in specialised nursing care', ['explain specialised nursing care issues to patients and other health professionals', 'explain specialized nursing care issues to patients and other health professionals', 'communicate in specialized  nursing care'], '2016-12-20T19:29:50Z', ['member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('68088afb-3afd-4538-8e25-377a63f09666', 'skill/competence', 'cross-sector', 'communicate with nursing staff', ['interact with health professionals', 'communicate with staff of nursing', 'interact with nursing staff'], '2021-12-16T09:33:45.997Z', ['skills', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('21d2f96d-35f7-4e3f-9745-c533d2dd6e97', 'knowledge', 'cross-sector', 'computer programming', ['DIBOL', 'Seed7', 'Visual Basic .NET'], '2022-07-05T14:34:33.959Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'digcomp', 'member-skills', 'skills'], ['isced-f/0613', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], [], ['digital']),
    ('8316979b-df5a-4dc7-98ef-61ec6a10df84', 'skill/competence', 'cross-sector', 'conduct quantitative research', [], '2017-02-15T12:19:12Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('af607e5e-4ba1-4e5f-a2a6-dc05806567c7', 'skill/competence', 'sector-specific', 'coordinate technological activities', [], '2016-08-04T12:24:38Z', ['skills', 'member-skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], ['75d8e5d9-bef3-418b-9011-01bff9f27207'], []),
    ('e2103a1d-4a84-47a9-b4f7-774787573449', 'knowledge', 'cross-sector', 'copyright legislation', ['laws protecting rights of original authors', 'copyrighting legislation'], '2016-12-20T18:02:06Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('fbafa41f-cd05-4109-a649-8b44d306d779', 'skill/competence', 'sector-specific', 'create data models', ['manage data models'], '2022-07-05T14:38:14.9Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], ['digital']),
    ('edff6d20-660d-4d33-b412-9a5b664a14be', 'knowledge', 'cross-sector', 'curriculum objectives', ['curriculum objective', 'curriculum goals', 'curriculum targets'], '2016-12-20T18:31:40Z', ['member-skills', 'skills'], ['isced-f/01'], [], []),
    ('dc9a236c-c640-43c3-812f-269403591edb', 'knowledge', 'cross-sector', 'customer relationship management', ['management of customer relationship', 'customers relationship management', 'CRM'], '2016-12-20T18:06:04Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('5898d99a-62a4-4e10-a2e3-0d815ce44248', 'knowledge', 'sector-specific', 'cyber attack counter-measures', ['network communications security measures'], '2022-07-05T14:34:21.232Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/10', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e', 'skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], ['digital']),
    ('25f0ea33-b4a2-4f31-b7b4-7d20e827b180', 'knowledge', 'sector-specific', 'data mining', [], '2022-07-05T14:34:46.63Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5', 'knowledge', 'sector-specific', 'data models', [], '2022-07-05T14:37:59.932Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('cc7370dd-69fa-4c67-a96f-d4d135d38700', 'knowledge', 'sector-specific', 'data quality assessment', ['data quality analysis', 'analyse data quality'], '2022-07-05T14:38:06.701Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/04', 'skill/021a23e1-907e-4627-b05a-555f889cbb65'], [], ['digital']),
    ('a7f0fbe0-c546-4f30-8e41-34a58c64567e', 'knowledge', 'sector-specific', 'data storage', [], '2022-07-05T14:34:46.63Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0612'], [], ['digital']),
    ('43ae58b9-5e56-4524-b45a-b422777a0576', 'knowledge', 'cross-sector', 'database', ['types of databases'], '2022-07-05T14:37:59.932Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('9ef0f3a0-9ce2-4ef1-a987-0366b5cb2dbe', 'knowledge', 'sector-specific', 'database development tools', [], '2022-07-05T14:38:06.701Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['isced-f/0612'], [], ['digital']),
    ('ab1e97ed-2319-4293-a8b7-072d2648822f', 'knowledge', 'sector-specific', 'database management systems', ['Jasmine ii', 'Db.star', 'Adaptive Server Enterprise'], '2022-07-05T14:33:44.716Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1', 'skill/competence', 'sector-specific', 'debug software', [], '2022-07-05T14:34:21.232Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], [], ['digital']),
    ('d9e5349e-8791-49c2-8ba4-839fdd1606c2', 'skill/competence', 'cross-sector', 'define technical requirements', ['write technical specifications', 'gather technical requirements'], '2020-12-09T22:02:00.988Z', ['member-skills', 'skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('248894d1-42dc-474f-af6e-2da52ac0c679', 'skill/competence', 'sector-specific', 'define technology strategy', [], '2016-08-04T12:24:46Z', ['member-skills', 'skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('c3e36d05-8ae8-447f-bb2b-6f9409f85389', 'skill/competence', 'cross-sector', 'deliver visual presentation of data', ['create data visualisation', 'visualise data'], '2022-07-05T14:37:18.921Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], ['digital']),
    ('64be6a06-52e8-4f5c-b64d-caa516cfa291', 'knowledge', 'sector-specific', 'depreciation', ['decrease in value', 'devaluation'], '2016-12-20T18:09:44Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('f058bf62-70d1-4f5e-be2a-8b26fac24a96', 'skill/competence', 'cross-sector', 'design graphics', [], '2016-09-01T09:46:09Z', ['member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('f73ed9e8-65c6-450d-9f19-8f3f8266689c', 'skill/competence', 'cross-sector', 'design questionnaires', ['create questionnaires', 'design questionnaire', 'designing questionnaires'], '2016-12-20T18:09:24Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('fd33c66c-70c4-40e6-b87c-5495bd3bf26e', 'skill/competence', 'sector-specific', 'design user interface', [], '2022-07-05T14:34:09.904Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], ['digital']),
    ('c46cf6f9-8b1e-44b9-a529-f5774c9167dd', 'knowledge', 'cross-sector', 'desktop publishing', ['DTP'], '2022-07-05T14:33:28.658Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/06'], [], ['digital']),
    ('751941a0-5645-4f8b-b97e-b252909d5edb', 'skill/competence', 'sector-specific', 'develop ICT workflow', [], '2022-07-05T14:38:14.9Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/021a23e1-907e-4627-b05a-555f889cbb65', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], ['d9013e0e-e937-43d5-ab71-0e917ee882b8'], ['digital']),
    ('8c4c49d4-9708-433f-8ca7-bf2c5211ee49', 'skill/competence', 'cross-sector', 'develop creative ideas', ['developing creative ideas', 'produce creative ideas', 'generate creative ideas'], '2017-02-10T15:25:49Z', ['skills', 'member-skills'], ['skill/8267ecb5-c976-4b6a-809b-4ceecb954967', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], ['c624c6a3-b0ba-4a31-a296-0d433fe47e41'], []),
    ('797a4416-0b8d-44f3-8fcd-eb10bd0be6b4', 'skill/competence', 'sector-specific', 'develop software prototype', ['develop software mockup', 'develop software throw-away simulation'], '2022-07-05T14:34:21.232Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], [], ['digital']),
    ('46003629-a579-4d0a-b3ea-80ef890699d6', 'skill/competence', 'sector-specific', 'diagnose nursing care', ['diagnose nursing-care', 'diagnose care in nursing', 'identify nursing care needs'], '2017-01-04T16:25:18Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('40fa39b5-0f69-432a-b5ea-b01b5d98649a', 'skill/competence', 'cross-sector', 'dispose of hazardous waste', ['eliminate dangerous waste', 'remove hazardous waste', 'dispose of dangerous materials'], '2016-12-20T19:49:43Z', ['green', 'member-skills', 'skills'], ['skill/03e0b95b-67d1-457a-b3f7-06c407cf6bec', 'skill/4ef78abc-e983-4cc7-84a1-52532a0159dc', 'skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], ['green']),
    ('b5a8ce01-a4ae-43c1-b4e4-c44be6804691', 'skill/competence', 'sector-specific', 'distribute meals to patients', ['hand out meals to patients', 'distribute a meal to a patient', 'provide meals for patients or residents'], '2016-12-20T19:26:10Z', ['skills', 'member-skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('88af9294-b697-4687-ae19-aefbb6234dfa', 'knowledge', 'cross-sector', 'economics', ['financial data', 'financials', 'economic practices'], '2017-01-04T16:37:22Z', ['skills', 'member-skills'], ['isced-f/03'], [], []),
    ('c8bd9f9f-0ec6-447a-ab78-ad6eeeed9aa8', 'knowledge', 'cross-sector', 'electrical testing methods', ['procedures used in electrical testing', 'electrical testing method', 'methods used in electrical testing'], '2016-12-20T18:37:17Z', ['skills', 'member-skills'], ['isced-f/07'], [], []),
    ('d15e92c4-c8dc-48cd-a1f6-94fe13347f87', 'knowledge', 'cross-sector', 'electrical wiring plans', ['electrical wiring planning', 'electrical wiring schemes', 'electrical wiring plan'], '2017-01-04T15:02:42Z', ['skills', 'member-skills'], ['isced-f/07'], [], []),
    ('c8ac1986-38fa-43b2-89dc-50a4beeb420e', 'knowledge', 'cross-sector', 'electricity', ['fundamentals of electricity', 'electricals', 'electricity basics'], '2016-12-20T19:53:12Z', ['skills', 'member-skills'], ['isced-f/07'], [], []),
    ('2475cd27-8d6c-4318-a364-21395b23acba', 'skill/competence', 'cross-sector', 'empathise with the healthcare user', ['empathise with patients', 'empathise with the health-care user', 'be understanding of the patient'], '2016-12-20T19:12:25Z', ['member-skills', 'skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a'], ['77b636e8-fab3-41a8-8022-1e0a354059dc'], []),
    ('4e09e2d2-e317-47d2-bf5e-1d6c66be3efc', 'knowledge', 'cross-sector', 'energy performance of buildings', ['energy saving building techniques', "building's energy performance", 'building energy performance'], '2021-12-10T11:26:26.886Z', ['green', 'member-skills', 'skills'], ['isced-f/07'], [], ['green']),
    ('089ee650-297e-4716-87d1-440743b70a0d', 'skill/competence', 'cross-sector', 'ensure compliance with environmental legislation', ['lead implementation of environmental policies and legislation', 'ensuring environmental legislation compliance', 'ensure environmental legislation compliance'], '2017-02-10T18:22:50Z', ['member-skills', 'green', 'skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], ['green']),
    ('ce0d6a42-59c1-433e-ab62-adfc969c46bb', 'skill/competence', 'sector-specific', 'ensure safety of healthcare users', ['ensure safety of health care users', "maintain health care user's safety", 'maintain healthcare user safety'], '2017-01-23T14:38:53Z', ['member-skills', 'skills'], ['skill/4ef78abc-e983-4cc7-84a1-52532a0159dc', 'skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('2daec0e6-f0c1-43e8-8178-aedba99130ec', 'skill/competence', 'sector-specific', 'establish data processes', ['implement data processes', 'develop data processes'], '2022-07-05T14:34:33.959Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('31c69100-b612-4a61-8db5-fd314318854c', 'skill/competence', 'cross-sector', 'execute analytical mathematical calculations', [], '2016-12-20T14:05:32Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], ['4707da90-9cfc-46ca-8de0-38a0b7bfb137'], []),
    ('913e7e83-b8f8-4574-b1ca-1b38f3fd974a', 'skill/competence', 'sector-specific', 'execute software tests', ['test application', 'test programs'], '2022-07-05T14:34:09.904Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2', 'skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], [], ['digital']),
    ('4b2db903-cd8e-48ce-97fb-a92db4def54e', 'knowledge', 'cross-sector', 'financial forecasting', ['monetary estimating', 'financial planning', 'financial calculating'], '2017-01-04T16:18:29Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('52e53619-fa77-4f72-b237-5e4aae784dc2', 'knowledge', 'cross-sector', 'financial management', ['financial administration', 'monetary administration', 'management of financial tasks'], '2016-12-20T18:52:40Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('4a460161-eaea-4fe2-bd0e-164ccc635be1', 'knowledge', 'cross-sector', 'financial statements', ['statements on finances', 'financial statement', 'records of financial activities'], '2016-12-20T18:10:18Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('f7464f30-662b-4177-85a0-3df9693e9e58', 'knowledge', 'cross-sector', 'first aid', ['emergency care', 'first aid techniques', 'emergency assistance'], '2016-12-20T19:24:13Z', ['skills', 'member-skills'], ['isced-f/09', 'skill/4ef78abc-e983-4cc7-84a1-52532a0159dc'], [], []),
    ('25f4c955-e429-44a6-98a7-7d8cb3b6b690', 'skill/competence', 'cross-sector', 'follow a brief', ['following a brief', 'respect a brief', 'implement a brief'], '2016-12-20T19:42:56Z', ['skills', 'member-skills'], ['skill/021a23e1-907e-4627-b05a-555f889cbb65', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('76395873-7fe2-4f9a-b4b6-9932f8cbd0b4', 'skill/competence', 'cross-sector', 'follow clinical guidelines', ['follow clinical protocol', 'obey clinical guidelines', 'follow clinical guideline'], '2016-12-20T19:19:00Z', ['member-skills', 'skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('fafbb75f-ec35-4cc2-996a-20c85ef6c266', 'skill/competence', 'cross-sector', 'follow safety procedures when working at heights', ['follow safety rules when working at heights', 'following safety procedures when working at heights', 'follow safety procedures when at heights'], '2016-12-20T20:09:44Z', ['member-skills', 'skills'], ['skill/4ef78abc-e983-4cc7-84a1-52532a0159dc', 'skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('541cdc23-1eec-4520-81fc-3392eaf538ed', 'knowledge', 'cross-sector', 'fraud detection', ['fraudulent activity examination', 'fraudulent activity identification', 'fraud investigation'], '2017-01-05T11:54:26Z', ['skills', 'member-skills'], ['isced-f/10'], [], []),
    ('4f7b14d8-f09c-49f7-abae-231e8c210e07', 'knowledge', 'cross-sector', 'general medicine', ['internal medicine', 'diagnosis and treatment of conditions affecting internal organs'], '2016-12-20T19:19:43Z', ['skills', 'member-skills'], ['isced-f/09'], [], []),
    ('52c19dc8-651f-4095-98fe-dcb2799d702e', 'knowledge', 'cross-sector', 'geriatrics', ['preventative methods in healthcare of elderly people', 'geriatric medicine', 'treatment of conditions occurring in old age'], '2016-12-20T19:27:12Z', ['skills', 'member-skills'], ['isced-f/09'], [], []),
    ('7fb699d9-182a-430e-b7a0-6d8ed05c284b', 'knowledge', 'cross-sector', 'graphic design', ['graphic designing', 'visual design', 'graphic designs'], '2022-07-05T14:38:14.9Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/02'], [], ['digital']),
    ('4a193795-fa63-414e-9f2e-bfdb3924571e', 'skill/competence', 'cross-sector', 'handle data samples', [], '2017-02-15T12:00:13Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/3753e796-121e-46a3-9c27-dee31ce92c80'], [], []),
    ('4b51e76e-9e8a-455f-a289-5b48246345c4', 'knowledge', 'cross-sector', 'hardware components', ['hardware system parts', 'range of hardware components', 'parts for hardware systems'], '2022-07-05T14:38:15.447Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0613'], [], ['digital']),
    ('d15ce60f-ddab-41ce-ba56-398451b77b60', 'skill/competence', 'cross-sector', 'have computer literacy', ['have good computer literacy', 'demonstrate computer literacy', 'computer literacy'], '2022-07-05T14:34:09.904Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('1709f408-9965-489b-9805-8e1e5d9e483b', 'knowledge', 'cross-sector', 'health care legislation', ["patient's rights and practitioners' responsibilities", 'healthcare laws and regulations', 'healthcare legislation'], '2016-12-20T19:29:01Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('aba2e61d-ef78-45bd-a9bc-392a718d4877', 'knowledge', 'cross-sector', 'heating, ventilation, air conditioning and refrigeration parts', ['heating, ventilation, air conditioning and refrigeration components', 'electrical, plumbing and condensing systems components', 'heating, ventilation, air conditioning and heating units: ventilation, air conditioning and refrigeration elements'], '2021-12-10T20:13:52.467Z', ['member-skills', 'skills'], ['isced-f/07'], [], []),
    ('9ec4252d-cbe8-4134-88fa-549dee1883f3', 'knowledge', 'cross-sector', 'human anatomy', ['anatomy of the human body', 'human microscopic anatomy', 'human morphology'], '2016-12-20T19:23:47Z', ['member-skills', 'skills'], ['isced-f/09'], [], []),
    ('51e53aff-6f8a-42ca-9cb9-47335130f4d7', 'knowledge', 'cross-sector', 'human physiology', ['study of the functions of human organs and cells', 'study of human physiology', 'science of human physiology'], '2016-12-20T19:38:05Z', ['skills', 'member-skills'], ['isced-f/09'], [], []),
    ('68e66ed6-a171-4350-8ec1-2cfc4cae50e4', 'knowledge', 'cross-sector', 'hydraulics', ['field of hydraulic transmissions', 'principles of hydraulics', 'principles of hydraulic transmissions'], '2017-01-05T11:58:55Z', ['member-skills', 'skills'], ['isced-f/07'], [], []),
    ('0450eaee-1a00-4622-8f4e-5356fce816d2', 'knowledge', 'cross-sector', 'hygiene in a health care setting', ['hygiene procedures in hospitals or clinics', 'hygienic environment in healthcare', 'hygiene in healthcare setting'], '2021-12-08T20:24:09.205Z', ['skills', 'member-skills'], ['isced-f/10'], [], []),
    ('2e90ef65-646a-4b1d-8597-26ca88aa1c6b', 'skill/competence', 'cross-sector', 'identify abnormalities', ['locate abnormalities', 'identify abnormality', 'find abnormalities'], '2016-12-20T19:17:12Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('8a326ee1-169c-4c44-b38b-8f1bb20ec79b', 'skill/competence', 'cross-sector', 'identify accounting errors', ['identifying accounting errors', 'track down accounting errors', 'find accounting errors'], '2016-12-20T18:05:28Z', ['skills', 'member-skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80'], [], []),
    ('0e0c9c11-b39e-43cf-ba95-2fe646f5de64', 'skill/competence', 'cross-sector', 'identify customer requirements', [], '2016-08-04T12:24:45Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('06670261-ea6b-4b52-a915-c7d4ff837f74', 'skill/competence', 'cross-sector', 'identify statistical patterns', ['determine statistical patterns', 'identifying statistical patterns', 'identify statistical pattern'], '2017-02-15T12:22:56Z', ['member-skills', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('69cfc5ed-6569-4aca-a4cc-fd782ba51d9c', 'skill/competence', 'sector-specific', 'implement ICT risk management', [], '2022-07-05T14:38:06.701Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80'], [], ['digital']),
    ('e5b5053e-0ef6-4c4e-a3f2-42f955f4322c', 'skill/competence', 'sector-specific', 'implement a firewall', ['implementing network firewall', 'firewall implementing', 'installing a firewall'], '2022-07-05T14:34:46.63Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], ['digital']),
    ('acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95', 'skill/competence', 'sector-specific', 'implement a virtual private network', ['VPN installing', 'installing a virtual private network', 'implementing a virtual private network'], '2022-07-05T14:34:46.63Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], [], ['digital']),
    ('bb2b4485-2bad-402f-8517-44bf7d9afff4', 'skill/competence', 'sector-specific', 'implement anti-virus software', ['installing anti-virus software', 'install anti-malware software', 'anti-malware software installing'], '2022-07-05T14:33:28.658Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], [], ['digital']),
    ('c13fb093-5ffb-491a-b8b7-fa2d42a57e2e', '', 'sector-specific', 'implement cloud security and compliance', ['cloud security and compliance'], '2022-07-05T14:38:06.701Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80'], ['69cfc5ed-6569-4aca-a4cc-fd782ba51d9c'], ['digital']),
    ('516e324b-03fc-4d3b-9986-e46e9834cd43', 'skill/competence', 'cross-sector', 'implement fundamentals of nursing', ['implement principles of nursing', 'implement basic nursing interventions', 'implement nursing fundamentals'], '2016-12-20T19:14:44Z', ['member-skills', 'skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('75b30aeb-34c0-40f4-b77d-271d75a98b14', 'skill/competence', 'cross-sector', 'improve business processes', ['manage processes', 'improve processes'], '2016-08-04T12:24:53Z', ['member-skills', 'skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('6d13053b-ee35-492c-8976-8178420df398', 'knowledge', 'cross-sector', 'infection control', ['asepsis', 'infection prevention', 'prevention of infection'], '2016-12-20T19:21:21Z', ['member-skills', 'skills'], ['isced-f/09'], [], []),
    ('1bba98a7-92b9-450b-9235-e0c905f8f3c4', 'knowledge', 'sector-specific', 'information architecture', [], '2022-07-05T14:38:14.433Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('696e3b5b-8b61-45af-ae4c-3ab700f197ec', 'knowledge', 'sector-specific', 'information extraction', [], '2022-07-05T14:37:18.921Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0612'], [], ['digital']),
    ('2179e0fd-7431-41a3-bbf4-76451c615ce2', 'skill/competence', 'cross-sector', 'inspect electrical supplies', ['inspecting electrical supplies', 'electrical supply inspecting', 'electrical supply checking'], '2016-12-20T18:37:21Z', ['member-skills', 'skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63', 'skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45'], ['386774ac-fe5b-431a-b485-9aec0bf5c09e'], []),
    ('b49036dd-059b-40d5-8ae9-0b1a6a64f668', 'skill/competence', 'cross-sector', 'install air conditioning device', ['commission air conditioning devices', 'installation of air conditioning equipment', 'fit and commission air conditioning devices'], '2021-12-10T20:20:52.727Z', ['skills', 'member-skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], [], []),
    ('c3d1ada5-1d97-4a23-be2a-9ff39296775b', 'skill/competence', 'cross-sector', 'install electric switches', ['wire up switch', 'wiring of switch', 'install electric switch'], '2016-12-20T18:22:23Z', ['skills', 'member-skills'], ['skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45'], ['52797dce-911c-4e6d-b0cb-491f6469014f'], []),
    ('52797dce-911c-4e6d-b0cb-491f6469014f', 'skill/competence', 'cross-sector', 'install electrical and electronic equipment', ['build electric and digital components and systems', 'introduce electrical and electronic equipment', 'construct electrical and electronic equipment'], '2020-12-10T10:31:08.958Z', ['member-skills', 'skills'], ['skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45'], [], []),
    ('52d6eb67-56c0-4ad7-b5c2-71e7c2362ece', 'skill/competence', 'sector-specific', 'install electricity sockets', ['fitting electricity sockets', 'electricity socket fitting', 'installing electricity sockets'], '2016-12-20T18:23:03Z', ['skills', 'member-skills'], ['skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45'], [], []),
    ('00735755-adc6-4ea0-b034-b8caff339c9f', 'skill/competence', 'cross-sector', 'install heat pump', ['installation of heat pumps', 'commission heat pumps', 'heat pump commissioning'], '2020-12-08T11:23:59.258Z', ['member-skills', 'skills', 'green'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], [], ['green']),
    ('592188c6-7212-47bb-ba58-f9361026addc', 'skill/competence', 'cross-sector', 'install heating boiler', ['commission HVAC boiler', 'commission heating, ventilation, air conditioning and refrigeration boiler', 'install HVACR boiler'], '2016-12-20T18:21:04Z', ['member-skills', 'skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], [], []),
    ('f13cae48-a480-44d3-b692-0e77c4dbb519', 'skill/competence', 'cross-sector', 'install heating furnace', ['installing heating furnace', 'install HVACR furnace', 'commission heating furnace'], '2021-12-10T22:22:53.039Z', ['skills', 'member-skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], [], []),
    ('badfeca0-e839-44e0-9f76-dc78785b7f97', 'skill/competence', 'occupation-specific', 'install refrigeration equipment', ['install cooling equipment', 'install RACHP equipment', 'install cooling heat pump system'], '2020-12-08T11:22:47.758Z', ['skills', 'member-skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], ['00735755-adc6-4ea0-b034-b8caff339c9f'], []),
    ('a6c71ced-4224-412e-9abc-75a3edc3b5fc', 'skill/competence', 'cross-sector', 'install ventilation equipment', ['installation of ventilating equipment', 'fitting ventilation equipment', 'fit ventilation equipment'], '2016-12-20T18:23:47Z', ['member-skills', 'skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], [], []),
    ('ed8de897-adbe-4f0e-b4d2-534953e64c72', 'skill/competence', 'sector-specific', 'integrate system components', ['assemble system', 'setup system'], '2022-07-05T14:33:44.716Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], [], ['digital']),
    ('925463a7-d51f-4d5b-9f79-4d28cf30acde', 'knowledge', 'sector-specific', 'integrated development environment software', ['CodeLite', 'NetBeans', 'Dev-C++'], '2022-07-05T14:34:09.904Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0612'], [], ['digital']),
    ('0ee9e985-0ee5-4a73-8a12-78b53b261bb2', 'skill/competence', 'transversal', 'interact verbally in English', ['interacting verbally in English', 'speak English', 'be fluent in English'], '2017-01-20T13:32:58Z', ['skill-language-groups', 'member-skills', 'skills'], ['skill/43f425aa-f45d-4bb4-a200-6f82fa211b66', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], ['6d3edede-8951-4621-a835-e04323300fa0'], ['language']),
    ('3cb68bb2-66fc-495a-af82-012338a9402b', 'skill/competence', 'cross-sector', 'interpret business information', ['interpret business info', 'interpreting business information', 'study business information'], '2016-12-20T18:10:42Z', ['member-skills', 'skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('1e77e42a-181f-4b48-8e74-201ce50ffc29', 'skill/competence', 'cross-sector', 'interpret current data', [], '2016-08-04T12:25:53Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], []),
    ('5f1d1319-7954-4a9b-90c7-57668e3a0d4b', 'skill/competence', 'cross-sector', 'interpret financial statements', ['read and understand financial statements', 'interpret finance statements', 'review financial statements'], '2016-12-20T18:07:48Z', ['skills', 'member-skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80'], [], []),
    ('75d8e5d9-bef3-418b-9011-01bff9f27207', 'skill/competence', 'transversal', 'lead others', ['guide others', 'take on a leadership role', 'leading others'], '2021-12-17T12:58:33.619Z', ['skill-transversal-groups', 'skills', 'member-skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a'], [], ['transversal']),
    ('731101d9-94bc-4805-bff4-9578d1bf03b5', 'knowledge', 'cross-sector', 'learning difficulties', ['learning delays', 'learning\xa0problems', 'learning difficulty'], '2016-12-20T18:27:40Z', ['skills', 'member-skills'], ['isced-f/01'], [], []),
    ('85f46538-ae70-498a-bfbc-b8ddafe96c7d', 'knowledge', 'sector-specific', 'levels of software testing', [], '2022-07-05T14:34:33.959Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0613'], [], ['digital']),
    ('d1910ad7-0c87-4f38-8a41-7c193e5dc16d', 'knowledge', 'occupation-specific', 'macroeconomics', ['national, regional and global economics', 'macro-economics'], '2016-12-20T18:08:36Z', ['member-skills', 'skills'], ['isced-f/03'], [], []),
    ('fbbcb9ab-4b95-4e57-a756-30d08b7da7a5', 'skill/competence', 'sector-specific', 'maintain ICT system', [], '2022-07-05T14:37:59.932Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('ec85cc63-4e24-4631-bf92-8789db2605c0', 'skill/competence', 'sector-specific', 'maintain database security', [], '2022-07-05T14:34:46.63Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], ['digital']),
    ('386774ac-fe5b-431a-b485-9aec0bf5c09e', 'skill/competence', 'cross-sector', 'maintain electrical equipment', ['test electrical equipment', 'test and maintain power supply', 'maintain electric equipment'], '2016-12-20T17:50:40Z', ['skills', 'member-skills'], ['skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45'], [], []),
    ('faf8943c-72ff-4736-a587-25508695d6f0', 'skill/competence', 'cross-sector', 'maintain financial records', ['oversee financial records', 'maintain financial record', 'keep financial records'], '2016-12-20T19:44:01Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('21c5790c-0930-4d74-b3b0-84caf5af12ea', 'skill/competence', 'cross-sector', 'manage budgets', [], '2016-10-20T15:06:39Z', ['member-skills', 'skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], []),
    ('1e7ed56a-6d6b-422f-962e-38543d150755', 'skill/competence', 'sector-specific', 'manage changes in ICT system', ['ICT system upgrade'], '2022-07-05T14:34:46.63Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], ['fbbcb9ab-4b95-4e57-a756-30d08b7da7a5'], ['digital']),
    ('4d614c92-0c48-4a11-a5ed-416b34fd50d2', 'skill/competence', 'cross-sector', "manage healthcare users' data", ["maintain patients' records and data", "manage patients' records and data", "manage patients', clients and social service users records and data"], '2016-12-20T19:20:35Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('08b04e53-ed25-41a2-9f90-0b9cd939ba3d', 'skill/competence', 'cross-sector', 'manage research data', [], '2022-07-05T14:37:59.932Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'research', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], ['digital']),
    ('339ac029-066a-4985-9f9d-b3d7c8fea0bb', 'skill/competence', 'cross-sector', 'manage staff', ['coordinate and monitor employees', 'manage subordinates', 'coordinate and monitor subordinates'], '2016-12-20T20:30:17Z', ['member-skills', 'skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], ['75d8e5d9-bef3-418b-9011-01bff9f27207'], []),
    ('dc417e19-edb4-4401-883a-2375f67a162f', 'skill/competence', 'cross-sector', 'manage the general ledger', ['managing the general ledger', 'oversee the general ledger', 'maintain the general ledger'], '2016-12-20T18:05:55Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('d9013e0e-e937-43d5-ab71-0e917ee882b8', 'skill/competence', 'transversal', 'manage time', ['draw up time line', 'managing time', 'meet deadlines'], '2021-12-17T12:51:48.822Z', ['member-skills', 'skills', 'skill-transversal-groups'], ['skill/021a23e1-907e-4627-b05a-555f889cbb65'], [], ['transversal']),
    ('8770350e-746f-4adb-9556-18ca68104be6', 'knowledge', 'cross-sector', 'market research', ['market studies', 'market analysis'], '2016-12-20T18:09:16Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('de03f4fd-c147-4477-a048-7109e5ba2d6f', 'knowledge', 'cross-sector', 'marketing principles', ['range of marketing principles', 'principles of marketing', 'typology of marketing principles'], '2021-12-10T21:51:33.1Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('4339176e-3acd-4f7f-a5d9-445bee3d23f2', 'knowledge', 'cross-sector', 'mathematics', ['field of mathematics', 'mathematical subjects', 'calculation'], '2016-12-20T20:00:34Z', ['skills', 'member-skills'], ['isced-f/05', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], []),
    ('7cacd304-996d-47d1-88ef-4ddb9ce102bd', 'knowledge', 'occupation-specific', 'microeconomics', ['micro-economics'], '2016-12-20T18:10:53Z', ['skills', 'member-skills'], ['isced-f/03'], [], []),
    ('d3b74d50-7fc9-4051-9335-58d129a4a064', 'skill/competence', 'sector-specific', 'monitor basic patients signs', ['monitor basic signs of patient', 'monitor basic signs of patients', 'check basic patient signs'], '2016-12-20T19:13:48Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('9190d87f-9792-42e0-bb7f-64294a656bcd', 'skill/competence', 'sector-specific', 'monitor system performance', ['system logging'], '2022-07-05T14:34:33.959Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63'], [], ['digital']),
    ('7a17d7ce-01a2-4746-bbcc-22ffe22fa16e', 'skill/competence', 'cross-sector', 'monitor technology trends', [], '2017-02-14T14:21:31Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('07889c08-7220-47c8-96f7-6068fbea00dc', 'skill/competence', 'sector-specific', 'normalise data', ['prepare data', 'normalize data', 'perform data pre-processing'], '2022-07-05T14:38:14.9Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], ['2daec0e6-f0c1-43e8-8178-aedba99130ec'], ['digital']),
    ('8b3aefd2-5021-418f-b069-828fb7abc598', 'knowledge', 'cross-sector', 'nursing principles', ['theories and concepts of nursing', 'nursing code of conduct', 'principles of nursing'], '2016-12-20T19:24:32Z', ['skills', 'member-skills'], ['isced-f/09'], [], []),
    ('d429b19a-132f-44d3-971b-bb0ccd94f979', 'knowledge', 'cross-sector', 'nursing science', ['nursing sciences', 'science of nursing and healthcare', 'therapeutic interventions to promote health'], '2016-12-20T19:29:20Z', ['member-skills', 'skills'], ['isced-f/09'], [], []),
    ('3377f3b2-4ba2-457f-b29d-8df59e8cfba8', 'skill/competence', 'cross-sector', "observe student's progress", ["monitor student's progress", 'observe student progress', "oversee student's progress"], '2016-12-20T18:28:47Z', ['skills', 'member-skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('b0a3bb25-a02f-43ed-ab1f-994fa66a424a', 'knowledge', 'sector-specific', 'online analytical processing', ['OLAP databases', 'OLAP', 'Cube databases'], '2022-07-05T14:34:46.63Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['isced-f/0612'], [], ['digital']),
    ('f9a6f35b-01a7-40c9-8b61-b6ee46f97272', 'knowledge', 'sector-specific', 'operating systems', [], '2022-07-05T14:34:21.232Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/0613'], [], ['digital']),
    ('cf3e976d-2c3e-495c-a874-f9e8a66d3b48', 'skill/competence', 'sector-specific', 'perform backups', ['backup ICT system', 'backup data'], '2022-07-05T14:34:46.63Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1'], [], ['digital']),
    ('585ed991-fdab-4f3c-9187-a32bfb7ab822', 'skill/competence', 'cross-sector', 'perform balance sheet operations', ['complete balance sheet operations', 'perform a balance sheet operation', 'implement balance sheet operations'], '2016-12-20T20:36:36Z', ['skills', 'member-skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('27ed854c-15b8-4ba2-90e9-ae888a219703', 'skill/competence', 'cross-sector', 'perform business analysis', ['perform analysis of a business', 'undertake business analysis', 'complete business analysis'], '2016-12-20T20:35:29Z', ['member-skills', 'skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80'], [], []),
    ('2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f', 'skill/competence', 'cross-sector', 'perform data analysis', ['perform analysis of data', 'performing data analysis', 'implement data analysis'], '2022-07-05T14:38:14.9Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('50b100ea-74fd-4706-99db-3e4ca55e51b8', 'skill/competence', 'cross-sector', 'perform data cleansing', ['performing data cleansing', 'undertake data cleansing', 'implement data cleansing'], '2022-07-05T14:38:06.701Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('fe39d4db-4cb5-4299-bb9f-896c8fd6ab13', 'skill/competence', 'cross-sector', 'perform market research', ['market research performance', 'implement market research', 'complete market research'], '2016-12-20T20:38:22Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('cd5efa8c-e44d-4cbc-91c6-796018dbed68', 'skill/competence', 'cross-sector', 'perform project management', ['perform management of projects', 'do project management', 'conduct project management'], '2022-01-12T19:57:07.369Z', ['research', 'skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('1dd23dba-dd00-45ab-abf4-642902538317', 'skill/competence', 'cross-sector', 'perform risk analysis', ['complete  risk analysis', 'finish  risk analysis', 'performing a  risk analysis'], '2016-12-20T20:47:16Z', ['member-skills', 'skills'], ['skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('7961413f-61d0-4722-9cd9-20a050a29899', 'skill/competence', 'sector-specific', 'perform software unit testing', [], '2022-07-05T14:34:09.904Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2', 'skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], ['913e7e83-b8f8-4574-b1ca-1b38f3fd974a'], ['digital']),
    ('5e13af88-67d3-46ed-af58-8a7b8ebe7b1f', 'skill/competence', 'sector-specific', 'perform venous cannulation ', [], '2020-12-10T14:56:25.464Z', ['member-skills', 'skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('8168333b-8257-48f6-82c5-6b5128c21ecc', 'knowledge', 'sector-specific', 'person centred care', ['patient centered care approach', 'person-centered care', 'person-centred care'], '2016-12-20T19:29:25Z', ['skills', 'member-skills'], ['isced-f/09'], [], []),
    ('60c544c9-0815-479c-bcec-93c7891815ea', 'knowledge', 'cross-sector', 'pharmacology', ['study of pharmacology', 'science of pharmacology', 'study of drug action'], '2016-12-20T19:38:17Z', ['member-skills', 'skills'], ['isced-f/05', 'isced-f/08'], [], []),
    ('aca52133-5f71-4423-abec-950284b5eaf8', 'skill/competence', 'occupation-specific', 'plan nursing care in a specialised field', ['plan specialized nursing care', 'plan nursing care in a specilalized field', 'plan nursing care in a specialized  field'], '2016-12-20T19:25:51Z', ['skills', 'member-skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('60f51172-37c0-4933-a27a-cbf55dcd7580', 'skill/competence', 'cross-sector', 'prepare financial statements', ['draw up financial statements', 'prepare financial statement', 'formulate financial statements'], '2016-12-20T18:10:19Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740'], [], []),
    ('20f57a7f-b90e-4403-8c77-5ddd89b5835b', 'skill/competence', 'cross-sector', 'prepare lesson content', ['preparing lesson contents', 'plan lesson content', 'create lesson content'], '2016-12-20T18:31:28Z', ['member-skills', 'skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('fd843a67-4662-4682-9c7e-b4d794eaff12', 'skill/competence', 'cross-sector', 'prepare market research reports', ['write up market research reports', 'prepare market research report', 'create market research reports'], '2016-12-20T18:05:06Z', ['skills', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('22a173f5-868c-4d82-87e6-beed500ce070', 'skill/competence', 'cross-sector', 'prepare tax returns forms', ['prepare forms for tax returns', 'preparing tax returns forms', 'get tax returns forms ready'], '2016-12-20T18:05:25Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('74bb0643-a15f-48ea-b12c-d98bf49cb317', 'knowledge', 'cross-sector', 'primary school procedures', ['primary procedure', 'primary school approaches', 'primary school processes'], '2016-12-20T18:30:34Z', ['member-skills', 'skills'], ['isced-f/01'], [], []),
    ('7111b95d-0ce3-441a-9d92-4c75d05c4388', 'knowledge', 'sector-specific', 'project management', ['programme management', 'fundamentals of programme management', 'management of programmes'], '2016-12-20T21:10:18Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('237db40b-4600-47c0-837f-4a2c4f3014ab', 'knowledge', 'cross-sector', 'project management principles', ['scope of project management principles', 'principles of project control', 'range of project control principles'], '2017-01-04T10:36:04Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('6d97bf55-6fb6-4795-8282-3ef915ae0bb8', 'skill/competence', 'sector-specific', 'prospect new customers', ['prospecting a new customer', 'identify new customers', 'seek new customers'], '2017-02-14T14:26:31Z', ['skills', 'member-skills'], ['skill/4ef78abc-e983-4cc7-84a1-52532a0159dc', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('24f980ba-b44f-4739-b563-205104c3190d', 'skill/competence', 'sector-specific', 'provide basic support to patients', ['deliver basic support to patients', 'provide basic support for a patient', 'offer basic support to patients'], '2016-12-20T19:13:08Z', ['member-skills', 'skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('1023ac61-250f-4eef-b7a9-238cf071685f', 'skill/competence', 'cross-sector', 'provide professional care in nursing', ['offer professional care in nursing', 'provide professional nursing-care', 'provide professional nursing care'], '2016-12-20T19:17:53Z', ['member-skills', 'skills'], ['skill/c73521be-c039-4e22-b037-3b01b3f6f9d9'], [], []),
    ('04dfd9fb-e0cf-40f6-96c6-9d2280c4347e', 'skill/competence', 'cross-sector', 'provide technical documentation', ['document the product life cycle', 'prepare technical documentation'], '2016-08-04T12:25:57Z', ['skills', 'member-skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('9cf681c7-89ec-470c-b651-7fe03786f586', 'knowledge', 'sector-specific', 'query languages', ['HTSQL', 'Gellish', 'Concept-Oriented'], '2022-07-05T14:37:18.921Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['isced-f/0613'], [], ['digital']),
    ('0b95eb5d-f3eb-4387-a0bb-094a394196c7', 'knowledge', 'cross-sector', 'refrigerants', ['refrigeration coolants', 'refrigeration cycle coolants', 'heating pump fluids'], '2016-12-20T19:40:54Z', ['skills', 'member-skills'], ['isced-f/07'], [], []),
    ('c544a9f3-5945-4b54-afed-de0697852817', 'skill/competence', 'cross-sector', 'report analysis results', ['use data reporting'], '2016-09-01T11:32:01Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'skill/552c4f35-a2d1-49c2-8fda-afe26695c44a'], ['2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f'], []),
    ('1de6b87b-2c7d-49aa-bcc0-3b2ef75f064f', 'skill/competence', 'cross-sector', 'resolve equipment malfunctions', ['resolving equipment malfunctions', 'equipment malfunctions resolution', 'deal with equipment malfunctions'], '2021-12-08T21:50:02.739Z', ['skills', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('07d3074b-f5cd-420a-bdf8-c8d643563ea5', 'skill/competence', 'cross-sector', 'respect publication formats', ['respect formats for publication', 'comply with publication formats', 'conform to publication formats'], '2016-12-20T17:56:16Z', ['member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('8bd49d04-ab2f-4333-b5d9-12d716e4e2f6', 'knowledge', 'cross-sector', 'resuscitation', ['cardiac resuscitation', 'CPR', 'cardiopulmonary resuscitation'], '2016-12-20T19:26:20Z', ['skills', 'member-skills'], ['isced-f/09'], [], []),
    ('756ae350-9e1f-4cb9-9c27-6bd99806dadc', 'knowledge', 'sector-specific', 'sales promotion techniques', ['sales promoting techniques', 'sales promotion technique', 'a sales promotion technique'], '2017-01-06T11:24:49Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('e7219848-a27a-4bf4-8775-d367707be7c9', 'knowledge', 'sector-specific', 'sales strategies', ['sales blueprints', 'sales scenarios', 'a sales strategy'], '2017-01-23T14:24:02Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('77b636e8-fab3-41a8-8022-1e0a354059dc', 'skill/competence', 'transversal', 'show empathy', ['demonstrate consideration', 'exhibit consideration', 'show concern for others'], '2021-12-10T15:53:44.609Z', ['skill-transversal-groups', 'skills', 'member-skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a'], [], ['transversal']),
    ('001115fb-569f-4ee6-8381-c6807ef2527f', 'skill/competence', 'transversal', 'show initiative', ['take the initiative', 'give impetus', 'be a driving force'], '2021-09-02T16:37:00.315Z', ['skills', 'skill-transversal-groups', 'member-skills'], ['skill/021a23e1-907e-4627-b05a-555f889cbb65'], [], ['transversal']),
    ('438ff259-d086-4004-acda-1ec3e1631bc6', 'knowledge', 'sector-specific', 'software anomalies', [], '2022-07-05T14:37:18.921Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['isced-f/0613'], [], ['digital']),
    ('fb7aee4d-f6c6-4a87-8e9d-8e542b3771f8', 'knowledge', 'sector-specific', 'software metrics', [], '2022-07-05T14:34:33.959Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0613'], [], ['digital']),
    ('9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c', 'skill/competence', 'cross-sector', 'solve ICT system problems', ['diagnose system problems', 'manage system problem', 'troubleshoot system'], '2022-07-05T14:38:06.701Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], ['digital']),
    ('99a09006-31f4-41d3-b3aa-feb2aeff730b', 'knowledge', 'occupation-specific', 'specialist nursing care', ['specialist analysis of clincial problems in nursing care', 'specialist in nursing care', 'specialist nursing diagnosis'], '2016-12-20T19:28:05Z', ['member-skills', 'skills'], ['isced-f/09'], [], []),
    ('ad59afe4-6f8a-4bc4-acfd-0f228277508a', 'knowledge', 'cross-sector', 'statistical analysis system software', ['statistical analysis system application', 'statistical analysis system programme', 'statistical analysis system operating system'], '2022-07-05T14:33:44.716Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/05'], [], ['digital']),
    ('7ee4c2ea-b349-4bd2-81a3-ec31475d4833', 'knowledge', 'cross-sector', 'statistics', ['use of data in performance of work', 'use of statistics in performance of work', 'use of data'], '2016-12-20T21:03:16Z', ['member-skills', 'skills'], ['isced-f/05'], [], []),
    ('949ced5f-7536-4614-ac60-563ffc91a2f2', 'knowledge', 'cross-sector', 'strategic planning', ['tactical planning', 'strategic plan', 'strategic plans'], '2016-12-20T18:05:14Z', ['member-skills', 'skills'], ['isced-f/04'], [], []),
    ('62268d9a-42f9-4c65-9ed3-d7ba69249896', 'skill/competence', 'cross-sector', 'support nurses', ['assist nursing staff', 'assist nurses, help nurses', 'support a nurse'], '2016-12-20T19:13:33Z', ['skills', 'member-skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], ['60c78287-22eb-4103-9c8c-28deaa460da0'], []),
    ('47ca0da1-cae5-4395-ae6b-fd97b9ff48d3', 'knowledge', 'cross-sector', 'system backup best practice', ['disaster recovery best practice'], '2022-07-05T14:38:15.447Z', ['member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'skills'], ['isced-f/0612'], [], ['digital']),
    ('09f2f811-a3fb-4de3-a70f-6420a6935575', 'knowledge', 'cross-sector', 'systems development life-cycle', ['application development life-cycle'], '2022-07-05T14:38:15.447Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['isced-f/0613'], [], ['digital']),
    ('d669af41-756c-48d9-a286-1443253f54b1', 'knowledge', 'cross-sector', 'tax legislation', ['fiscal regulations', 'fiscal rules', 'fiscal statutes'], '2017-01-05T13:35:39Z', ['skills', 'member-skills'], ['isced-f/04'], [], []),
    ('383955b1-9059-47e4-9028-67bb2fdb6be6', 'skill/competence', 'sector-specific', 'teach primary education class content', ['teaching primary education class content', 'explain primary education class content', 'educate on primary education class content'], '2016-12-20T18:30:36Z', ['skills', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('857e8624-4db0-4725-a758-5914bd8cc350', 'knowledge', 'cross-sector', 'thermodynamics', ['thermo-dynamics', 'laws of thermodynamics'], '2021-07-30T13:40:10.831Z', ['skills', 'member-skills'], ['isced-f/05'], [], []),
    ('9a58cd26-58eb-4a1c-b1b6-64037fe9cfa1', 'skill/competence', 'cross-sector', 'think abstractly', [], '2021-07-09T16:04:30.136Z', ['research', 'member-skills', 'skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('4707da90-9cfc-46ca-8de0-38a0b7bfb137', 'skill/competence', 'transversal', 'think analytically', ['think in an analytical way', 'develop an analytical approach', 'analytical thinking'], '2021-12-17T12:48:52.669Z', ['member-skills', 'skill-transversal-groups', 'research', 'skills'], ['skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], ['transversal']),
    ('c624c6a3-b0ba-4a31-a296-0d433fe47e41', 'skill/competence', 'transversal', 'think creatively', ['visualise completed work', 'anticipate needs', 'innovate'], '2021-12-17T12:51:06.025Z', ['skills', 'skill-transversal-groups', 'member-skills'], ['skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], ['transversal']),
    ('9d2e926f-53d9-41f5-98f3-19dfaa687f3f', 'knowledge', 'sector-specific', 'tools for software configuration management', ['PIKT', 'tools for software version control', 'revision control'], '2022-07-05T14:34:09.904Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0613'], [], ['digital']),
    ('8dcbcabe-09f7-4d11-940d-125af57bbc40', 'skill/competence', 'cross-sector', 'track key performance indicators', ['undertake key performance indicators', 'track a key performance indicator', 'tracking key performance indicators'], '2021-12-10T19:45:25.953Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967'], [], []),
    ('2d6d4784-0992-48e7-b100-22d7229b3f0a', 'skill/competence', 'cross-sector', 'translate requirements into visual design', ['translate requirement concepts into visual design'], '2022-07-05T14:37:59.932Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], ['f058bf62-70d1-4f5e-be2a-8b26fac24a96'], ['digital']),
    ('6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69', 'skill/competence', 'cross-sector', 'use ICT ticketing system', [], '2022-07-05T14:38:14.9Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('a0d79341-8398-4019-ad1b-27888ec35aaa', 'skill/competence', 'cross-sector', 'use accounting systems', ['using accounting systems', 'utilize accounting systems', 'work with accounting systems'], '2016-12-20T18:06:26Z', ['skills', 'member-skills'], ['skill/869fc2ce-478f-4420-8766-e1f02cec4fb2'], [], []),
    ('1bc718b6-ed90-4a9d-9fa7-8cec928a4581', 'skill/competence', 'occupation-specific', 'use creative suite software', ['operate creative suite software', 'employ creative suite software', 'apply creative suite software'], '2022-07-05T14:33:28.658Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], [], ['digital']),
    ('9889b795-d755-41b2-8afd-2e3c87a65a38', 'skill/competence', 'cross-sector', 'use customer relationship management software', ['adopt customer relationship management software', 'using customer relationship management software', 'use a customer relationship management software programme'], '2022-07-05T14:34:21.232Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], [], ['digital']),
    ('4463a721-69f3-413d-8321-43e3af13a4f1', 'skill/competence', 'cross-sector', 'use databases', ['use database software', 'make use of databases', 'able to use using databases'], '2022-07-05T14:34:09.904Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('a46743b7-ff8c-49b6-99f7-7fa5bc241771', 'skill/competence', 'sector-specific', 'use electronic health records in nursing', ['work with electronic health records in nursing', 'use of electronic health records in nursing', 'document nursing assessment electronically'], '2022-07-05T14:38:14.433Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], ['4463a721-69f3-413d-8321-43e3af13a4f1'], ['digital']),
    ('b92758d4-4591-4df1-9ceb-f907aa71ebd9', 'skill/competence', 'cross-sector', 'use measurement instruments', ['take various measurements using measuring devices', 'utilise measurement devices', 'take various measurements using instruments'], '2016-12-20T21:08:39Z', ['member-skills', 'skills'], ['skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'skill/12022223-8c30-418a-8f83-658396c9fec2', 'skill/4ef78abc-e983-4cc7-84a1-52532a0159dc', 'skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45'], [], []),
    ('f683ae1d-cb7c-4aa1-b9fe-205e1bd23535', 'skill/competence', 'cross-sector', 'use microsoft office', ['have proficiency in microsoft office', 'be a proficient MS office user', 'possess proficiency in MS office'], '2022-07-05T14:34:46.63Z', ['skills', '6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills'], ['skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], [], ['digital']),
    ('5ef0c719-5bcb-49f8-b8eb-824388225333', 'skill/competence', 'sector-specific', 'use scripting programming', [], '2022-07-05T14:34:09.904Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'member-skills', 'skills'], ['skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], [], ['digital']),
    ('2b7a79e5-84d8-4880-be66-3d9bb05bea17', 'skill/competence', 'sector-specific', 'use software design patterns', ['use programming design patterns', 'utilise software design patterns'], '2022-07-05T14:33:28.658Z', ['skills', 'member-skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], ['digital']),
    ('8b94aa1e-89c9-459d-b3b4-1dfab8dec2df', 'skill/competence', 'sector-specific', 'use software libraries', ['utilise software libraries'], '2022-07-05T14:33:28.658Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943'], [], ['digital']),
    ('1973c966-f236-40c9-b2d4-5d71a89019be', 'skill/competence', 'cross-sector', 'use spreadsheets software', ['use spreadsheets program', 'Calligra Sheets', 'Myrtle'], '2022-07-05T14:33:44.716Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], [], ['digital']),
    ('8369c2d6-c100-4cf6-bd83-9668d8678433', 'skill/competence', 'sector-specific', 'utilise machine learning', ['utilize machine learning'], '2022-07-05T14:34:46.63Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609'], [], ['digital']),
    ('348b74cd-49ce-4844-8bdf-ec188b497213', 'knowledge', 'sector-specific', 'visual presentation techniques', ['visualization interface', 'Infoviz', 'Infovis'], '2022-07-05T14:38:14.433Z', ['6c930acd-c104-4ece-acf7-f44fd7333036', 'skills', 'member-skills'], ['isced-f/02'], [], ['digital']),
    ('69bbd53f-fbb0-4476-b4b2-ef7844464e28', 'knowledge', 'sector-specific', 'web programming', ['markup programming'], '2022-07-05T14:34:46.63Z', ['member-skills', 'skills', '6c930acd-c104-4ece-acf7-f44fd7333036'], ['isced-f/0613', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9'], ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97'], ['digital']),
    ('eba85523-6ad2-4cd9-9b27-a0b6a39b8cfa', 'skill/competence', 'sector-specific', 'work in multidisciplinary health teams', ['work in multi-disciplinary health teams', 'cooperate with multidisciplinary health teams', 'work in multidisciplinary health team'], '2016-12-20T19:19:01Z', ['skills', 'member-skills'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], ['60c78287-22eb-4103-9c8c-28deaa460da0'], []),
    ('60c78287-22eb-4103-9c8c-28deaa460da0', 'skill/competence', 'transversal', 'work in teams', ['work in groups', 'working in teams', 'support colleagues'], '2021-12-17T12:57:28.865Z', ['skills', 'member-skills', 'skill-transversal-groups', 'research'], ['skill/552c4f35-a2d1-49c2-8fda-afe26695c44a'], [], ['transversal']),
    ('65a1c226-5d93-4fec-8a15-cb1b2ec4379f', 'skill/competence', 'cross-sector', 'work under supervision in care', ['work supervised in care', 'working under supervision', 'work under supervision of nurses'], '2016-12-20T19:13:17Z', ['skills', 'member-skills'], ['skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8'], [], []),
    ('3993c87c-7719-4186-811b-8ddfb40e76be', 'skill/competence', 'transversal', 'write English', ['show competency in written English', 'writing English', 'correspond in written English'], '2016-12-20T18:50:00Z', ['skill-language-groups', 'skills', 'member-skills'], ['skill/43f425aa-f45d-4bb4-a200-6f82fa211b66', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e'], ['6d3edede-8951-4621-a835-e04323300fa0'], ['language']),
]
# (uri, iscoGroup, preferredLabel, code, altLabels, modifiedDate, regulatedProfessionNote, inScheme, broader)
ESCO_OCCUPATIONS = [
    ('d3edb8f8-3a06-47a0-8fb9-9b212c006aa2', '2511', 'data analyst', '2511.3', ['data warehousing analyst', 'data storage analyst', 'data warehouse analyst'], '2022-06-15T14:44:03.023Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2511'),
    ('258e46f9-0075-4a2e-adae-1ff0477e0f30', '2511', 'data scientist', '2511.4', ['data scientist', 'data research scientist', 'research data scientist', 'data expert', 'data engineer'], '2022-07-05T14:42:21.456Z', 'unregulated', ['member-occupations', '8ae4b9f3-507e-4057-a145-2f96f0132613', 'occupations'], 'isco/C2511'),
    ('207d7b18-6540-432e-8aa6-785ed434572f', '2421', 'business intelligence manager', '2421.3', ['business research analyst', 'strategic business and intelligence manager', 'competitive intelligence manager', 'business intelligence analyst', 'market intelligence manager'], '2021-04-14T16:47:53.293Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2421'),
    ('ac8b3cd1-a127-4e6a-8208-5cfcf7111955', '2120', 'statistician', '2120.6', ['statisticians', 'statistical researcher', 'statistic research scientist', 'statistics research analyst', 'statistician'], '2022-07-05T14:42:21.456Z', 'unregulated', ['occupations', 'member-occupations', '8ae4b9f3-507e-4057-a145-2f96f0132613'], 'isco/C2120'),
    ('66fb9704-0d56-4673-8e69-7823816b73e1', '2431', 'market research analyst', '2431.11', ['marketing research coordinator', 'marketing research analyst', 'market analyst', 'market research analyst', 'marketing researcher'], '2016-07-05T15:23:57Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2431'),
    ('a6a0b60f-08da-4faa-bf54-942987efb471', '2511', 'ICT system analyst', '2511.13', ['ICT system analyst', 'system analyst', 'network analyst', 'ICT systems analyst', 'systems analyst'], '2022-06-10T12:29:13.844Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2511'),
    ('f2b15a0e-e65a-438a-affb-29b9d50b77d1', '2512', 'software developer', '2512.4', ['software specialist', 'software developers', 'programmer', 'application software developer', 'software engineer'], '2022-06-10T12:29:13.844Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2512'),
    ('106f79e4-6264-45f1-9e7a-297435cd684b', '2519', 'software tester', '2519.7', ['software testing specialist', 'software testers', 'soft tester', 'unit tester', 'software application tester'], '2017-01-17T13:42:16Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2519'),
    ('0464b062-cea6-4164-b10d-956c61956ae7', '2529', 'ICT security administrator', '2529.6', ['system security administrator', 'information security administrator', 'network security administrator', 'ICT security administrator', 'ICT security administrators'], '2021-04-06T14:42:20.783Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2529'),
    ('9e2e6e1e-363b-4e1b-a673-7bc0f7343300', '2522', 'ICT system administrator', '2522.1', ['IT systems administrator', 'system and networks administrator', 'ICT sysadmins', 'IT system administrator', 'network administrator'], '2022-06-10T12:29:13.844Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2522'),
    ('8c57af09-719c-42b3-be40-6ed4946236cc', '2521', 'database administrator', '2521.1', ['database manager', 'database administrators', 'database administrator', 'data administrator', 'data manager'], '2022-06-17T10:17:01.324Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2521'),
    ('c40a2919-48a9-40ea-b506-1f34f693496d', '2513', 'web developer', '2513.5', ['web developers', 'web engineer', 'web application developer', 'web programmer', 'web developer'], '2022-06-10T12:29:13.844Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2513'),
    ('bea99fea-0383-4c63-b944-70d4799de2c5', '1219', 'project manager', '1219.6', ['project leader', 'projects manager', 'project manager', 'project coordinator', 'project expediter'], '2020-12-08T20:56:14.552Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C1219'),
    ('8d3e8aaa-791b-4c75-a465-f3f827028f50', '2221', 'nurse responsible for general care', '2221.2', ['practice nurse', 'learning disability nurse', 'community staff nurse', 'healthcarer', 'adult nurse'], '2022-01-13T10:53:28.409Z', 'regulated', ['occupations', 'member-occupations'], 'isco/C2221'),
    ('18e14e61-495b-44cc-a7c6-df4c625934ba', '2221', 'specialist nurse', '2221.3', ['nursing specialist', 'nurse practitioner', 'diabetes nurse', 'company nurse', 'vascular nurse'], '2022-01-13T10:00:11.902Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2221'),
    ('d38c2107-98f2-47b7-8bb4-f69750d51082', '5321', 'healthcare assistant', '5321.1', ['resident care assistant', 'assistant healthcarer', 'resident healthcare assistant', 'elderly care assistant', 'primary healthcare assistant'], '2021-12-08T20:08:17.137Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C5321'),
    ('87d0795a-d41f-47ee-979f-0ab7d73836e7', '5321', 'nurse assistant', '5321.1.1', ['assistant nursing practitioner', 'healthcare nurse', 'state enrolled nurse', 'nurse auxiliary', 'nurse assistant'], '2021-12-08T19:42:02.739Z', 'unregulated', ['occupations', 'member-occupations'], 'occupation/d38c2107-98f2-47b7-8bb4-f69750d51082'),
    ('eda0d957-3c3c-4139-b89a-a18bc9e18897', '2411', 'accountant', '2411.1', ['cost accountant', 'bookkeeper', 'accounting supervisor', 'accounting officer', 'auditor'], '2021-12-08T20:13:49.559Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2411'),
    ('8d586ee9-0ab1-4155-a3b0-2ca786c8e48c', '2413', 'financial analyst', '2413.1', ['company analyst', 'structured finance analyst', 'financial markets researcher', 'financial researcher', 'm&a analyst'], '2020-12-09T09:43:05.92Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2413'),
    ('c3aae59e-1441-4b3e-bdd1-6da50dc7cf42', '3313', 'bookkeeper', '3313.2', ['bookkeeping clerk', 'accounting bookkeeper', 'accounts clerk', 'general bookkeeper', 'bookkeeper'], '2021-04-14T16:40:42.1Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C3313'),
    ('f0ca39a8-1e30-487c-95f9-ef2d5e734adc', '1330', 'ICT operations manager', '1330.5', ['IT process manager', 'systems and networks manager', 'IT operations manager', 'data processing manager', 'ICT acquisitions manager'], '2017-01-17T13:42:12Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C1330'),
    ('82f90e87-de92-4678-adae-61d3e5f7e1e4', '1330', 'chief information officer', '1330.2', ['chief information officers', 'CIO', 'IT director', 'chief information officer'], '2020-12-09T11:44:29.441Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C1330'),
    ('69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2', '2166', 'graphic designer', '2166.9', ['commercial graphic designer', 'commercial designer', 'graphic designer', 'graphic design expert', 'graphics designer'], '2022-06-10T12:29:13.844Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C2166'),
    ('03d79393-7b30-4159-945b-01963eddd302', '2341', 'primary school teacher', '2341.1', ['primary school music teacher', 'primary school educator', 'educator in primary school', 'primary education teacher', 'teacher in a primary school'], '2017-01-17T13:17:03Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C2341'),
    ('4910419f-b4af-4f59-b544-9dbebc8a74f0', '7411', 'electrician', '7411.1', ['electrical maintenance technician', 'maintenance electrician', 'electrical installer', 'electrical services installer', 'electrical maintenance worker'], '2022-06-10T12:29:13.844Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C7411'),
    ('79f435d0-9bc6-4d25-a26a-acbe16569ebb', '7127', 'heating and ventilation service engineer', '7127.1', ['HVAC mechanic', 'air conditioning and refrigeration inspector', 'HVAC heating mechanic', 'ventilation and air-conditioning inspector', 'heating, ventilation and air conditioning mechanic'], '2020-12-02T14:49:18.412Z', 'unregulated', ['occupations', 'member-occupations'], 'isco/C7127'),
    ('8234eee9-1647-460d-8d62-7fe02cb884b0', '3115', 'refrigeration air condition and heat pump technician', '3115.1.17', ['air conditioning service technician', 'air conditioning technician', 'air conditioning installation technician', 'refrigeration service technician', 'refrigeration mechanic'], '2021-12-16T12:29:36.751Z', 'unregulated', ['member-occupations', 'occupations'], 'occupation/b31e404e-9af6-457d-a58a-208f612eeba3'),
    ('14031d4a-6e99-442f-b4fe-18262b6432b2', '3322', 'commercial sales representative', '3322.1', ['technical and commercial sales executive', 'territory manager', 'commercial sales representative', 'sales and marketing consultant', 'sales executive'], '2021-10-06T08:27:27.745Z', 'unregulated', ['member-occupations', 'occupations'], 'isco/C3322'),
]
# skills hierarchy rows: (row[0:8] URIs/terms, codes[4], number of fields in the official file)
HIERARCHY = [
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', '', '', '', '', '', ''], ['K', '', '', ''], 11),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/08', 'agriculture, forestry, fisheries and veterinary', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/02', 'arts and humanities', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/04', 'business, administration and law', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/01', 'education', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/07', 'engineering, manufacturing and construction', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/09', 'health and welfare', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/06', 'information and communication technologies (icts)', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/06', 'information and communication technologies (icts)', 'isced-f/061', 'information and communication technologies (icts)', '', ''], ['K', '', '', ''], 13),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/06', 'information and communication technologies (icts)', 'isced-f/061', 'information and communication technologies (icts)', 'isced-f/0612', 'database and network design and administration'], ['K', '', '', ''], 14),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/06', 'information and communication technologies (icts)', 'isced-f/061', 'information and communication technologies (icts)', 'isced-f/0613', 'software and applications development and analysis'], ['K', '', '', ''], 14),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/05', 'natural sciences, mathematics and statistics', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/10', 'services', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22', 'knowledge', 'isced-f/03', 'social sciences, journalism and information', '', '', '', ''], ['K', '', '', ''], 12),
    (['skill/e35a5936-091d-4e87-bafe-f264e55bd656', 'language skills and knowledge', '', '', '', '', '', ''], ['L', '', '', ''], 11),
    (['skill/e35a5936-091d-4e87-bafe-f264e55bd656', 'language skills and knowledge', 'skill/43f425aa-f45d-4bb4-a200-6f82fa211b66', 'languages', '', '', '', ''], ['L', 'L1', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', '', '', '', '', '', ''], ['S', '', '', ''], 11),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8', 'communication, collaboration and creativity', '', '', '', ''], ['S', 'S1', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'information skills', '', '', '', ''], ['S', 'S2', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/0a2d70ee-d435-4965-9e96-702b2fb65740', 'information skills', 'skill/3753e796-121e-46a3-9c27-dee31ce92c80', 'analysing and evaluating information and data', '', ''], ['S', 'S2', 'S2.7', ''], 13),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/c73521be-c039-4e22-b037-3b01b3f6f9d9', 'assisting and caring', '', '', '', ''], ['S', 'S3', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/869fc2ce-478f-4420-8766-e1f02cec4fb2', 'management skills', '', '', '', ''], ['S', 'S4', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'working with computers', '', '', '', ''], ['S', 'S5', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'working with computers', 'skill/d6e4373a-ef2c-4b64-9dc6-4140846f6609', 'programming computer systems', '', ''], ['S', 'S5', 'S5.1', ''], 13),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'working with computers', 'skill/75c1ab73-5b00-48a0-818e-93487ebdd7e1', 'setting up and protecting computer systems', '', ''], ['S', 'S5', 'S5.2', ''], 13),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'working with computers', 'skill/28d2ab6c-38a2-476e-85fe-7982fd242943', 'accessing and analysing digital data', '', ''], ['S', 'S5', 'S5.5', ''], 13),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/243eb885-07c7-4b77-ab9c-827551d83dc4', 'working with computers', 'skill/cacc62f3-2df4-4cc3-9d5d-0d014db56bd9', 'using digital tools for collaboration, content creation and problem solving', '', ''], ['S', 'S5', 'S5.6', ''], 13),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/03e0b95b-67d1-457a-b3f7-06c407cf6bec', 'handling and moving', '', '', '', ''], ['S', 'S6', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/2ae39fc8-0f1b-4284-9e73-3f2739471f63', 'constructing', '', '', '', ''], ['S', 'S7', '', ''], 12),
    (['skill/335228d2-297d-4e0e-a6ee-bc6a8dc110d9', 'skills', 'skill/9b8bb484-dcba-49af-8ae0-cfe8b6e9ed45', 'working with machinery and specialised equipment', '', '', '', ''], ['S', 'S8', '', ''], 12),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', '', '', '', '', '', ''], ['T', '', '', ''], 11),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', 'skill/b94686e3-cce5-47a2-a8d8-402a0d0ed44e', 'core skills and competences', '', '', '', ''], ['T', 'T1', '', ''], 12),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', 'skill/8267ecb5-c976-4b6a-809b-4ceecb954967', 'thinking skills and competences', '', '', '', ''], ['T', 'T2', '', ''], 12),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', 'skill/021a23e1-907e-4627-b05a-555f889cbb65', 'self-management skills and competences', '', '', '', ''], ['T', 'T3', '', ''], 12),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', 'skill/552c4f35-a2d1-49c2-8fda-afe26695c44a', 'social and communication skills and competences', '', '', '', ''], ['T', 'T4', '', ''], 12),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', 'skill/12022223-8c30-418a-8f83-658396c9fec2', 'physical and manual skills and competences', '', '', '', ''], ['T', 'T5', '', ''], 12),
    (['skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e', 'transversal skills and competences', 'skill/4ef78abc-e983-4cc7-84a1-52532a0159dc', 'life skills and competences', '', '', '', ''], ['T', 'T6', '', ''], 12),
]
# ESCO occupation -> list of (relationType, skill preferredLabel)
OCC_SKILLS = {
    'data analyst': [
        ('essential', 'business intelligence'),
        ('essential', 'data mining'),
        ('essential', 'visual presentation techniques'),
        ('essential', 'statistics'),
        ('essential', 'data quality assessment'),
        ('essential', 'data models'),
        ('essential', 'normalise data'),
        ('essential', 'interpret current data'),
        ('essential', 'apply statistical analysis techniques'),
        ('essential', 'use databases'),
        ('essential', 'analyse big data'),
        ('essential', 'perform data cleansing'),
        ('essential', 'perform data analysis'),
        ('essential', 'think analytically'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'deliver visual presentation of data'),
        ('optional', 'report analysis results'),
        ('optional', 'SQL'),
        ('optional', 'Python (computer programming)'),
        ('optional', 'R'),
        ('optional', 'Microsoft Access'),
        ('optional', 'online analytical processing'),
        ('optional', 'query languages'),
        ('optional', 'create data models'),
    ],
    'data scientist': [
        ('essential', 'data mining'),
        ('essential', 'statistics'),
        ('essential', 'data models'),
        ('essential', 'information extraction'),
        ('essential', 'perform data cleansing'),
        ('essential', 'apply statistical analysis techniques'),
        ('essential', 'execute analytical mathematical calculations'),
        ('essential', 'handle data samples'),
        ('essential', 'establish data processes'),
        ('essential', 'deliver visual presentation of data'),
        ('essential', 'report analysis results'),
        ('essential', 'Python (computer programming)'),
        ('essential', 'R'),
        ('essential', 'think abstractly'),
        ('optional', 'SQL'),
        ('optional', 'utilise machine learning'),
        ('optional', 'build predictive models'),
        ('optional', 'analyse big data'),
        ('optional', 'cloud technologies'),
        ('optional', 'algorithms'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'show initiative'),
        ('optional', 'English'),
    ],
    'business intelligence manager': [
        ('essential', 'business intelligence'),
        ('essential', 'perform data analysis'),
        ('essential', 'perform business analysis'),
        ('essential', 'interpret business information'),
        ('essential', 'track key performance indicators'),
        ('essential', 'business analysis'),
        ('essential', 'statistics'),
        ('essential', 'statistical analysis system software'),
        ('essential', 'strategic planning'),
        ('essential', 'improve business processes'),
        ('essential', 'deliver visual presentation of data'),
        ('optional', 'data mining'),
        ('optional', 'data models'),
        ('optional', 'online analytical processing'),
        ('optional', 'perform market research'),
        ('optional', 'manage budgets'),
        ('optional', 'SQL'),
        ('optional', 'lead others'),
    ],
    'statistician': [
        ('essential', 'mathematics'),
        ('essential', 'statistics'),
        ('essential', 'statistical analysis system software'),
        ('essential', 'apply statistical analysis techniques'),
        ('essential', 'identify statistical patterns'),
        ('essential', 'conduct quantitative research'),
        ('essential', 'execute analytical mathematical calculations'),
        ('essential', 'perform data analysis'),
        ('essential', 'manage research data'),
        ('essential', 'think abstractly'),
        ('optional', 'R'),
        ('optional', 'Python (computer programming)'),
        ('optional', 'build predictive models'),
        ('optional', 'design questionnaires'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'deliver visual presentation of data'),
        ('optional', 'algorithms'),
    ],
    'market research analyst': [
        ('essential', 'market research'),
        ('essential', 'statistics'),
        ('essential', 'marketing principles'),
        ('essential', 'visual presentation techniques'),
        ('essential', 'perform market research'),
        ('essential', 'analyse consumer buying trends'),
        ('essential', 'prepare market research reports'),
        ('optional', 'design questionnaires'),
        ('optional', 'conduct quantitative research'),
        ('optional', 'perform data analysis'),
        ('optional', 'build predictive models'),
        ('optional', 'use spreadsheets software'),
    ],
    'ICT system analyst': [
        ('essential', 'systems development life-cycle'),
        ('essential', 'analyse ICT system'),
        ('essential', 'analyse business processes'),
        ('essential', 'identify customer requirements'),
        ('essential', 'define technical requirements'),
        ('essential', 'create data models'),
        ('essential', 'analyse software specifications'),
        ('essential', 'monitor system performance'),
        ('essential', 'solve ICT system problems'),
        ('optional', 'SQL'),
        ('optional', 'Java (computer programming)'),
        ('optional', 'Python (computer programming)'),
        ('optional', 'data mining'),
        ('optional', 'cloud technologies'),
        ('optional', 'think analytically'),
    ],
    'software developer': [
        ('essential', 'computer programming'),
        ('essential', 'ICT debugging tools'),
        ('essential', 'integrated development environment software'),
        ('essential', 'tools for software configuration management'),
        ('essential', 'debug software'),
        ('essential', 'use software design patterns'),
        ('essential', 'use software libraries'),
        ('essential', 'develop software prototype'),
        ('essential', 'analyse software specifications'),
        ('essential', 'identify customer requirements'),
        ('essential', 'provide technical documentation'),
        ('optional', 'Java (computer programming)'),
        ('optional', 'Python (computer programming)'),
        ('optional', 'JavaScript'),
        ('optional', 'SQL'),
        ('optional', 'TypeScript'),
        ('optional', 'Agile project management'),
        ('optional', 'utilise machine learning'),
        ('optional', 'integrate system components'),
        ('optional', 'design user interface'),
        ('optional', 'DevOps'),
        ('optional', 'work in teams'),
    ],
    'software tester': [
        ('essential', 'levels of software testing'),
        ('essential', 'software anomalies'),
        ('essential', 'software metrics'),
        ('essential', 'execute software tests'),
        ('essential', 'perform software unit testing'),
        ('optional', 'debug software'),
        ('optional', 'Python (computer programming)'),
        ('optional', 'Java (computer programming)'),
        ('optional', 'SQL'),
        ('optional', 'Agile project management'),
        ('optional', 'use scripting programming'),
        ('optional', 'attend to detail'),
    ],
    'ICT security administrator': [
        ('essential', 'ICT network security risks'),
        ('essential', 'cyber attack counter-measures'),
        ('essential', 'operating systems'),
        ('essential', 'system backup best practice'),
        ('essential', 'maintain database security'),
        ('essential', 'solve ICT system problems'),
        ('optional', 'implement cloud security and compliance'),
        ('optional', 'implement a firewall'),
        ('optional', 'implement a virtual private network'),
        ('optional', 'implement anti-virus software'),
        ('optional', 'use scripting programming'),
        ('optional', 'perform backups'),
    ],
    'ICT system administrator': [
        ('essential', 'operating systems'),
        ('essential', 'ICT infrastructure'),
        ('essential', 'hardware components'),
        ('essential', 'administer ICT system'),
        ('essential', 'maintain ICT system'),
        ('essential', 'monitor system performance'),
        ('essential', 'perform backups'),
        ('essential', 'implement a firewall'),
        ('essential', 'implement a virtual private network'),
        ('essential', 'implement anti-virus software'),
        ('essential', 'solve ICT system problems'),
        ('essential', 'provide technical documentation'),
        ('optional', 'use scripting programming'),
        ('optional', 'cloud technologies'),
        ('optional', 'integrate system components'),
        ('optional', 'use ICT ticketing system'),
    ],
    'database administrator': [
        ('essential', 'database management systems'),
        ('essential', 'data models'),
        ('essential', 'query languages'),
        ('essential', 'data storage'),
        ('essential', 'database development tools'),
        ('essential', 'use databases'),
        ('essential', 'maintain database security'),
        ('essential', 'perform backups'),
        ('essential', 'create data models'),
        ('essential', 'SQL'),
        ('optional', 'use scripting programming'),
        ('optional', 'Microsoft Access'),
        ('optional', 'business intelligence'),
        ('optional', 'online analytical processing'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'database'),
    ],
    'web developer': [
        ('essential', 'computer programming'),
        ('essential', 'web programming'),
        ('essential', 'JavaScript'),
        ('essential', 'CSS'),
        ('essential', 'World Wide Web Consortium standards'),
        ('essential', 'debug software'),
        ('essential', 'use software libraries'),
        ('essential', 'translate requirements into visual design'),
        ('essential', 'develop software prototype'),
        ('essential', 'tools for software configuration management'),
        ('optional', 'TypeScript'),
        ('optional', 'design user interface'),
        ('optional', 'SQL'),
        ('optional', 'Python (computer programming)'),
    ],
    'project manager': [
        ('essential', 'project management'),
        ('essential', 'project management principles'),
        ('essential', 'perform project management'),
        ('essential', 'manage budgets'),
        ('essential', 'perform risk analysis'),
        ('essential', 'manage staff'),
        ('optional', 'Agile project management'),
        ('optional', 'ICT project management methodologies'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'use microsoft office'),
        ('optional', 'lead others'),
        ('optional', 'manage time'),
        ('optional', 'write English'),
    ],
    'nurse responsible for general care': [
        ('essential', 'nursing principles'),
        ('essential', 'nursing science'),
        ('essential', 'general medicine'),
        ('essential', 'human anatomy'),
        ('essential', 'human physiology'),
        ('essential', 'pharmacology'),
        ('essential', 'infection control'),
        ('essential', 'hygiene in a health care setting'),
        ('essential', 'health care legislation'),
        ('essential', 'resuscitation'),
        ('essential', 'provide professional care in nursing'),
        ('essential', 'diagnose nursing care'),
        ('essential', 'use electronic health records in nursing'),
        ('essential', 'follow clinical guidelines'),
        ('essential', 'ensure safety of healthcare users'),
        ('essential', 'empathise with the healthcare user'),
        ('essential', 'work in multidisciplinary health teams'),
        ('optional', 'perform venous cannulation'),
        ('optional', 'geriatrics'),
        ('optional', 'have computer literacy'),
        ('optional', 'work in teams'),
    ],
    'specialist nurse': [
        ('essential', 'specialist nursing care'),
        ('essential', 'nursing principles'),
        ('essential', 'pharmacology'),
        ('essential', 'provide professional care in nursing'),
        ('essential', 'plan nursing care in a specialised field'),
        ('essential', 'communicate in specialised nursing care'),
        ('essential', 'diagnose nursing care'),
        ('essential', 'follow clinical guidelines'),
        ('essential', 'use electronic health records in nursing'),
        ('optional', 'perform venous cannulation'),
        ('optional', 'general medicine'),
        ('optional', 'human physiology'),
        ('optional', 'show empathy'),
    ],
    'healthcare assistant': [
        ('essential', 'provide basic support to patients'),
        ('essential', 'monitor basic patients signs'),
        ('essential', 'support nurses'),
        ('essential', 'work under supervision in care'),
        ('essential', 'communicate with nursing staff'),
        ('essential', 'follow clinical guidelines'),
        ('essential', 'ensure safety of healthcare users'),
        ('essential', 'empathise with the healthcare user'),
        ('essential', 'identify abnormalities'),
        ('essential', "manage healthcare users' data"),
        ('essential', 'have computer literacy'),
        ('optional', 'geriatrics'),
        ('optional', 'distribute meals to patients'),
        ('optional', 'hygiene in a health care setting'),
        ('optional', 'first aid'),
        ('optional', 'show empathy'),
    ],
    'nurse assistant': [
        ('essential', 'hygiene in a health care setting'),
        ('essential', 'nursing principles'),
        ('essential', 'first aid'),
        ('essential', 'person centred care'),
        ('essential', 'provide basic support to patients'),
        ('essential', 'monitor basic patients signs'),
        ('essential', 'support nurses'),
        ('essential', 'implement fundamentals of nursing'),
        ('essential', 'communicate with nursing staff'),
        ('essential', 'apply person-centred care'),
        ('essential', 'ensure safety of healthcare users'),
        ('essential', 'work in multidisciplinary health teams'),
        ('optional', 'infection control'),
        ('optional', 'human anatomy'),
        ('optional', 'geriatrics'),
        ('optional', 'use electronic health records in nursing'),
        ('optional', 'distribute meals to patients'),
        ('optional', 'show empathy'),
    ],
    'accountant': [
        ('essential', 'accounting techniques'),
        ('essential', 'accounting entries'),
        ('essential', 'financial statements'),
        ('essential', 'bookkeeping regulations'),
        ('essential', 'tax legislation'),
        ('essential', 'fraud detection'),
        ('essential', 'prepare financial statements'),
        ('essential', 'interpret financial statements'),
        ('essential', 'check accounting records'),
        ('essential', 'identify accounting errors'),
        ('essential', 'prepare tax returns forms'),
        ('essential', 'calculate tax'),
        ('essential', 'perform balance sheet operations'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'use accounting systems'),
        ('optional', 'manage budgets'),
        ('optional', 'financial forecasting'),
        ('optional', 'attend to detail'),
    ],
    'financial analyst': [
        ('essential', 'financial management'),
        ('essential', 'economics'),
        ('essential', 'microeconomics'),
        ('essential', 'macroeconomics'),
        ('essential', 'accounting'),
        ('essential', 'statistics'),
        ('essential', 'perform business analysis'),
        ('essential', 'interpret financial statements'),
        ('optional', 'financial forecasting'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'business intelligence'),
        ('optional', 'think analytically'),
    ],
    'bookkeeper': [
        ('essential', 'accounting techniques'),
        ('essential', 'accounting entries'),
        ('essential', 'bookkeeping regulations'),
        ('essential', 'financial statements'),
        ('essential', 'depreciation'),
        ('essential', 'use accounting systems'),
        ('essential', 'manage the general ledger'),
        ('essential', 'maintain financial records'),
        ('essential', 'perform balance sheet operations'),
        ('essential', 'identify accounting errors'),
        ('essential', 'prepare financial statements'),
        ('optional', 'tax legislation'),
        ('optional', 'calculate tax'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'Microsoft Access'),
        ('optional', 'attend to detail'),
    ],
    'ICT operations manager': [
        ('essential', 'manage changes in ICT system'),
        ('essential', 'manage budgets'),
        ('essential', 'define technology strategy'),
        ('essential', 'manage staff'),
        ('essential', 'use ICT ticketing system'),
        ('essential', 'develop ICT workflow'),
        ('essential', 'track key performance indicators'),
        ('essential', 'perform project management'),
        ('essential', 'attend to ICT systems quality'),
        ('essential', 'improve business processes'),
        ('optional', 'systems development life-cycle'),
        ('optional', 'implement ICT risk management'),
        ('optional', 'lead others'),
        ('optional', 'ICT infrastructure'),
    ],
    'chief information officer': [
        ('essential', 'define technology strategy'),
        ('essential', 'systems development life-cycle'),
        ('essential', 'information architecture'),
        ('essential', 'ICT project management methodologies'),
        ('essential', 'implement ICT risk management'),
        ('essential', 'monitor technology trends'),
        ('essential', 'coordinate technological activities'),
        ('optional', 'DevOps'),
        ('optional', 'manage budgets'),
        ('optional', 'manage staff'),
        ('optional', 'business intelligence'),
        ('optional', 'cloud technologies'),
        ('optional', 'lead others'),
    ],
    'graphic designer': [
        ('essential', 'graphic design'),
        ('essential', 'desktop publishing'),
        ('essential', 'copyright legislation'),
        ('essential', 'use creative suite software'),
        ('essential', 'design graphics'),
        ('essential', 'translate requirements into visual design'),
        ('essential', 'follow a brief'),
        ('essential', 'develop creative ideas'),
        ('essential', 'respect publication formats'),
        ('essential', 'adapt to type of media'),
        ('optional', 'think creatively'),
        ('optional', 'visual presentation techniques'),
    ],
    'primary school teacher': [
        ('essential', 'assessment processes'),
        ('essential', 'curriculum objectives'),
        ('essential', 'learning difficulties'),
        ('essential', 'primary school procedures'),
        ('essential', 'teach primary education class content'),
        ('essential', 'prepare lesson content'),
        ('essential', 'apply teaching strategies'),
        ('essential', 'assess students'),
        ('essential', "observe student's progress"),
        ('optional', 'use microsoft office'),
        ('optional', 'work in teams'),
        ('optional', 'think creatively'),
    ],
    'electrician': [
        ('essential', 'electricity'),
        ('essential', 'electrical testing methods'),
        ('essential', 'electrical wiring plans'),
        ('essential', 'install electrical and electronic equipment'),
        ('essential', 'install electricity sockets'),
        ('essential', 'install electric switches'),
        ('essential', 'inspect electrical supplies'),
        ('essential', 'maintain electrical equipment'),
        ('essential', 'resolve equipment malfunctions'),
        ('essential', 'use measurement instruments'),
        ('optional', 'energy performance of buildings'),
        ('optional', 'attend to detail'),
    ],
    'heating and ventilation service engineer': [
        ('essential', 'refrigerants'),
        ('essential', 'thermodynamics'),
        ('essential', 'heating, ventilation, air conditioning and refrigeration parts'),
        ('essential', 'electricity'),
        ('essential', 'electrical wiring plans'),
        ('essential', 'install ventilation equipment'),
        ('essential', 'install heating boiler'),
        ('essential', 'install heating furnace'),
        ('essential', 'resolve equipment malfunctions'),
        ('essential', 'use measurement instruments'),
        ('essential', 'maintain electrical equipment'),
        ('optional', 'install heat pump'),
        ('optional', 'ensure compliance with environmental legislation'),
        ('optional', 'dispose of hazardous waste'),
        ('optional', 'follow safety procedures when working at heights'),
        ('optional', 'energy performance of buildings'),
    ],
    'refrigeration air condition and heat pump technician': [
        ('essential', 'refrigerants'),
        ('essential', 'thermodynamics'),
        ('essential', 'hydraulics'),
        ('essential', 'heating, ventilation, air conditioning and refrigeration parts'),
        ('essential', 'electricity'),
        ('essential', 'install heat pump'),
        ('essential', 'install air conditioning device'),
        ('essential', 'install refrigeration equipment'),
        ('essential', 'ensure compliance with environmental legislation'),
        ('essential', 'resolve equipment malfunctions'),
        ('optional', 'dispose of hazardous waste'),
        ('optional', 'provide technical documentation'),
        ('optional', 'follow safety procedures when working at heights'),
    ],
    'commercial sales representative': [
        ('essential', 'characteristics of products'),
        ('essential', 'characteristics of services'),
        ('essential', 'sales strategies'),
        ('essential', 'sales promotion techniques'),
        ('essential', 'customer relationship management'),
        ('essential', 'use customer relationship management software'),
        ('essential', 'prospect new customers'),
        ('essential', 'have computer literacy'),
        ('optional', 'use spreadsheets software'),
        ('optional', 'analyse consumer buying trends'),
        ('optional', 'interact verbally in English'),
        ('optional', 'show initiative'),
    ],
}


if __name__ == "__main__":
    main()
