//! The results of a search, as the one ranking of tools and repères
//! orders them (`search::Asked`, the same as `repere search`).

use super::state::State;
use crate::search::{Asked, Hit};

impl State {
    /// Ranks the current hits (searched already) into the answer shown
    /// under « Tout ».
    pub(super) fn rank_answers(&mut self, hits: Option<(Vec<Hit>, Vec<Hit>)>) {
        if !self.searching() {
            self.answers.clear();
            return;
        }
        let tools = self.tool_index();
        let asked = Asked {
            catalog: &self.catalog,
            tools: &tools,
            guides: &self.guidance_index,
            intents: &self.intents,
            place: &self.card_context.place,
            bodies: self.bodies.as_ref(),
        };
        self.answers = match hits {
            Some((tools, guides)) => asked.answer_from(&self.query, tools, guides),
            None => asked.answer(&self.query),
        };
    }
}
