//! The one ranking of tools and repères for a question, used by the
//! command line and the interface alike.
//!
//! Names first: a name, alias or misheard name given alone is looked up
//! (the lexical pass's order). Then the question is read for what it asks
//! (see `question`): a tool to replace brings that tool's safer
//! alternatives for the need, the tool itself once, flagged, after them; a
//! permission question about a tool brings the tool's verdict and the
//! repère that decides it; a situation brings its repère. Everything else
//! ranks by relevance: a share of the question, weighed by safety, so
//! that safety orders hits of comparable relevance but never lifts a
//! one-word match above a whole-question match. Tools that say the
//! opposite of a constraint, and, for need questions, tools the sources
//! place outside the adviser's territory, weigh less.

use super::catalog::Found;
use super::question::{self, Reading};
use super::words::Stems;
use super::{Hit, HitKind, SearchIndex};
use crate::catalog::bodies::LazyBodies;
use crate::catalog::intents::Intents;
use crate::catalog::territory::{Availability, Place, availability};
use crate::catalog::{Catalog, Field, Risk, Tool};

/// One line of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub found: Found,
    /// The tool the question asks to replace: shown once, not first.
    pub replaced: bool,
}

/// What a question is answered from.
#[allow(missing_debug_implementations)]
pub struct Asked<'a> {
    pub catalog: &'a Catalog,
    pub tools: &'a SearchIndex,
    pub guides: &'a SearchIndex,
    pub intents: &'a Intents,
    /// Where the adviser works (nothing demoted when not set).
    pub place: &'a Place,
    /// The bodies of tools read back without them (the interface): a
    /// constraint is checked against statements read for the occasion.
    pub bodies: Option<&'a LazyBodies>,
}

/// Whether answering `query` reads more of the tools than their names and
/// levels: their alternatives (replace), the repères naming them
/// (permission), their statements (constraints).
pub fn reads_tool_bodies(intents: &Intents, query: &str) -> bool {
    question::read(intents, &Stems::default(), query).has_intent()
}

/// What each safety level keeps of a relevance share (in percent).
fn safety_percent(risk: Risk) -> i64 {
    match risk {
        Risk::Institutional => 100,
        Risk::Precautions => 92,
        Risk::Doubtful => 60,
        Risk::Forbidden => 40,
    }
}
/// What a repère keeps: it answers a need less directly than a tool, a
/// rule or a situation as directly.
const GUIDE_PERCENT: i64 = 90;
/// What a tool keeps when the sources place it outside the territory.
const ELSEWHERE_PERCENT: i64 = 60;
/// What a tool keeps when its statements say the opposite of a
/// constraint of the question.
const OPPOSITE_PERCENT: i64 = 20;
/// Below every name hit's lexical score.
const ELSEWHERE_NAME: i64 = 1 << 40;
/// How many safer alternatives come before the tool to replace.
pub(super) const REPLACED_AFTER: usize = 3;
/// How many tools come before a situation's repères when a need is asked
/// with a constraint.
const TOOLS_BEFORE_RULES: usize = 2;
/// How many of the first hits are read for constraints.
const CONSTRAINT_DEPTH: usize = 400;

/// A text hit's rank: a tool the question names by a word of its name,
/// then the weighed relevance, then the lexical text hits relevance
/// missed (safe first).
fn text_rank(hit: &Hit, percent: i64) -> i64 {
    let parts = super::ScoreParts::of(hit.score);
    if !parts.relevant {
        return i64::from(parts.preferred) * super::RELEVANT_RANK
            + parts.rest.min(super::RELEVANT_RANK - 1);
    }
    // Coverage weighed by safety, in bands of a twentieth: comparable
    // relevance, then safety, then the share.
    #[allow(clippy::cast_possible_truncation)]
    let scale = super::SHARE_SCALE as i64;
    let (coverage, share) = (parts.rest / scale, parts.rest % scale);
    let band = coverage * percent / (scale * 100 / BANDS);
    i64::from(parts.named) * super::NAMED_RANK + 2 * super::RELEVANT_RANK + band * scale + share
}

