//! The parts of an answer that a question's intent adds: the safer tools
//! in place of a named one, the repères that decide whether a tool may be
//! used, and the repères of the situations a question describes.

use super::HitKind;
use super::answer::{Answer, Asked, REPLACED_AFTER, guide_found, tool_found};
use super::catalog::Found;
use super::question::Reading;
use crate::catalog::territory::{Availability, availability};
use crate::catalog::{Risk, Tool};

/// In how many repères at most a word may be for it to name a tool in a
/// question: a tool's name is cited in a list or two, an ordinary word
/// (« liste », « classe ») in more.
const PROSE_GUIDES: usize = 2;
/// How many of the first tools found for a replace question's own need
/// are candidates beside the replaced tool's alternatives.
const ASKED_NEED_DEPTH: usize = 8;
/// How many tools of a maker a replace question leaves at most.
const MAKERS_TOOLS: usize = 3;

impl Asked<'_> {
    /// Safer tools for `tool`'s needs: its alternatives (or, for a safe
    /// tool, the institutional tools sharing a need), institutional first,
    /// available in the territory first, those the question's need finds
    /// before the others.
    pub(super) fn replacements(&self, index: usize, need: &[Answer], asked: &str) -> Vec<usize> {
        let tool = &self.catalog.tools[index];
        let mut found: Vec<&Tool> = self.catalog.alternatives(tool);
        // A tool with precautions has no alternatives of its own: the
        // institutional tools of its needs are.
        let shared = self
            .catalog
            .tools
            .iter()
            .filter(|t| t.id != tool.id && t.risk.level <= Risk::Precautions)
            .filter(|t| t.risk.level < tool.risk.level || t.risk.level == Risk::Institutional)
            .filter(|t| t.categories.iter().any(|c| tool.categories.contains(c)));
        for t in shared {
            if !found.iter().any(|f| f.id == t.id) {
                found.push(t);
            }
        }
        // A question that states its own need (« mes quiz, sur Google
        // Forms ») where none of those tools is among the first found
        // asks for that need's safe tools: the tool to replace was used
        // for a need it is not filed under.
        let weigh_asked = self.tools.asks_a_need(asked);
        let asked_first: Vec<&Tool> = need
            .iter()
            .filter_map(|a| match &a.found {
                Found::Tool(hit) => self.catalog.tools.get(hit.index),
                Found::Guide(_) => None,
            })
            .take(ASKED_NEED_DEPTH)
            .collect();
        let answered = asked_first
            .iter()
            .any(|t| found.iter().any(|f| f.id == t.id));
        if weigh_asked && !answered {
            let asked_safe = asked_first
                .into_iter()
                .filter(|t| t.id != tool.id && t.risk.level <= Risk::Precautions)
                .filter(|t| t.risk.level < tool.risk.level || t.risk.level == Risk::Institutional);
            for t in asked_safe {
                if !found.iter().any(|f| f.id == t.id) {
                    found.push(t);
                }
            }
        }
        let position = |t: &Tool| self.catalog.tools.iter().position(|x| x.id == t.id);
        // The need the question states, and the need of the tool to
        // replace (« Messagerie instantanée » for Discord): an alternative
        // found early by both comes first.
        let tool_needs: Vec<&str> = self
            .catalog
            .categories
            .iter()
            .filter(|c| tool.categories.contains(&c.id))
            .map(|c| c.label.as_str())
            .collect();
        let own_need = self.tools.search(&tool_needs.join(" "));
        let unfound = need.len() + own_need.len();
        // A question that names no need (« que mettre en place avec les
        // élèves ») asks for the replaced tool's own need: its other words
        // would only pull tools of other needs (a blog for a chat).
        let need_rank = |at: usize| {
            let asked = if weigh_asked {
                need.iter()
                    .position(|a| matches!(&a.found, Found::Tool(h) if h.index == at))
                    .unwrap_or(unfound)
            } else {
                0
            };
            let own = own_need
                .iter()
                .position(|h| h.index == at)
                .unwrap_or(unfound);
            asked + own
        };
        let mut keyed: Vec<(Availability, Risk, usize, usize, usize)> = found
            .into_iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let at = position(t)?;
                Some((
                    availability(t, self.place),
                    t.risk.level,
                    need_rank(at),
                    i,
                    at,
                ))
            })
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|k| k.4).collect()
    }

    /// The repères that decide whether `tool` may be used: those naming
    /// it (by its name or an alias, every word of it in order: « Google
    /// Classroom », not « Google » alone), then those of its level.
    pub(super) fn deciding_guides(&self, tool: &Tool) -> Vec<usize> {
        let names: Vec<String> = std::iter::once(&tool.name)
            .chain(&tool.aliases)
            .map(|n| crate::search::fold_text(n))
            .collect();
        let names: Vec<Vec<&str>> = names
            .iter()
            .map(|n| super::words::split(n).collect::<Vec<_>>())
            .filter(|words| !words.is_empty())
            .collect();
        let mut out: Vec<usize> = self
            .catalog
            .guidance
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                g.items.iter().any(|item| {
                    let text = crate::search::fold_text(&item.text);
                    let words: Vec<&str> = super::words::split(&text).collect();
                    names
                        .iter()
                        .any(|name| words.windows(name.len()).any(|w| w == name.as_slice()))
                })
            })
            .map(|(i, _)| i)
            .collect();
        let by_level = &self.intents.permission.guidance_by_level;
        let ids = match tool.risk.level {
            Risk::Forbidden => &by_level.forbidden,
            Risk::Doubtful => &by_level.doubtful,
            Risk::Institutional | Risk::Precautions => &by_level.unknown,
        };
        out.extend(ids.iter().filter_map(|id| self.guide_position(id)));
        out.dedup();
        out
    }

    /// The repères of the situations the question describes, once each.
    pub(super) fn push_situations(&self, reading: &Reading, out: &mut Vec<Answer>) {
        for &situation in &reading.situations {
            for id in &self.intents.situations[situation].guidance {
                if let Some(g) = self.guide_position(id) {
                    let found = guide_found(g);
                    if !out.iter().any(|a| a.found.same(&found)) {
                        out.push(Answer {
                            found,
                            replaced: false,
                        });
                    }
                }
            }
        }
    }

    pub(super) fn guide_position(&self, id: &str) -> Option<usize> {
        self.catalog.guidance.iter().position(|g| g.id == id)
    }

    /// The tool a replace or permission question names: a name as
    /// written before a misheard one (« padlet c'est interdit … s'en
    /// servir » is Padlet, not « servir » heard as « Services »); the
    /// words after the intent's words first, then those before, nearest
    /// first (« les collègues du lycée passent par Snapchat, on a le
    /// droit ? » is Snapchat).
    pub(super) fn named_tool(&self, reading: &Reading) -> Option<usize> {
        [true, false].into_iter().find_map(|as_written| {
            self.tool_named_by(&reading.after_intent, as_written, false)
                .or_else(|| self.tool_named_by(&reading.before_intent, as_written, true))
        })
    }

    /// The tool a run of up to three of `words` names (longest run first).
    pub(super) fn tool_named_in(&self, words: &[String]) -> Option<usize> {
        self.tool_named_by(words, false, false)
    }

    /// [`Self::tool_named_in`], the runs of each length from the last
    /// when `nearest_last`, and only names written as such when
    /// `as_written`.
    fn tool_named_by(
        &self,
        words: &[String],
        as_written: bool,
        nearest_last: bool,
    ) -> Option<usize> {
        let content: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| !super::words::is_stop_word(w))
            .collect();
        for len in (1..=content.len().min(3)).rev() {
            let mut windows: Vec<&[&str]> = content.windows(len).collect();
            if nearest_last {
                windows.reverse();
            }
            if let Some(tool) = windows
                .into_iter()
                .find_map(|run| self.tool_named_by_run(run, as_written))
            {
                return Some(tool);
            }
        }
        None
    }

    /// The tool a run of words names, if any.
    fn tool_named_by_run(&self, run: &[&str], as_written: bool) -> Option<usize> {
        let text = run.join(" ");
        // A common word (« visio », « messagerie ») names no tool, unless
        // it is the whole of a name; nor does a word alone that the
        // repères use as an ordinary word (« liste des applications
        // proscrites » is no mailing list; « liste de diffusion » still
        // names it).
        let distinctive = self.tools.has_distinctive_word(&text)
            && (run.len() > 1 || !self.guides.has_prose_word(&text, PROSE_GUIDES));
        let hit = self.tools.search(&text).into_iter().next()?;
        let named = hit.kind != HitKind::Text
            && (!as_written || self.tools.name_spells_query(hit.index, &text))
            && (distinctive && self.tools.name_holds_query(hit.index, &text)
                || self.tools.is_name_of(hit.index, &text));
        (named && hit.index < self.catalog.tools.len()).then_some(hit.index)
    }

    /// For a question asking to choose between tools it names: those
    /// tools, safest first, then the repères that decide the others.
    pub(super) fn push_choice(&self, reading: &Reading, out: &mut Vec<Answer>) {
        let tools = self.choice_tools(reading);
        if tools.len() < 2 {
            return;
        }
        let guides: Vec<usize> = tools
            .iter()
            .flat_map(|&t| self.deciding_guides(&self.catalog.tools[t]))
            .collect();
        let found = tools
            .into_iter()
            .map(tool_found)
            .chain(guides.into_iter().map(guide_found));
        for found in found {
            if !out.iter().any(|a| a.found.same(&found)) {
                out.push(Answer {
                    found,
                    replaced: false,
                });
            }
        }
    }

    /// For a question asking to choose (« j'hésite entre WhatsApp et la
    /// liste de diffusion de l'académie »): every tool it names, by the
    /// longest runs first, safest first.
    fn choice_tools(&self, reading: &Reading) -> Vec<usize> {
        if reading.choice_at.is_none() {
            return Vec::new();
        }
        let content: Vec<&str> = reading
            .need
            .iter()
            .map(String::as_str)
            .filter(|w| !super::words::is_stop_word(w))
            .collect();
        let mut used = vec![false; content.len()];
        let mut tools: Vec<usize> = Vec::new();
        for len in (1..=content.len().min(3)).rev() {
            for start in 0..=content.len() - len {
                let span = start..start + len;
                if used[span.clone()].iter().any(|&u| u) {
                    continue;
                }
                // Common words spelling a name together name it here
                // (« la liste de diffusion de l'académie »).
                let run = &content[span.clone()];
                let spelt = || {
                    let text = run.join(" ");
                    let hit = self.tools.search(&text).into_iter().next()?;
                    (len >= 2
                        && hit.kind != HitKind::Text
                        && hit.index < self.catalog.tools.len()
                        && self.tools.name_spells_query(hit.index, &text))
                    .then_some(hit.index)
                };
                if let Some(tool) = self.tool_named_by_run(run, false).or_else(spelt) {
                    used[span].iter_mut().for_each(|u| *u = true);
                    if !tools.contains(&tool) {
                        tools.push(tool);
                    }
                }
            }
        }
        tools.sort_by_key(|&t| self.catalog.tools[t].risk.level);
        tools
    }

    /// The tools the question excludes by name (« pas Zoom »), and its
    /// need without their names.
    pub(super) fn excluded_tools(&self, reading: &Reading) -> (Vec<usize>, String) {
        let (mut tools, mut words) = (Vec::new(), Vec::new());
        for word in &reading.excluded {
            // A whole word that only starts a name's word (« pub » of
            // « Portails publics ») names nothing; a misspelt name does.
            let named = self.tool_named_in(std::slice::from_ref(word)).filter(|&t| {
                !self.tools.name_spells_query(t, word) || self.tools.name_has_word(t, word)
            });
            if let Some(tool) = named {
                // Once each: « sans Zoom » is read by two rules.
                if !tools.contains(&tool) {
                    tools.push(tool);
                }
                words.push(word.as_str());
            }
        }
        (tools, reading.need_without(&words))
    }

    /// The tools a question leaves without naming one to replace or ask
    /// about, each shown once, flagged, not first: those it excludes by
    /// name (« surtout pas Zoom, une visio »), or for a replace question a
    /// maker's (« Google Forms »). With its need without their names.
    pub(super) fn tools_left(
        &self,
        reading: &Reading,
        named: Option<usize>,
    ) -> (Vec<usize>, String) {
        if named.is_some() || reading.permission {
            return (Vec::new(), reading.need_text());
        }
        let (excluded, need) = self.excluded_tools(reading);
        if reading.replace && excluded.is_empty() {
            self.makers_tools(reading)
        } else {
            (excluded, need)
        }
    }

    /// For a replace question naming no tool: the tools whose names hold a
    /// word of the question that names no need (« Google » of « Google
    /// Forms »), at most [`MAKERS_TOOLS`], and the need without that word.
    pub(super) fn makers_tools(&self, reading: &Reading) -> (Vec<usize>, String) {
        let (mut tools, mut words) = (Vec::new(), Vec::new());
        for word in reading
            .need
            .iter()
            .filter(|w| !super::words::is_stop_word(w))
        {
            if self.tools.asks_a_need(word) || self.guides.has_prose_word(word, PROSE_GUIDES) {
                continue;
            }
            let holding: Vec<usize> = self
                .tools
                .search(word)
                .into_iter()
                .take_while(|h| h.kind != HitKind::Text)
                .filter(|h| h.index < self.catalog.tools.len())
                .filter(|h| self.tools.name_has_word(h.index, word))
                .map(|h| h.index)
                .take(MAKERS_TOOLS)
                .collect();
            if !holding.is_empty() {
                words.push(word.as_str());
                tools.extend(
                    holding
                        .into_iter()
                        .filter(|t| !tools.contains(t))
                        .collect::<Vec<_>>(),
                );
            }
        }
        (tools, reading.need_without(&words))
    }

    /// Each excluded tool once, flagged, after the first answers.
    pub(super) fn flag_excluded(out: &mut Vec<Answer>, excluded: &[usize]) {
        for (i, &tool) in excluded.iter().enumerate() {
            let found = tool_found(tool);
            out.retain(|a| !a.found.same(&found));
            out.insert(
                (REPLACED_AFTER + i).min(out.len()),
                Answer {
                    found,
                    replaced: true,
                },
            );
        }
    }
}
