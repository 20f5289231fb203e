//! Learning hours from durations, and the rules used (also in `docs/credentials.md`).
//!
//! Sources state effort in many ways: hours (`"PT120H"`, `"40 hours"`), a calendar length
//! with a weekly effort (`"4-6 weeks at 5 hours/week"`, edX `"2–3 hours per week"` × `"7
//! Weeks"`), a band (`"1 - 3 Months"`, `"Less Than 2 Hours"`), an ISO 8601 duration (`"P6W"`,
//! `"P4Y"`), Spanish words (`"18 a 24 meses"`), or credits. The rules:
//!
//! 1. **Ranges take the midpoint**: `4-6 weeks` → 5 weeks; `Less Than 2 Hours` → 1 hour
//!    (midpoint of 0–2); `15+ hours` → 15 (the stated lower bound).
//! 2. **Hours are hours**: a length in hours (or minutes) is the learning time, whatever the
//!    weekly effort.
//! 3. **Calendar lengths × weekly effort**: weeks × hours per week, with 1 month = 4.345 weeks,
//!    1 year = 52.14 weeks, 1 day = 1/7 week. The effort is the one stated (midpoint of a
//!    range; "N hours a day" counts 7 days a week); when none is stated, the importer's
//!    default rate applies **only if it has one**, and the rule text says so:
//!    * native files: [`NATIVE_DEFAULT`] 5 h/week;
//!    * Coursera: [`COURSERA`] 10 h/week (Coursera plans its course lengths at 10 h/week);
//!    * CTDL programmes: [`FULL_TIME`] full-time study, 1,350 h a year (30 US semester
//!      credit hours × 45 h, the federal credit-hour definition), i.e. 25.89 h/week.
//!
//!    Without a stated effort and without a default, the hours stay unknown.
//! 4. **Credits** (CTDL `creditValue`): credits × hours per credit for known units — US
//!    semester hour 45 h, quarter hour 30 h, ECTS 27.5 h (25–30), continuing-education unit
//!    10 h, clock hour 1 h ([`hours_per_credit`]).
//!
//! Every derived value carries its rule as text, stored in `Credential::hours_rule`.

/// Weeks in a month (52.14 / 12).
pub const WEEKS_PER_MONTH: f32 = 4.345;
/// Weeks in a year.
pub const WEEKS_PER_YEAR: f32 = 52.14;

/// A weekly effort to assume when a source states a calendar length but no effort.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub hours_per_week: f32,
    /// Why this rate, for the rule text.
    pub why: &'static str,
}

/// Native files: 5 h/week when a duration is given without a weekly effort.
pub const NATIVE_DEFAULT: Rate = Rate {
    hours_per_week: 5.0,
    why: "skillgap's default when no weekly effort is stated",
};

/// Coursera: 10 h/week, the rate at which Coursera states its course lengths.
pub const COURSERA: Rate = Rate {
    hours_per_week: 10.0,
    why: "Coursera states lengths at 10 h/week",
};

/// CTDL programmes: full-time study, 1,350 h a year (30 semester credit hours × 45 h).
pub const FULL_TIME: Rate = Rate {
    hours_per_week: 1350.0 / WEEKS_PER_YEAR,
    why: "full-time study, 1,350 h/year = 30 semester credits × 45 h",
};

/// A unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// Weeks per unit for calendar units; `None` for minutes and hours.
    pub fn weeks(self) -> Option<f32> {
        match self {
            Unit::Minute | Unit::Hour => None,
            Unit::Day => Some(1.0 / 7.0),
            Unit::Week => Some(1.0),
            Unit::Month => Some(WEEKS_PER_MONTH),
            Unit::Year => Some(WEEKS_PER_YEAR),
        }
    }

    fn plural(self) -> &'static str {
        match self {
            Unit::Minute => "min",
            Unit::Hour => "h",
            Unit::Day => "days",
            Unit::Week => "weeks",
            Unit::Month => "months",
            Unit::Year => "years",
        }
    }
}