/// How many bands of weighed coverage are told apart.
const BANDS: i64 = 20;

impl Asked<'_> {
    /// Tools and repères for `query`, best first.
    pub fn answer(&self, query: &str) -> Vec<Answer> {
        self.answer_with(query, None)
    }

    /// [`Self::answer`] from the hits of both indexes for `query`, when
    /// they are searched already (off the interface thread).
    pub fn answer_from(
        &self,
        query: &str,
        tool_hits: Vec<Hit>,
        guide_hits: Vec<Hit>,
    ) -> Vec<Answer> {
        self.answer_with(query, Some((tool_hits, guide_hits)))
    }

    fn answer_with(&self, query: &str, hits: Option<(Vec<Hit>, Vec<Hit>)>) -> Vec<Answer> {
        // A name misspelt in a question is read as the name; hits searched
        // for the words as typed are searched again.
        if let Some(respelt) = self.tools.names_respelt(query) {
            return self.answer_with(&respelt, None);
        }
        let stems = Stems::default();
        let reading = question::read(self.intents, &stems, query);
        // A place named in the question orders the tools for it.
        if let Some(place) = reading.place.as_ref().filter(|p| *p != self.place) {
            let asked = Asked { place, ..*self };
            return asked.answer_with(query, None);
        }
        if !reading.has_intent() {
            return self.plain(query, &reading, &stems, hits);
        }
        let named = if reading.replace || reading.permission {
            self.named_tool(&reading)
        } else {
            None
        };
        let (excluded, need) = self.tools_left(&reading, named);
        let search_text = self.search_text(query, &reading, named, &need);
        let mut rest = self.plain(&search_text, &reading, &stems, None);
        let mut out: Vec<Answer> = Vec::new();
        let push = |out: &mut Vec<Answer>, found: Found, replaced: bool| {
            if !out.iter().any(|a| a.found.same(&found)) {
                out.push(Answer { found, replaced });
            }
        };
        self.push_choice(&reading, &mut out);
        match named {
            Some(tool) if reading.replace => {
                let alternatives = self.replacements(tool, &rest, &search_text);
                for (i, alternative) in alternatives.into_iter().enumerate() {
                    if i == REPLACED_AFTER {
                        push(&mut out, tool_found(tool), true);
                    }
                    push(&mut out, tool_found(alternative), false);
                }
                push(&mut out, tool_found(tool), true);
            }
            Some(tool) => {
                // A tool named as part of a situation (« mon gmail perso »)
                // is that situation first: the rule decides, not the tool.
                let in_situation = reading.situation_words.iter().any(|w| {
                    !super::words::is_stop_word(w) && self.tools.name_holds_query(tool, w)
                });
                if in_situation {
                    self.push_situations(&reading, &mut out);
                }
                push(&mut out, tool_found(tool), false);
                for guide in self.deciding_guides(&self.catalog.tools[tool]) {
                    push(&mut out, guide_found(guide), false);
                }
            }
            None if reading.permission => {
                // A situation described decides before the general rule
                // (« mon application n'est pas référencée »).
                self.push_situations(&reading, &mut out);
                let by_level = &self.intents.permission.guidance_by_level;
                for id in by_level.forbidden.iter().chain(&by_level.unknown) {
                    if let Some(g) = self.guide_position(id) {
                        push(&mut out, guide_found(g), false);
                    }
                }
            }
            None => {}
        }
        // A need asked with a constraint (« des exercices en ligne, pas
        // payant ») is answered by tools first: the rule on costs follows
        // the first of them instead of hiding them.
        if named.is_none()
            && !reading.permission
            && reading.constrained
            && self.tools.asks_a_need(&need)
        {
            let tools_first = rest
                .iter()
                .filter(|a| matches!(a.found, Found::Tool(_)))
                .take(TOOLS_BEFORE_RULES)
                .cloned()
                .collect::<Vec<_>>();
            for answer in tools_first {
                push(&mut out, answer.found, false);
            }
        }
        self.push_situations(&reading, &mut out);
        // A name given alone stays first (« WhatsApp le soir »).
        if named.is_none() {
            let given: Vec<Answer> = rest
                .iter()
                .take_while(|a| a.found.hit().kind != HitKind::Text)
                .cloned()
                .collect();
            for (i, answer) in given.into_iter().enumerate() {
                // Once: a repère named by the question may be a situation's.
                out.retain(|o| !o.found.same(&answer.found));
                out.insert(i, answer);
            }
        }
        rest.retain(|a| !out.iter().any(|o| o.found.same(&a.found)));
        out.extend(rest);
        Self::flag_excluded(&mut out, &excluded);
        // Read for what it asks, nothing left to find (« fixer un
        // rendez-vous avec une maman »): the words as typed still answer.
        if out.is_empty() {
            return self.plain(query, &Reading::default(), &stems, None);
        }
        out
    }

    /// What the rest of the answer is searched for: the need, without the
    /// named tool's name; in the sources' words for a permission question
    /// naming no tool.
    fn search_text(
        &self,
        query: &str,
        reading: &Reading,
        named: Option<usize>,
        need: &str,
    ) -> String {
        match named {
            // The need without the tool's name: its alternatives' need.
            // A need's word in the name stays (« le pad de Snopyta »: a pad).
            Some(tool) => reading
                .need
                .iter()
                .filter(|w| !self.tools.name_holds_query(tool, w) || self.tools.asks_a_need(w))
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
            // « Ce qui est interdit »: in the sources' words.
            None if reading.permission => {
                let words = self.intents.permission.words.source_words.join(" ");
                format!("{need} {words}")
            }
            None if need.trim().is_empty() => query.to_owned(),
            None => need.to_owned(),
        }
    }

    /// The ranking without reading intents' shape: names, then weighed
    /// relevance (constraints and territory applied).
    fn plain(
        &self,
        query: &str,
        reading: &Reading,
        stems: &Stems,
        hits: Option<(Vec<Hit>, Vec<Hit>)>,
    ) -> Vec<Answer> {
        let (tool_hits, guide_hits) =
            hits.unwrap_or_else(|| (self.tools.search(query), self.guides.search(query)));
        let name_lookup = !self.tools.is_question(query);
        let mut moved_scores = None;
        // What the question excludes, as stems: once, not per tool read.
        let excluded: Vec<String> = reading.excluded.iter().map(|w| stems.loose(w)).collect();
        let mut ranked: Vec<(HitKind, i64, usize, Found)> =
            Vec::with_capacity(tool_hits.len() + guide_hits.len());
        for (order, hit) in tool_hits.into_iter().enumerate() {
            let Some(tool) = self.catalog.tools.get(hit.index) else {
                continue;
            };
            let mut kind = hit.kind;
            // A common word of a name (« toute la classe ») is no lookup
            // of that name unless the question is the name.
            if kind != HitKind::Text
                && !name_lookup
                && !self.tools.name_holds_query(hit.index, query)
            {
                kind = HitKind::Text;
            }
            let mut percent = safety_percent(tool.risk.level);
            let elsewhere = !name_lookup
                && self.place.is_set()
                && availability(tool, self.place) == Availability::Unavailable;
            if elsewhere {
                percent = percent * ELSEWHERE_PERCENT / 100;
            }
            if !reading.opposites.is_empty()
                && order < CONSTRAINT_DEPTH
                && self.says_opposite(stems, hit.index, tool, &reading.opposites, &excluded)
            {
                percent = percent * OPPOSITE_PERCENT / 100;
            }
            if let Some(people) = reading.people
                && order < CONSTRAINT_DEPTH
                && self.too_small(hit.index, tool, people)
            {
                percent = percent * OPPOSITE_PERCENT / 100;
            }
            let rank = if kind == HitKind::Text {
                if hit.kind == HitKind::Text {
                    text_rank(&hit, percent)
                } else {
                    // A name hit moved here: by its relevance.
                    let scores =
                        moved_scores.get_or_insert_with(|| self.tools.relevance_scores(query));
                    match scores.get(&hit.index) {
                        Some(&score) => text_rank(
                            &Hit {
                                score,
                                ..hit.clone()
                            },
                            percent,
                        ),
                        None => 0,
                    }
                }
            } else if elsewhere {
                // A need's word in names (« messagerie »): what is
                // elsewhere after the names of the territory.
                hit.score - ELSEWHERE_NAME
            } else {
                hit.score
            };
            ranked.push((kind, rank, order, Found::Tool(Hit { kind, ..hit })));
        }
        for (order, mut hit) in guide_hits.into_iter().enumerate() {
            if hit.kind != HitKind::Text
                && !name_lookup
                && !self.guides.name_holds_query(hit.index, query)
            {
                hit.kind = HitKind::Text;
                hit.score = super::RELEVANT_RANK - 1;
            }
            let rank = if hit.kind == HitKind::Text {
                // A word of a repère's title is an ordinary word, not a
                // name the question gives.
                let parts = super::ScoreParts::of(hit.score);
                let score = hit.score - i64::from(parts.named) * super::NAMED_RANK;
                text_rank(
                    &Hit {
                        score,
                        ..hit.clone()
                    },
                    GUIDE_PERCENT,
                )
            } else {
                hit.score
            };
            // Repères named by their title come after tools named.
            ranked.push((hit.kind, rank, usize::MAX / 2 + order, Found::Guide(hit)));
        }
        ranked.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        ranked
            .into_iter()
            .map(|(_, _, _, found)| Answer {
                found,
                replaced: false,
            })
            .collect()
    }
}

