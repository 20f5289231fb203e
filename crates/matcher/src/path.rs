//! Budget-constrained pathways: which credentials to take, in what order.
//!
//! The objective is weighted coverage: `value(S) = Σ_i weight_i × max(current_i, best
//! coverage of line i by a credential in S)`. It is monotone and submodular (a weighted
//! facility-location function), so for one budget the classic recipe for budgeted maximum
//! coverage applies (Khuller, Moss & Naor 1999; Leskovec et al. 2007): take the better of the
//! cost-effective greedy (largest gain per hour, skipping what no longer fits) and the best
//! single credential; the result is at least `½(1 − 1/e) ≈ 0.316` of the optimum
//! ([`GREEDY_BOUND`]). We also run the greedy from every single credential as a seed and keep
//! the best, which keeps the guarantee and in practice lands within a few percent of the
//! optimum. Small instances (≤ [`EXACT_MAX_ITEMS`] candidates) are solved exactly by branch and
//! bound (the bound: current value plus a fractional knapsack of single-item marginal gains,
//! valid because the objective is submodular).
//!
//! Prerequisites: choosing a credential brings in its unmet prerequisites (their hours and cost
//! count against the budget) and they come first in the order. Stacks: when every part of a
//! larger credential is on the path, the path reports that it earns the larger one.
//!
//! The path shown drops steps that add under [`MIN_STEP_SHARE`] of the weighted requirements
//! ([`trim_slivers`]): a CPR class whose one guessed outcome brushes a data analyst's gap is not
//! worth its four hours.

use crate::engine::Matcher;
use crate::error::{Error, Result};
use crate::gap::{r4, Held, ProfileInput, Requirements, TargetInput, WeightConfig};
use crate::rank::{Closes, CredentialSummary, Filters, Offer, Recommendation};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// The proven approximation ratio of greedy + best single item for one budget.
pub const GREEDY_BOUND: f32 = 0.316_060_3; // (1 - 1/e) / 2
/// Instances with at most this many candidates are solved exactly.
pub const EXACT_MAX_ITEMS: usize = 12;
/// Candidate credentials considered for a path (the best by gap closed on their own).
pub const CANDIDATES: usize = 30;
/// A chosen credential must add at least this share of the role's weighted requirements
/// (0.5 %) or the path drops it: a step that closes a sliver (often one guessed outcome) costs
/// the learner hours and money for nothing they would notice.
pub const MIN_STEP_SHARE: f32 = 0.005;

/// Budgets of a path. `None` = unbounded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Budget {
    pub max_hours: Option<f32>,
    pub max_cost: Option<f32>,
}

/// A solver instance: gap lines and candidate items (independent of the index, so the solver
/// can be tested on random instances).
#[derive(Debug, Clone, Default)]
pub struct Instance {
    pub weights: Vec<f32>,
    /// Coverage before any item.
    pub base: Vec<f32>,
    pub items: Vec<Item>,
}

/// One candidate: the coverage it gives some lines, its size, its prerequisites (item indices).
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub cover: Vec<(usize, f32)>,
    pub hours: f32,
    pub cost: f32,
    pub requires: Vec<usize>,
}

/// A chosen set, in the order items were picked.
#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    pub items: Vec<usize>,
    pub value: f32,
    pub hours: f32,
    pub cost: f32,
}

impl Instance {
    fn closures(&self) -> Vec<Vec<usize>> {
        (0..self.items.len())
            .map(|j| {
                let mut seen = BTreeSet::new();
                let mut stack = vec![j];
                while let Some(k) = stack.pop() {
                    if k < self.items.len() && seen.insert(k) {
                        stack.extend(self.items[k].requires.iter().copied());
                    }
                }
                seen.into_iter().collect()
            })
            .collect()
    }

    /// Value of the base coverage alone.
    pub fn base_value(&self) -> f32 {
        self.weights
            .iter()
            .zip(&self.base)
            .map(|(w, b)| w * b)
            .sum()
    }

    /// Value of a set of items.
    pub fn value(&self, set: &[usize]) -> f32 {
        let mut cur = self.base.clone();
        for &j in set {
            for &(i, v) in &self.items[j].cover {
                if v > cur[i] {
                    cur[i] = v;
                }
            }
        }
        self.weights.iter().zip(&cur).map(|(w, c)| w * c).sum()
    }