/// A value or a range of values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub lo: f32,
    pub hi: f32,
}

impl Span {
    pub fn one(v: f32) -> Span {
        Span { lo: v, hi: v }
    }

    /// The midpoint of the range.
    pub fn mid(self) -> f32 {
        (self.lo + self.hi) / 2.0
    }

    /// `4.5 months (midpoint of 3–6)`, or `4 years` for a single value.
    fn describe(self, unit: &str) -> String {
        if self.lo == self.hi {
            format!("{} {unit}", num(self.lo))
        } else {
            format!(
                "{} {unit} (midpoint of {}–{})",
                num(self.mid()),
                num(self.lo),
                num(self.hi)
            )
        }
    }
}

/// A length: a span in a unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length {
    pub span: Span,
    pub unit: Unit,
}

/// How often an effort is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    Day,
    Week,
}

/// A stated effort in hours per day or week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Effort {
    pub hours: Span,
    pub per: Per,
}

impl Effort {
    /// Hours per week (an effort per day counts 7 days a week).
    pub fn per_week(self) -> f32 {
        match self.per {
            Per::Week => self.hours.mid(),
            Per::Day => self.hours.mid() * 7.0,
        }
    }
}

/// What a free-text duration says.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stated {
    /// The first length found (in hours, or a calendar length).
    pub length: Option<Length>,
    /// The first effort per day or week found.
    pub effort: Option<Effort>,
}

/// Hours derived from a duration, with the rule used.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub hours: f32,
    pub rule: String,
}

/// Learning hours from a duration written as ISO 8601 (`P6W`, `PT40H`, `P1Y6M`) or free text
/// (`4-6 weeks at 5 hours/week`, `1 - 3 Months`, `18 a 24 meses`); `default` is the weekly
/// rate used when a calendar length comes without an effort. `None` when no hours follow.
pub fn hours_from(text: &str, default: Option<Rate>) -> Option<Derived> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(length) = parse_iso(text) {
        return derive(&format!("`{text}`"), length, None, default);
    }
    let stated = parse_text(text);
    derive(&format!("`{text}`"), stated.length?, stated.effort, default)
}

/// Hours from a length and an optional stated effort (rules 2 and 3 of the module doc);
/// `input` describes the source for the rule text.
pub fn derive(
    input: &str,
    length: Length,
    effort: Option<Effort>,
    default: Option<Rate>,
) -> Option<Derived> {
    let mid = length.span.mid();
    if !mid.is_finite() || mid < 0.0 {
        return None;
    }
    match length.unit.weeks() {
        None => {
            let hours = if length.unit == Unit::Minute {
                mid / 60.0
            } else {
                mid
            };
            Some(Derived {
                hours: round1(hours),
                rule: format!(
                    "{input}: {} of learning",
                    length.span.describe(length.unit.plural())
                ),
            })
        }
        Some(per_unit) => {
            let (rate, rate_note) = match (effort, default) {
                (Some(e), _) => (
                    e.per_week(),
                    match e.per {
                        Per::Week => format!("stated effort {}", e.hours.describe("h/week")),
                        Per::Day => format!("stated effort {} × 7 days", e.hours.describe("h/day")),
                    },
                ),
                (None, Some(r)) => (r.hours_per_week, r.why.to_owned()),
                (None, None) => return None,
            };
            let conversion = match length.unit {
                Unit::Day => " ÷ 7 days/week".to_owned(),
                Unit::Month => format!(" × {WEEKS_PER_MONTH} weeks/month"),
                Unit::Year => format!(" × {WEEKS_PER_YEAR} weeks/year"),
                _ => String::new(),
            };
            let hours = round1(mid * per_unit * rate);
            Some(Derived {
                hours,
                rule: format!(
                    "{input}: {}{conversion} × {} h/week ({rate_note}) = {} h",
                    length.span.describe(length.unit.plural()),
                    num(rate),
                    num(hours)
                ),
            })
        }
    }
}