impl Asked<'_> {
    /// A tool's statements, read for the occasion when the tools were
    /// loaded without them (the interface).
    fn statements<'t>(
        &self,
        index: usize,
        tool: &'t Tool,
    ) -> std::borrow::Cow<'t, [crate::catalog::Statement]> {
        match self.bodies {
            Some(bodies) => bodies.statements(index, tool),
            None => std::borrow::Cow::Borrowed(tool.statements.as_slice()),
        }
    }

    /// Whether a tool's statements limit its meetings to fewer than
    /// `people` (« Réunions jusqu'à 10 personnes »).
    fn too_small(&self, index: usize, tool: &Tool, people: u32) -> bool {
        self.statements(index, tool)
            .iter()
            .filter_map(|s| super::people::limit(&s.text))
            .any(|limit| limit < people)
    }

    /// Whether a tool's statements of what it is, needs or costs say one
    /// of the question's opposites. A safe tool's precautions are advice,
    /// not what the tool does (« vérifier l'absence de publicité »), except
    /// where they say it needs what the question excludes (« lors de la
    /// création des comptes élèves »). A doubtful or proscribed tool's
    /// precautions are the risks the sources found in it (« pages
    /// publicitaires inopinées »), so they count.
    fn says_opposite(
        &self,
        stems: &Stems,
        index: usize,
        tool: &Tool,
        opposites: &[Vec<String>],
        excluded: &[String],
    ) -> bool {
        let risks_found = tool.risk.level > Risk::Precautions;
        let light = &self.intents.negation.light_words;
        self.statements(index, tool).iter().any(|s| match s.field {
            Field::Gdpr => false,
            Field::Precautions if !risks_found => {
                super::phrase::says_needed(stems, &s.text, excluded, light)
            }
            _ => super::phrase::says_any(stems, &s.text, opposites),
        })
    }
}

pub(super) fn tool_found(index: usize) -> Found {
    Found::Tool(Hit {
        index,
        score: 0,
        kind: HitKind::Text,
    })
}

pub(super) fn guide_found(index: usize) -> Found {
    Found::Guide(Hit {
        index,
        score: 0,
        kind: HitKind::Text,
    })
}