    fn gain(&self, cur: &[f32], add: &[usize]) -> f32 {
        if let [j] = add {
            // One item (the usual case): no merging needed.
            return self.items[*j]
                .cover
                .iter()
                .map(|&(i, v)| self.weights[i] * (v - cur[i]).max(0.0))
                .sum();
        }
        let mut best: HashMap<usize, f32> = HashMap::new();
        for &j in add {
            for &(i, v) in &self.items[j].cover {
                if v > cur[i] {
                    let e = best.entry(i).or_insert(cur[i]);
                    if v > *e {
                        *e = v;
                    }
                }
            }
        }
        best.into_iter()
            .map(|(i, v)| self.weights[i] * (v - cur[i]))
            .sum()
    }
}

/// Hours and cost of a set of items.
fn sizes(inst: &Instance, items: &[usize]) -> (f32, f32) {
    items.iter().fold((0.0, 0.0), |(h, c), &k| {
        (h + inst.items[k].hours, c + inst.items[k].cost)
    })
}

fn fits(b: &Budget, hours: f32, cost: f32) -> bool {
    b.max_hours.is_none_or(|h| hours <= h + 1e-4) && b.max_cost.is_none_or(|c| cost <= c + 1e-4)
}

fn size(b: &Budget, hours: f32, cost: f32) -> f32 {
    let mut s = 0.0;
    if let Some(h) = b.max_hours {
        s += hours / h.max(1e-6);
    }
    if let Some(c) = b.max_cost {
        s += cost / c.max(1e-6);
    }
    if b.max_hours.is_none() && b.max_cost.is_none() {
        s = hours;
    }
    s.max(1e-6)
}

struct State<'a> {
    inst: &'a Instance,
    closures: &'a [Vec<usize>],
    chosen: Vec<bool>,
    order: Vec<usize>,
    cur: Vec<f32>,
    hours: f32,
    cost: f32,
}

impl<'a> State<'a> {
    fn new(inst: &'a Instance, closures: &'a [Vec<usize>]) -> Self {
        State {
            inst,
            closures,
            chosen: vec![false; inst.items.len()],
            order: Vec::new(),
            cur: inst.base.clone(),
            hours: 0.0,
            cost: 0.0,
        }
    }

    fn missing(&self, j: usize) -> Vec<usize> {
        self.closures[j]
            .iter()
            .copied()
            .filter(|&k| !self.chosen[k])
            .collect()
    }

    /// Item `j` with its unmet prerequisites, their hours and cost, and the gain of adding
    /// them, when they fit the budget and gain something.
    fn extension(&self, j: usize, b: &Budget) -> Option<(Vec<usize>, f32, f32, f32)> {
        let add = self.missing(j);
        let (dh, dc) = sizes(self.inst, &add);
        if !fits(b, self.hours + dh, self.cost + dc) {
            return None;
        }
        let g = self.inst.gain(&self.cur, &add);
        (g > 1e-7).then_some((add, dh, dc, g))
    }

    fn add(&mut self, add: &[usize]) {
        for &k in add {
            self.chosen[k] = true;
            self.order.push(k);
            self.hours += self.inst.items[k].hours;
            self.cost += self.inst.items[k].cost;
            for &(i, v) in &self.inst.items[k].cover {
                if v > self.cur[i] {
                    self.cur[i] = v;
                }
            }
        }
    }

    fn value(&self) -> f32 {
        self.inst
            .weights
            .iter()
            .zip(&self.cur)
            .map(|(w, c)| w * c)
            .sum()
    }

    fn solution(&self) -> Solution {
        Solution {
            items: self.order.clone(),
            value: self.value(),
            hours: self.hours,
            cost: self.cost,
        }
    }
}