/// Hours per credit for a credit unit named in `unit` (a CTDL `creditUnitType` node such as
/// `creditUnit:SemesterHour`, or a description such as "Semester Hours"), with the reason.
pub fn hours_per_credit(unit: &str) -> Option<(f32, &'static str)> {
    let u = unit.to_ascii_lowercase();
    if u.contains("semester") {
        Some((
            45.0,
            "US semester credit hour = 45 h (1 h class + 2 h study × 15 weeks)",
        ))
    } else if u.contains("quarter") {
        Some((30.0, "quarter credit hour = 30 h"))
    } else if u.contains("ects") || u.contains("european") {
        Some((27.5, "ECTS credit = 25–30 h (midpoint)"))
    } else if u.contains("continuingeducation")
        || u.contains("continuing education")
        || u.contains("ceu")
    {
        Some((10.0, "continuing-education unit = 10 contact hours"))
    } else if u.contains("clock") {
        Some((1.0, "clock hour = 1 h"))
    } else {
        None
    }
}

/// Parses an ISO 8601 duration (`P4Y`, `P6M`, `P2W`, `PT120H`, `P1Y6M`, `P3DT4H`, decimals with
/// `.` or `,`). A single calendar component keeps its unit; several become weeks; a pure time
/// part is hours of learning. A time part next to a calendar part counts as elapsed time.
pub fn parse_iso(s: &str) -> Option<Length> {
    let s = s.trim().to_ascii_uppercase();
    let rest = s.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let mut in_time = false;
    let mut num_buf = String::new();
    let mut calendar: Vec<(f32, Unit)> = Vec::new();
    let mut hours = 0.0f32;
    let mut any = false;
    for c in rest.chars() {
        match c {
            'T' if !in_time && num_buf.is_empty() => in_time = true,
            '0'..='9' | '.' | ',' => num_buf.push(if c == ',' { '.' } else { c }),
            _ => {
                let v: f32 = num_buf.parse().ok()?;
                num_buf.clear();
                any = true;
                match (in_time, c) {
                    (false, 'Y') => calendar.push((v, Unit::Year)),
                    (false, 'M') => calendar.push((v, Unit::Month)),
                    (false, 'W') => calendar.push((v, Unit::Week)),
                    (false, 'D') => calendar.push((v, Unit::Day)),
                    (true, 'H') => hours += v,
                    (true, 'M') => hours += v / 60.0,
                    (true, 'S') => hours += v / 3600.0,
                    _ => return None,
                }
            }
        }
    }
    if !num_buf.is_empty() || !any {
        return None;
    }
    match calendar.as_slice() {
        [] => Some(Length {
            span: Span::one(hours),
            unit: Unit::Hour,
        }),
        [(v, unit)] if hours == 0.0 => Some(Length {
            span: Span::one(*v),
            unit: *unit,
        }),
        _ => {
            let weeks: f32 = calendar
                .iter()
                .map(|(v, u)| v * u.weeks().unwrap_or(0.0))
                .sum::<f32>()
                + hours / 24.0 / 7.0;
            Some(Length {
                span: Span::one(weeks),
                unit: Unit::Week,
            })
        }
    }
}

