//! Inline SVG charts: drawn on the server, no script and no external request needed. Every
//! chart has a `<title>` and a text alternative (`role="img"` + `aria-label`), and every mark
//! a `<title>` shown on hover, so the figures are readable without the picture.

use maud::{html, Markup, PreEscaped};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One bar of a horizontal bar chart.
pub struct Bar<'a> {
    pub label: &'a str,
    /// Full length of the bar (e.g. a requirement's weight).
    pub total: f32,
    /// Filled part (e.g. the weight already covered), `0..=total`.
    pub filled: f32,
    /// Shown right of the bar.
    pub value_text: String,
    /// Hover text.
    pub hover: String,
    /// Link target of the label, if any.
    pub href: Option<String>,
}

const LABEL_W: f32 = 230.0;
const BAR_W: f32 = 300.0;
const VALUE_W: f32 = 110.0;
const ROW_H: f32 = 22.0;

fn f(x: f32) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A horizontal bar chart: each bar is drawn to `total / max_total` of the width, its
/// `filled` part darker (covered) and the rest in the accent colour (missing).
pub fn bars(title: &str, legend: (&str, &str), bars: &[Bar<'_>]) -> Markup {
    let max = bars
        .iter()
        .map(|b| b.total)
        .fold(0.0f32, f32::max)
        .max(1e-6);
    let h = ROW_H * bars.len() as f32 + 30.0;
    let w = LABEL_W + BAR_W + VALUE_W;
    let summary = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.value_text))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        svg.chart viewBox={ "0 0 " (f(w)) " " (f(h)) } role="img"
            aria-label={ (title) ". " (summary) } preserveAspectRatio="xMinYMin meet" {
            title { (title) }
            @for (i, b) in bars.iter().enumerate() {
                @let y = ROW_H * i as f32 + 4.0;
                @let tw = BAR_W * (b.total / max).clamp(0.0, 1.0);
                @let fw = tw * (b.filled / b.total.max(1e-6)).clamp(0.0, 1.0);
                g.bar {
                    title { (b.hover) }
                    @match &b.href {
                        Some(href) => {
                            a href=(href) {
                                text.lbl x=(f(LABEL_W - 6.0)) y=(f(y + 14.0)) text-anchor="end" { (clip(b.label, 30)) }
                            }
                        }
                        None => {
                            text.lbl x=(f(LABEL_W - 6.0)) y=(f(y + 14.0)) text-anchor="end" { (clip(b.label, 30)) }
                        }
                    }
                    rect.missing x=(f(LABEL_W)) y=(f(y)) width=(f(tw.max(1.0))) height="16" rx="2" {}
                    @if fw > 0.0 {
                        rect.covered x=(f(LABEL_W)) y=(f(y)) width=(f(fw)) height="16" rx="2" {}
                    }
                    text.val x=(f(LABEL_W + tw + 6.0)) y=(f(y + 14.0)) { (b.value_text) }
                }
            }
            @let ly = ROW_H * bars.len() as f32 + 18.0;
            @let lx = if legend.0.is_empty() { LABEL_W } else { LABEL_W + 130.0 };
            @if !legend.0.is_empty() {
                rect.covered x=(f(LABEL_W)) y=(f(ly - 10.0)) width="12" height="12" {}
                text.legend x=(f(LABEL_W + 16.0)) y=(f(ly)) { (legend.0) }
            }
            rect.missing x=(f(lx)) y=(f(ly - 10.0)) width="12" height="12" {}
            text.legend x=(f(lx + 16.0)) y=(f(ly)) { (legend.1) }
        }
    }
}

/// A point of a line chart.
pub struct Point {
    pub x: f32,
    pub y: f32,
    pub hover: String,
}