fn greedy_from(
    inst: &Instance,
    closures: &[Vec<usize>],
    b: &Budget,
    seed: Option<usize>,
) -> Solution {
    let mut st = State::new(inst, closures);
    if let Some(s) = seed {
        let add = st.missing(s);
        let (h, c) = sizes(inst, &add);
        if !fits(b, h, c) {
            return st.solution();
        }
        st.add(&add);
    }
    loop {
        let mut best: Option<(f32, usize, Vec<usize>)> = None;
        for j in 0..inst.items.len() {
            if st.chosen[j] {
                continue;
            }
            let Some((add, dh, dc, g)) = st.extension(j, b) else {
                continue;
            };
            let ratio = g / size(b, dh, dc);
            if best.as_ref().is_none_or(|x| ratio > x.0 + 1e-9) {
                best = Some((ratio, j, add));
            }
        }
        match best {
            Some((_, _, add)) => st.add(&add),
            None => break,
        }
    }
    st.solution()
}

fn better(a: Solution, b: Solution) -> Solution {
    if b.value > a.value + 1e-6 || ((b.value - a.value).abs() <= 1e-6 && b.hours < a.hours - 1e-6) {
        b
    } else {
        a
    }
}

/// Cost-effective greedy + best single item (+ greedy seeded by each item): at least
/// [`GREEDY_BOUND`] of the optimum for one budget.
pub fn solve_greedy(inst: &Instance, b: &Budget) -> Solution {
    prune(inst, solve_greedy_with(inst, b, true))
}

/// Drops items whose removal loses no value (a later pick covered everything they did) and
/// that no other chosen item requires: they would cost hours for nothing.
fn prune(inst: &Instance, s: Solution) -> Solution {
    prune_below(inst, s, 1e-6)
}

/// What a learner is shown: the solution without steps that add less than
/// [`MIN_STEP_SHARE`] of the weighted requirements (and that no other step requires).
pub fn trim_slivers(inst: &Instance, s: Solution) -> Solution {
    prune_below(
        inst,
        s,
        (MIN_STEP_SHARE * inst.weights.iter().sum::<f32>()).max(1e-6),
    )
}

fn prune_below(inst: &Instance, mut s: Solution, slack: f32) -> Solution {
    loop {
        let value = inst.value(&s.items);
        let redundant = s.items.iter().rposition(|&j| {
            let required = s
                .items
                .iter()
                .any(|&k| k != j && inst.items[k].requires.contains(&j));
            let rest: Vec<usize> = s.items.iter().copied().filter(|&k| k != j).collect();
            !required && inst.value(&rest) >= value - slack
        });
        let Some(pos) = redundant else {
            break;
        };
        let j = s.items.remove(pos);
        s.hours -= inst.items[j].hours;
        s.cost -= inst.items[j].cost;
    }
    s.value = inst.value(&s.items);
    s
}

/// The greedy with or without the seeded runs (without: the plain guaranteed recipe, about
/// `n` times cheaper; the Pareto points use it).
fn solve_greedy_with(inst: &Instance, b: &Budget, seeded: bool) -> Solution {
    let closures = inst.closures();
    let mut best = greedy_from(inst, &closures, b, None);
    for j in 0..inst.items.len() {
        // Best single item (with its prerequisites) …
        let mut single = State::new(inst, &closures);
        let add = single.missing(j);
        let (h, c) = sizes(inst, &add);
        if fits(b, h, c) {
            single.add(&add);
            best = better(best, single.solution());
            // … and the greedy completion of it.
            if seeded {
                best = better(best, greedy_from(inst, &closures, b, Some(j)));
            }
        }
    }
    best
}

/// The optimum by branch and bound (exponential in the worst case: for small instances).
pub fn solve_exact(inst: &Instance, b: &Budget) -> Solution {
    let closures = inst.closures();
    let mut best = State::new(inst, &closures).solution();
    let mut st = State::new(inst, &closures);
    exact_rec(inst, b, 0, &mut st, &mut best);
    prune(inst, best)
}