/// A length from two ISO 8601 durations, a minimum and a maximum (CTDL `minimumDuration` /
/// `maximumDuration`): the range between them, in a common unit.
pub fn iso_range(min: &str, max: &str) -> Option<Length> {
    let (a, b) = (parse_iso(min)?, parse_iso(max)?);
    if a.unit == b.unit {
        return Some(Length {
            span: Span {
                lo: a.span.lo,
                hi: b.span.hi,
            },
            unit: a.unit,
        });
    }
    let weeks = |l: Length| l.unit.weeks().map(|w| l.span.mid() * w);
    Some(Length {
        span: Span {
            lo: weeks(a)?,
            hi: weeks(b)?,
        },
        unit: Unit::Week,
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f32),
    Word(String),
    Sym(char),
}

fn tokenize(s: &str) -> Vec<Tok> {
    let chars: Vec<char> = s.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut buf = String::new();
            while i < chars.len() {
                let d = chars[i];
                if d.is_ascii_digit() {
                    buf.push(d);
                    i += 1;
                } else if d == '.'
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                    && !buf.contains('.')
                {
                    buf.push('.');
                    i += 1;
                } else if d == ','
                    && chars
                        .get(i + 1..i + 4)
                        .is_some_and(|w| w.iter().all(char::is_ascii_digit))
                    && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
                {
                    // Thousands separator: "1,000 hours".
                    i += 1;
                } else {
                    break;
                }
            }
            if let Ok(v) = buf.parse() {
                toks.push(Tok::Num(v));
            }
        } else if c.is_alphabetic() {
            let mut buf = String::new();
            while i < chars.len() && chars[i].is_alphabetic() {
                buf.extend(chars[i].to_lowercase());
                i += 1;
            }
            match number_word(&buf) {
                Some(v) => toks.push(Tok::Num(v)),
                None => toks.push(Tok::Word(buf)),
            }
        } else {
            match c {
                '-' | '–' | '—' | '‒' | '−' => toks.push(Tok::Sym('-')),
                '/' | '+' => toks.push(Tok::Sym(c)),
                _ => {}
            }
            i += 1;
        }
    }
    toks
}

fn number_word(w: &str) -> Option<f32> {
    const WORDS: [&str; 20] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = WORDS.iter().position(|x| *x == w) {
        return Some(i as f32 + 1.0);
    }
    match w {
        "thirty" => Some(30.0),
        "forty" => Some(40.0),
        "fifty" => Some(50.0),
        "sixty" => Some(60.0),
        _ => None,
    }
}

fn unit_word(w: &str) -> Option<Unit> {
    Some(match w {
        "min" | "mins" | "minute" | "minutes" | "minuto" | "minutos" => Unit::Minute,
        "h" | "hr" | "hrs" | "hour" | "hours" | "hora" | "horas" | "heure" | "heures"
        | "stunde" | "stunden" => Unit::Hour,
        "day" | "days" | "día" | "días" | "dia" | "dias" | "jour" | "jours" | "tag" | "tage" => {
            Unit::Day
        }
        "wk" | "wks" | "week" | "weeks" | "semana" | "semanas" | "semaine" | "semaines"
        | "woche" | "wochen" => Unit::Week,
        "mo" | "mos" | "month" | "months" | "mes" | "meses" | "mês" | "mois" | "monat"
        | "monate" => Unit::Month,
        "yr" | "yrs" | "year" | "years" | "año" | "años" | "ano" | "anos" | "jahr" | "jahre" => {
            Unit::Year
        }
        _ => return None,
    })
}

/// Whether tokens from `j` say "per week" / "a day" / "/wk" / "weekly" (skipping up to a few
/// filler words such as "of student commitment"; a number ends the search).
fn per_after(toks: &[Tok], j: usize) -> Option<Per> {
    let as_per = |t: Option<&Tok>| match t {
        Some(Tok::Word(w)) => match unit_word(w) {
            Some(Unit::Week) => Some(Per::Week),
            Some(Unit::Day) => Some(Per::Day),
            _ => None,
        },
        _ => None,
    };
    for k in j..(j + 6).min(toks.len()) {
        match &toks[k] {
            Tok::Num(_) => return None,
            Tok::Word(w) => match w.as_str() {
                "weekly" | "semanales" | "semanal" | "hebdomadaires" => return Some(Per::Week),
                "daily" | "diarias" | "diario" => return Some(Per::Day),
                "per" | "a" | "an" | "each" | "every" | "por" | "par" | "pro" | "la" => {
                    if let Some(p) = as_per(toks.get(k + 1)) {
                        return Some(p);
                    }
                }
                _ => {}
            },
            Tok::Sym('/') => {
                if let Some(p) = as_per(toks.get(k + 1)) {
                    return Some(p);
                }
            }
            Tok::Sym(_) => {}
        }
    }
    None
}