/// A step/line chart of `y` (0..1, shown as %) against `x` (e.g. hours), with an optional
/// vertical marker (e.g. the chosen budget).
pub fn line(
    title: &str,
    x_label: &str,
    y_label: &str,
    pts: &[Point],
    marker: Option<(f32, &str)>,
) -> Markup {
    let (w, h) = (520.0f32, 240.0f32);
    let (l, r, t, b) = (48.0f32, 16.0f32, 12.0f32, 40.0f32);
    let max_x = pts
        .iter()
        .map(|p| p.x)
        .chain(marker.map(|m| m.0))
        .fold(1.0f32, f32::max);
    let max_y = pts.iter().map(|p| p.y).fold(0.05f32, f32::max).min(1.0);
    let sx = |x: f32| l + (w - l - r) * (x / max_x);
    let sy = |y: f32| t + (h - t - b) * (1.0 - y / max_y);
    let mut d = String::new();
    for (i, p) in pts.iter().enumerate() {
        let _ = write!(
            d,
            "{}{},{} ",
            if i == 0 { "M" } else { "L" },
            f(sx(p.x)),
            f(sy(p.y))
        );
    }
    let summary = pts
        .iter()
        .map(|p| format!("{} h: {:.0}%", f(p.x), p.y * 100.0))
        .collect::<Vec<_>>()
        .join("; ");
    let ticks_y = [0.0, 0.25, 0.5, 0.75, 1.0].map(|q| q * max_y);
    let ticks_x = [0.0, 0.25, 0.5, 0.75, 1.0].map(|q| q * max_x);
    html! {
        svg.chart.line viewBox={ "0 0 " (f(w)) " " (f(h)) } role="img"
            aria-label={ (title) ". " (summary) } {
            title { (title) }
            @for y in ticks_y {
                line.grid x1=(f(l)) x2=(f(w - r)) y1=(f(sy(y))) y2=(f(sy(y))) {}
                text.tick x=(f(l - 6.0)) y=(f(sy(y) + 4.0)) text-anchor="end" { (format!("{:.0}%", y * 100.0)) }
            }
            @for x in ticks_x {
                text.tick x=(f(sx(x))) y=(f(h - b + 16.0)) text-anchor="middle" { (f(x)) }
            }
            text.axis x=(f((l + w - r) / 2.0)) y=(f(h - 4.0)) text-anchor="middle" { (x_label) }
            text.axis x="12" y=(f((t + h - b) / 2.0)) text-anchor="middle"
                transform={ "rotate(-90 12 " (f((t + h - b) / 2.0)) ")" } { (y_label) }
            @if let Some((mx, ml)) = marker {
                line.marker x1=(f(sx(mx))) x2=(f(sx(mx))) y1=(f(t)) y2=(f(h - b)) {}
                text.tick x=(f(sx(mx) - 4.0)) y=(f(t + 10.0)) text-anchor="end" { (ml) }
            }
            path.series d=(d) {}
            @for p in pts {
                circle.pt cx=(f(sx(p.x))) cy=(f(sy(p.y))) r="4" tabindex="0" {
                    title { (p.hover) }
                }
            }
        }
    }
}

/// A small monthly trend line (`YYYY-MM` → count), with its numbers in the hover text.
pub fn sparkline(by_month: &BTreeMap<String, u64>) -> Markup {
    if by_month.is_empty() {
        return html! { span.muted { "no dated postings" } };
    }
    let (w, h) = (120.0f32, 24.0f32);
    let max = by_month.values().copied().max().unwrap_or(1).max(1) as f32;
    let n = by_month.len();
    let step = if n > 1 { w / (n - 1) as f32 } else { 0.0 };
    let mut d = String::new();
    for (i, v) in by_month.values().enumerate() {
        let x = if n > 1 { step * i as f32 } else { w / 2.0 };
        let y = h - 2.0 - (h - 4.0) * (*v as f32 / max);
        let _ = write!(d, "{}{},{} ", if i == 0 { "M" } else { "L" }, f(x), f(y));
    }
    let text = by_month
        .iter()
        .map(|(m, v)| format!("{m}: {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        svg.spark viewBox={ "0 0 " (f(w)) " " (f(h)) } width="120" height="24" role="img"
            aria-label={ "Postings by month: " (text) } {
            title { "Postings by month: " (text) }
            @if n == 1 {
                circle cx=(f(w / 2.0)) cy=(f(h / 2.0)) r="2" {}
            } @else {
                path d=(d) {}
            }
        }
    }
}

/// A cell colour for a 0..1 coverage: red (missing) through amber to green (covered).
pub fn heat(coverage: f32) -> String {
    let c = coverage.clamp(0.0, 1.0);
    // hsl hue 0 (red) .. 130 (green); light enough for dark text.
    format!(
        "background:hsl({:.0},70%,{:.0}%)",
        130.0 * c,
        82.0 - 10.0 * c
    )
}

/// A percentage bar inside a table cell (`role="meter"`).
pub fn meter(value: f32, label: &str) -> Markup {
    let v = value.clamp(0.0, 1.0);
    html! {
        span.meter role="meter" aria-valuemin="0" aria-valuemax="100"
            aria-valuenow=(format!("{:.0}", v * 100.0)) aria-label=(label) {
            span.fill style=(PreEscaped(format!("width:{:.1}%", v * 100.0))) {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_escape_labels_and_carry_text_alternatives() {
        let svg = bars(
            "Gap",
            ("covered", "missing"),
            &[Bar {
                label: "<script>",
                total: 1.0,
                filled: 0.25,
                value_text: "0.75 missing".into(),
                hover: "why".into(),
                href: None,
            }],
        )
        .into_string();
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("aria-label=\"Gap. &lt;script&gt;: 0.75 missing\""));
        let l = line(
            "Pareto",
            "hours",
            "coverage",
            &[
                Point {
                    x: 0.0,
                    y: 0.1,
                    hover: "a".into(),
                },
                Point {
                    x: 20.0,
                    y: 0.3,
                    hover: "b".into(),
                },
            ],
            Some((20.0, "budget")),
        )
        .into_string();
        assert!(l.contains("M48,"), "{l}");
        assert!(l.contains("20 h: 30%"));
        let mut m = BTreeMap::new();
        m.insert("2024-01".to_owned(), 3);
        m.insert("2024-02".to_owned(), 6);
        assert!(sparkline(&m).into_string().contains("2024-02: 6"));
        assert_eq!(heat(0.0), "background:hsl(0,70%,82%)");
    }
}