fn exact_rec(inst: &Instance, b: &Budget, j: usize, st: &mut State, best: &mut Solution) {
    let v = st.value();
    if v > best.value + 1e-6 || ((v - best.value).abs() <= 1e-6 && st.hours < best.hours - 1e-6) {
        *best = st.solution();
    }
    if j >= inst.items.len() {
        return;
    }
    // Upper bound: v + fractional knapsack of single marginal gains of items j.. (submodular).
    let mut cands: Vec<(f32, f32)> = Vec::new();
    for k in j..inst.items.len() {
        if st.chosen[k] {
            continue;
        }
        if let Some((_, dh, dc, g)) = st.extension(k, b) {
            cands.push((g, size(b, dh, dc)));
        }
    }
    let bounded = b.max_hours.is_some() || b.max_cost.is_some();
    let ub = if bounded {
        // Remaining capacity in the normalised size (each budget counts up to 1).
        let mut cap = 0.0;
        if let Some(h) = b.max_hours {
            cap += (h - st.hours).max(0.0) / h.max(1e-6);
        }
        if let Some(c) = b.max_cost {
            cap += (c - st.cost).max(0.0) / c.max(1e-6);
        }
        cands.sort_by(|x, y| (y.0 / y.1).total_cmp(&(x.0 / x.1)));
        let mut total = 0.0;
        for (g, s) in &cands {
            if *s <= cap {
                total += g;
                cap -= s;
            } else {
                total += g * cap / s;
                break;
            }
        }
        total
    } else {
        cands.iter().map(|c| c.0).sum()
    };
    if v + ub <= best.value + 1e-6 {
        return;
    }
    // Include item j (with its prerequisites) …
    if !st.chosen[j] {
        if let Some((add, _, _, _)) = st.extension(j, b) {
            let saved = (
                st.chosen.clone(),
                st.order.len(),
                st.cur.clone(),
                st.hours,
                st.cost,
            );
            st.add(&add);
            exact_rec(inst, b, j + 1, st, best);
            st.chosen = saved.0;
            st.order.truncate(saved.1);
            st.cur = saved.2;
            st.hours = saved.3;
            st.cost = saved.4;
        }
    }
    // … or not.
    exact_rec(inst, b, j + 1, st, best);
}

/// One step of a pathway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PathStep {
    pub step: usize,
    #[serde(flatten)]
    pub credential: CredentialSummary,
    /// Credentials of this path that must come before this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
    /// Weight closed by this step, given the steps before it.
    pub closed: f32,
    /// `closed` / total weight.
    pub coverage_gain: f32,
    /// Coverage of the target after this step.
    pub coverage_after: f32,
    pub closes: Vec<Closes>,
}

/// Progress toward a larger credential the path's credentials stack into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StackProgress {
    pub id: String,
    pub title: String,
    pub parts: usize,
    pub parts_on_path: usize,
    pub parts_held: usize,
    pub earned: bool,
}

/// A point of the coverage-vs-hours trade-off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ParetoPoint {
    /// Hours budget tried.
    pub budget_hours: f32,
    /// Hours the best path within it uses.
    pub hours: f32,
    pub cost: f32,
    pub coverage: f32,
    pub credentials: Vec<String>,
}

/// A gap line the path leaves open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Remaining {
    pub skill_id: String,
    pub label: String,
    pub weight: f32,
    pub coverage: f32,
    pub missing: f32,
}

/// An ordered set of credentials within a budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Pathway {
    pub budget: Budget,
    /// `exact` or `greedy`.
    pub method: String,
    /// For `greedy`: the proven lower bound on value / optimum.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guarantee: Option<f32>,
    /// Candidates the solver chose from.
    pub candidates: usize,
    pub steps: Vec<PathStep>,
    /// Sums over the steps.
    pub total_hours: f32,
    pub total_cost: f32,
    /// Steps whose hours or cost is not stated (counted as 0 in the sums).
    pub unknown_hours: usize,
    pub unknown_cost: usize,
    pub total_weight: f32,
    pub coverage_before: f32,
    pub coverage_after: f32,
    /// Weight closed by the path: the sum of the steps' `closed`.
    pub closed: f32,
    pub remaining: Vec<Remaining>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stacks: Vec<StackProgress>,
    pub pareto: Vec<ParetoPoint>,
}

/// Path options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PathOptions {
    /// Candidate credentials for the solver.
    pub candidates: usize,
    /// Hours between Pareto points.
    pub pareto_step: f32,
    /// At most this many Pareto points.
    pub pareto_points: usize,
}

impl Default for PathOptions {
    fn default() -> Self {
        PathOptions {
            candidates: CANDIDATES,
            pareto_step: 20.0,
            pareto_points: 12,
        }
    }
}