/// Reads a free-text duration: the first length and the first effort it states.
pub fn parse_text(s: &str) -> Stated {
    let toks = tokenize(s);
    let word = |i: usize, w: &str| matches!(toks.get(i), Some(Tok::Word(x)) if x == w);
    let num_at = |i: usize| match toks.get(i) {
        Some(Tok::Num(v)) => Some(*v),
        _ => None,
    };
    let mut out = Stated::default();
    let mut i = 0;
    while i < toks.len() && (out.length.is_none() || out.effort.is_none()) {
        // A value or a range, with its bounds.
        let (span, next) = if (word(i, "less") || word(i, "fewer")) && word(i + 1, "than") {
            match num_at(i + 2) {
                Some(v) => (Span { lo: 0.0, hi: v }, i + 3),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if word(i, "under") || word(i, "menos") && word(i + 1, "de") {
            let at = if word(i, "under") { i + 1 } else { i + 2 };
            match num_at(at) {
                Some(v) => (Span { lo: 0.0, hi: v }, at + 1),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if word(i, "up") && word(i + 1, "to") {
            match num_at(i + 2) {
                Some(v) => (Span { lo: 0.0, hi: v }, i + 3),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if let Some(a) = num_at(i) {
            let joiner = matches!(toks.get(i + 1), Some(Tok::Sym('-')))
                || ["to", "a", "or", "and", "y", "o", "à", "bis"]
                    .iter()
                    .any(|w| word(i + 1, w));
            match (joiner, num_at(i + 2)) {
                (true, Some(b)) if b >= a => (Span { lo: a, hi: b }, i + 3),
                _ if matches!(toks.get(i + 1), Some(Tok::Sym('+'))) => (Span::one(a), i + 2),
                _ => (Span::one(a), i + 1),
            }
        } else {
            i += 1;
            continue;
        };
        // Its unit ("6-week" too).
        let mut j = next;
        if matches!(toks.get(j), Some(Tok::Sym('-'))) {
            j += 1;
        }
        let unit = match toks.get(j) {
            Some(Tok::Word(w)) => unit_word(w),
            _ => None,
        };
        let Some(unit) = unit else {
            i = next;
            continue;
        };
        j += 1;
        let per = per_after(&toks, j);
        match (unit, per) {
            (Unit::Hour | Unit::Minute, Some(per)) if out.effort.is_none() => {
                let f = if unit == Unit::Minute {
                    1.0 / 60.0
                } else {
                    1.0
                };
                out.effort = Some(Effort {
                    hours: Span {
                        lo: span.lo * f,
                        hi: span.hi * f,
                    },
                    per,
                });
            }
            (_, None) if out.length.is_none() => out.length = Some(Length { span, unit }),
            // A second effort or length, or "3 days per week" (a schedule, not a length).
            _ => {}
        }
        i = j;
    }
    out
}

/// Rounds to one decimal.
pub(crate) fn round1(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// A number without trailing zeros (at most two decimals).
pub(crate) fn num(v: f32) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(text: &str, default: Option<Rate>) -> Option<f32> {
        hours_from(text, default).map(|d| d.hours)
    }

    #[test]
    fn ranges_take_the_midpoint_and_hours_are_hours() {
        assert_eq!(h("4-6 weeks at 5 hours/week", None), Some(25.0));
        assert_eq!(h("Less Than 2 Hours", None), Some(1.0));
        assert_eq!(h("40 hours", Some(NATIVE_DEFAULT)), Some(40.0));
        assert_eq!(h("90 minutes", None), Some(1.5));
        assert_eq!(h("7 Weeks at 2–3 hours per week", None), Some(17.5));
        assert_eq!(h("6-week course, 4 hrs/wk", None), Some(24.0));
        assert_eq!(h("2 weeks, 1 hour a day", None), Some(14.0));
    }

    #[test]
    fn calendar_lengths_need_an_effort_or_a_default() {
        assert_eq!(h("P6W", None), None);
        assert_eq!(h("P6W", Some(NATIVE_DEFAULT)), Some(30.0));
        let d = hours_from("1 - 3 Months", Some(COURSERA)).unwrap();
        assert_eq!(d.hours, 86.9);
        assert!(d.rule.contains("midpoint of 1–3"), "{}", d.rule);
        assert!(d.rule.contains("4.345 weeks/month"), "{}", d.rule);
        assert!(d.rule.contains("10 h/week"), "{}", d.rule);
        assert_eq!(h("1 - 4 Weeks", Some(COURSERA)), Some(25.0));
        assert_eq!(h("3 - 6 Months", Some(COURSERA)), Some(195.5));
        assert_eq!(h("18 a 24 meses", Some(COURSERA)), Some(912.5));
        assert_eq!(h("2 or 3 years", Some(COURSERA)), Some(1303.5));
        assert_eq!(h("4-6 months to complete", Some(COURSERA)), Some(217.2));
        assert_eq!(h("15+ hours of study/wk per course", Some(COURSERA)), None);
        let full = hours_from("P4Y", Some(FULL_TIME)).unwrap();
        assert_eq!(full.hours, 5400.0);
        assert!(full.rule.contains("full-time"), "{}", full.rule);
        assert_eq!(h("P2Y", Some(FULL_TIME)), Some(2700.0));
    }

    #[test]
    fn iso_8601() {
        assert_eq!(h("PT120H", None), Some(120.0));
        assert_eq!(h("PT90M", None), Some(1.5));
        assert_eq!(
            parse_iso("P6M"),
            Some(Length {
                span: Span::one(6.0),
                unit: Unit::Month
            })
        );
        let l = parse_iso("P1Y6M").unwrap();
        assert_eq!(l.unit, Unit::Week);
        assert!((l.span.lo - (52.14 + 6.0 * 4.345)).abs() < 0.01);
        assert_eq!(parse_iso("P"), None);
        assert_eq!(parse_iso("P4X"), None);
        assert_eq!(parse_iso("P4"), None);
        let r = iso_range("P8W", "P12W").unwrap();
        assert_eq!(r.span.mid(), 10.0);
    }

    #[test]
    fn words_and_schedules() {
        let s = parse_text(
            "Three quarters, one course per quarter; one to two nights per week, five to ten \
             hours of student commitment per week.",
        );
        assert_eq!(s.length, None);
        let e = s.effort.unwrap();
        assert_eq!((e.hours.lo, e.hours.hi, e.per), (5.0, 10.0, Per::Week));
        let s =
            parse_text("Four years, with a recommended course load of 15 credits per semester.");
        assert_eq!(s.length.unwrap().unit, Unit::Year);
        assert_eq!(s.length.unwrap().span.lo, 4.0);
        // "30 annual semester hours" is not a length.
        let s =
            parse_text("The anticipated time for a full-time student (30 annual semester hours)");
        assert_eq!(s, Stated::default());
        assert_eq!(parse_text("3 days per week").length, None);
        assert_eq!(parse_text("1,000 hours").length.unwrap().span.lo, 1000.0);
    }

    #[test]
    fn credits() {
        assert_eq!(hours_per_credit("creditUnit:SemesterHour").unwrap().0, 45.0);
        assert_eq!(hours_per_credit("Semester Hours").unwrap().0, 45.0);
        assert_eq!(hours_per_credit("creditUnit:QuarterHour").unwrap().0, 30.0);
        assert_eq!(hours_per_credit("ECTS").unwrap().0, 27.5);
        assert_eq!(hours_per_credit("units"), None);
    }
}