impl Matcher {
    /// The gap, ranked credentials and a pathway within the budget.
    #[allow(clippy::too_many_arguments)]
    pub fn recommend_path(
        &self,
        target: &TargetInput,
        profile: &ProfileInput,
        cfg: &WeightConfig,
        filters: &Filters,
        budget: &Budget,
        opts: &PathOptions,
        limit: usize,
    ) -> Result<Recommendation> {
        let mut f = filters.clone();
        f.max_hours = min_opt(f.max_hours, budget.max_hours);
        f.max_cost = min_opt(f.max_cost, budget.max_cost);
        f.validate()?;
        if limit == 0 || limit > 1_000 {
            return Err(Error::invalid("limit", "must be 1..=1000"));
        }
        let req = self.requirements(target, cfg)?;
        let held = self.resolve_profile(profile)?;
        let mut rec = self.recommend_for(&req, &held, cfg, &f, limit);
        rec.path = Some(self.path_for(&req, &held, &f, budget, opts)?);
        Ok(rec)
    }

    /// A pathway for a target and profile.
    pub fn path(
        &self,
        target: &TargetInput,
        profile: &ProfileInput,
        cfg: &WeightConfig,
        filters: &Filters,
        budget: &Budget,
        opts: &PathOptions,
    ) -> Result<Pathway> {
        filters.validate()?;
        let req = self.requirements(target, cfg)?;
        let held = self.resolve_profile(profile)?;
        let mut f = filters.clone();
        f.max_hours = min_opt(f.max_hours, budget.max_hours);
        f.max_cost = min_opt(f.max_cost, budget.max_cost);
        self.path_for(&req, &held, &f, budget, opts)
    }

    pub(crate) fn path_for(
        &self,
        req: &Requirements,
        held: &Held,
        filters: &Filters,
        budget: &Budget,
        opts: &PathOptions,
    ) -> Result<Pathway> {
        Filters {
            max_hours: budget.max_hours,
            max_cost: budget.max_cost,
            ..Default::default()
        }
        .validate()?;
        if opts.candidates == 0 || opts.candidates > 200 {
            return Err(Error::invalid("candidates", "must be 1..=200"));
        }
        if opts.pareto_step.is_nan() || opts.pareto_step <= 0.0 || opts.pareto_points > 100 {
            return Err(Error::invalid(
                "pareto_step",
                "must be above 0 (and pareto_points at most 100)",
            ));
        }
        let current: Vec<f32> = self.coverage(req, held).into_iter().map(|x| x.0).collect();
        let offers = self.offers(req, &current, filters);
        let (_, ranked) = self.rank_for(req, &current, filters, opts.candidates);
        // Candidates in id order (deterministic), plus their unmet prerequisites.
        let held_creds: BTreeSet<&str> = held
            .profile
            .skills
            .iter()
            .filter_map(|s| s.source.strip_prefix("credential:"))
            .collect();
        let mut ids: Vec<u32> = ranked
            .iter()
            .filter_map(|r| self.credential_index.get(&r.credential.id).copied())
            .collect();
        let mut k = 0;
        while k < ids.len() {
            let c = &self.credentials[ids[k] as usize];
            for p in &c.prerequisites {
                if let Some(&pi) = self.credential_index.get(p) {
                    if !ids.contains(&pi) && !held_creds.contains(p.as_str()) {
                        ids.push(pi);
                    }
                }
            }
            k += 1;
        }
        ids.sort_by(|a, b| {
            self.credentials[*a as usize]
                .id
                .cmp(&self.credentials[*b as usize].id)
        });
        let pos: HashMap<u32, usize> = ids.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        let empty: Offer = Vec::new();
        let inst = Instance {
            weights: req.lines.iter().map(|l| l.weight).collect(),
            base: current.clone(),
            items: ids
                .iter()
                .map(|&c| {
                    let cred = &self.credentials[c as usize];
                    Item {
                        cover: offers
                            .get(&c)
                            .unwrap_or(&empty)
                            .iter()
                            .map(|&(i, v, _, _)| (i, v))
                            .collect(),
                        hours: cred.hours.unwrap_or(0.0),
                        cost: cred.cost.unwrap_or(0.0),
                        requires: cred
                            .prerequisites
                            .iter()
                            .filter_map(|p| self.credential_index.get(p))
                            .filter_map(|p| pos.get(p).copied())
                            .collect(),
                    }
                })
                .collect(),
        };
        let exact = inst.items.len() <= EXACT_MAX_ITEMS;
        let sol = if exact {
            solve_exact(&inst, budget)
        } else {
            solve_greedy(&inst, budget)
        };
        let sol = trim_slivers(&inst, sol);
        let total: f32 = inst.weights.iter().sum();
        // Order: prerequisites first, then the most gain per hour first.
        let chosen: Vec<usize> = value_order(&inst, &sol.items);
        let mut cur = current.clone();
        let mut steps = Vec::new();
        let mut closed_sum = 0.0;
        let mut value = inst.base_value();
        for (n, &j) in chosen.iter().enumerate() {
            let c = ids[j];
            let cred = &self.credentials[c as usize];
            let o = offers.get(&c).unwrap_or(&empty);
            let closes = self.closes(req, &cur, o);
            for &(i, v, _, _) in o {
                if v > cur[i] {
                    cur[i] = v;
                }
            }
            let new_value: f32 = inst.weights.iter().zip(&cur).map(|(w, x)| w * x).sum();
            let closed = r4(closes.iter().map(|x| x.closed).sum());
            closed_sum += closed;
            value = new_value;
            steps.push(PathStep {
                step: n + 1,
                credential: cred.into(),
                after: inst.items[j]
                    .requires
                    .iter()
                    .map(|&p| self.credentials[ids[p] as usize].id.clone())
                    .collect(),
                closed,
                coverage_gain: if total > 0.0 { r4(closed / total) } else { 0.0 },
                coverage_after: if total > 0.0 { r4(value / total) } else { 0.0 },
                closes,
            });
        }
        let mut remaining: Vec<Remaining> = req
            .lines
            .iter()
            .zip(&cur)
            .filter(|(_, c)| **c < 1.0)
            .map(|(l, c)| Remaining {
                skill_id: l.skill_id.clone(),
                label: l.label.clone(),
                weight: l.weight,
                coverage: r4(*c),
                missing: r4(l.weight * (1.0 - c)),
            })
            .collect();
        remaining.sort_by(|a, b| {
            b.missing
                .total_cmp(&a.missing)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        remaining.truncate(15);
        let on_path: BTreeSet<&str> = steps.iter().map(|s| s.credential.id.as_str()).collect();
        let stacks = self
            .stack_parts
            .iter()
            .filter_map(|(big, parts)| {
                let ids: Vec<&str> = parts
                    .iter()
                    .map(|&p| self.credentials[p as usize].id.as_str())
                    .collect();
                let on = ids.iter().filter(|i| on_path.contains(*i)).count();
                let heldn = ids.iter().filter(|i| held_creds.contains(*i)).count();
                (on > 0).then(|| StackProgress {
                    id: big.clone(),
                    title: self.credentials[self.credential_index[big] as usize]
                        .title
                        .clone(),
                    parts: ids.len(),
                    parts_on_path: on,
                    parts_held: heldn,
                    earned: on + heldn >= ids.len(),
                })
            })
            .collect();
        let pareto = pareto(&inst, budget, opts, total, &ids, self);
        // Summed from 0.0: an empty f32 sum is -0.0, which would print as "-0".
        let total_hours: f32 = steps
            .iter()
            .filter_map(|s| s.credential.hours)
            .fold(0.0, |a, b| a + b);
        let total_cost: f32 = steps
            .iter()
            .filter_map(|s| s.credential.cost)
            .fold(0.0, |a, b| a + b);
        Ok(Pathway {
            budget: *budget,
            method: if exact { "exact" } else { "greedy" }.into(),
            guarantee: (!exact).then_some(r4(GREEDY_BOUND)),
            candidates: inst.items.len(),
            unknown_hours: steps
                .iter()
                .filter(|s| s.credential.hours.is_none())
                .count(),
            unknown_cost: steps.iter().filter(|s| s.credential.cost.is_none()).count(),
            total_hours: r4(total_hours),
            total_cost: r4(total_cost),
            total_weight: r4(total),
            coverage_before: if total > 0.0 {
                r4(inst.base_value() / total)
            } else {
                0.0
            },
            coverage_after: if total > 0.0 { r4(value / total) } else { 0.0 },
            closed: r4(closed_sum),
            steps,
            remaining,
            stacks,
            pareto,
        })
    }
}

fn min_opt(a: Option<f32>, b: Option<f32>) -> Option<f32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// Orders a chosen set so that the most valuable step per hour comes first, among the steps
/// whose prerequisites are done (prerequisites always come first).
fn value_order(inst: &Instance, picked: &[usize]) -> Vec<usize> {
    let set: BTreeSet<usize> = picked.iter().copied().collect();
    let mut done: BTreeSet<usize> = BTreeSet::new();
    let mut cur = inst.base.clone();
    let mut out = Vec::new();
    while out.len() < set.len() {
        let ready = set.iter().copied().filter(|j| {
            !done.contains(j)
                && inst.items[*j]
                    .requires
                    .iter()
                    .all(|p| done.contains(p) || !set.contains(p))
        });
        let mut best: Option<(f32, usize)> = None;
        for j in ready {
            let g = inst.gain(&cur, &[j]) / inst.items[j].hours.max(1.0);
            if best.is_none_or(|b| g > b.0 + 1e-9) {
                best = Some((g, j));
            }
        }
        let Some((_, j)) = best else {
            // A prerequisite cycle: fall back to dependency order for the rest.
            let rest: Vec<usize> = picked
                .iter()
                .copied()
                .filter(|j| !done.contains(j))
                .collect();
            out.extend(topo_order(inst, &rest));
            break;
        };
        for &(i, v) in &inst.items[j].cover {
            if v > cur[i] {
                cur[i] = v;
            }
        }
        done.insert(j);
        out.push(j);
    }
    out
}

/// Orders a chosen set so that prerequisites come first; otherwise keeps the pick order.
fn topo_order(inst: &Instance, picked: &[usize]) -> Vec<usize> {
    let set: BTreeSet<usize> = picked.iter().copied().collect();
    let mut out = Vec::new();
    let mut done = BTreeSet::new();
    fn visit(
        j: usize,
        inst: &Instance,
        set: &BTreeSet<usize>,
        done: &mut BTreeSet<usize>,
        out: &mut Vec<usize>,
        depth: usize,
    ) {
        if done.contains(&j) || depth > 64 {
            return;
        }
        done.insert(j);
        for &p in &inst.items[j].requires {
            if set.contains(&p) {
                visit(p, inst, set, done, out, depth + 1);
            }
        }
        out.push(j);
    }
    for &j in picked {
        visit(j, inst, &set, &mut done, &mut out, 0);
    }
    out
}

fn pareto(
    inst: &Instance,
    budget: &Budget,
    opts: &PathOptions,
    total: f32,
    ids: &[u32],
    m: &Matcher,
) -> Vec<ParetoPoint> {
    if total <= 0.0 || inst.items.is_empty() {
        return Vec::new();
    }
    let all_hours: f32 = inst.items.iter().map(|i| i.hours).sum();
    let top = budget
        .max_hours
        .map_or(all_hours, |h| (h * 2.0).max(h + opts.pareto_step))
        .min(all_hours);
    let mut points: Vec<ParetoPoint> = Vec::new();
    let mut b = opts.pareto_step;
    while b <= top + opts.pareto_step && points.len() < opts.pareto_points {
        let bud = Budget {
            max_hours: Some(b),
            max_cost: budget.max_cost,
        };
        let s = solve_greedy_with(inst, &bud, false);
        let coverage = r4(s.value / total);
        if points.last().is_none_or(|p| coverage > p.coverage + 1e-4) {
            let mut names: Vec<String> = s
                .items
                .iter()
                .map(|&j| m.credentials[ids[j] as usize].id.clone())
                .collect();
            names.sort();
            points.push(ParetoPoint {
                budget_hours: r4(b),
                hours: r4(s.hours),
                cost: r4(s.cost),
                coverage,
                credentials: names,
            });
        }
        b += opts.pareto_step;
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no external randomness: the test is reproducible).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u32 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) as u32
        }
        fn f(&mut self) -> f32 {
            self.next() as f32 / (1u64 << 31) as f32
        }
        fn below(&mut self, n: u32) -> u32 {
            self.next() % n.max(1)
        }
    }

    fn random_instance(r: &mut Lcg) -> (Instance, Budget) {
        let lines = 5 + r.below(36) as usize;
        let items = 1 + r.below(20) as usize;
        let weights = (0..lines).map(|_| 0.05 + r.f()).collect();
        let base = (0..lines)
            .map(|_| if r.below(4) == 0 { r.f() * 0.6 } else { 0.0 })
            .collect();
        let items: Vec<Item> = (0..items)
            .map(|_| {
                let k = 1 + r.below(8) as usize;
                let mut cover: Vec<(usize, f32)> = (0..k)
                    .map(|_| (r.below(lines as u32) as usize, 0.3 + 0.7 * r.f()))
                    .collect();
                cover.sort_by_key(|c| c.0);
                cover.dedup_by_key(|c| c.0);
                Item {
                    cover,
                    hours: 5.0 + (r.f() * 120.0).round(),
                    cost: (r.f() * 300.0).round(),
                    requires: Vec::new(),
                }
            })
            .collect();
        let total_hours: f32 = items.iter().map(|i| i.hours).sum();
        let b = Budget {
            max_hours: Some((total_hours * (0.15 + 0.5 * r.f())).round()),
            max_cost: None,
        };
        (
            Instance {
                weights,
                base,
                items,
            },
            b,
        )
    }

    #[test]
    fn greedy_is_near_the_optimum_and_never_below_its_bound_on_500_instances() {
        let mut r = Lcg(20261123);
        let mut ratios = Vec::new();
        for _ in 0..500 {
            let (inst, b) = random_instance(&mut r);
            let exact = solve_exact(&inst, &b);
            let greedy = solve_greedy(&inst, &b);
            assert!(greedy.hours <= b.max_hours.unwrap() + 1e-3);
            assert!(exact.hours <= b.max_hours.unwrap() + 1e-3);
            let base = inst.base_value();
            let opt = exact.value - base;
            let got = greedy.value - base;
            assert!(got <= opt + 1e-3, "greedy {got} beats exact {opt}");
            if opt > 1e-6 {
                let ratio = got / opt;
                assert!(ratio >= GREEDY_BOUND - 1e-4, "ratio {ratio} below bound");
                ratios.push(ratio);
            }
        }
        let mean = ratios.iter().sum::<f32>() / ratios.len() as f32;
        let worst = ratios.iter().copied().fold(1.0f32, f32::min);
        eprintln!(
            "greedy / optimum over {} instances: mean {mean:.4}, worst {worst:.4}",
            ratios.len()
        );
        assert!(mean >= 0.95, "mean ratio {mean}");
    }

    #[test]
    fn prerequisites_are_brought_in_counted_and_ordered_first() {
        let inst = Instance {
            weights: vec![1.0, 1.0],
            base: vec![0.0, 0.0],
            items: vec![
                Item {
                    cover: vec![(0, 0.2)],
                    hours: 10.0,
                    cost: 0.0,
                    requires: vec![],
                },
                Item {
                    cover: vec![(1, 1.0)],
                    hours: 10.0,
                    cost: 0.0,
                    requires: vec![0],
                },
            ],
        };
        let tight = Budget {
            max_hours: Some(15.0),
            max_cost: None,
        };
        // Item 1 alone would fit, but its prerequisite does not fit with it.
        assert_eq!(solve_exact(&inst, &tight).items, vec![0]);
        assert_eq!(solve_greedy(&inst, &tight).items, vec![0]);
        let enough = Budget {
            max_hours: Some(20.0),
            max_cost: None,
        };
        let s = solve_greedy(&inst, &enough);
        assert_eq!(topo_order(&inst, &s.items), vec![0, 1]);
        // Item 1 is worth more per hour, but its prerequisite comes first.
        assert_eq!(value_order(&inst, &[1, 0]), vec![0, 1]);
        assert!((s.value - 1.2).abs() < 1e-6);
        assert_eq!(solve_exact(&inst, &enough).value, s.value);
    }

    #[test]
    fn two_budgets_are_both_respected() {
        let mut r = Lcg(7);
        for _ in 0..100 {
            let (inst, mut b) = random_instance(&mut r);
            b.max_cost = Some(200.0);
            for s in [solve_greedy(&inst, &b), solve_exact(&inst, &b)] {
                assert!(s.hours <= b.max_hours.unwrap() + 1e-3);
                assert!(s.cost <= 200.0 + 1e-3);
            }
        }
    }
}
