//! Indexes built once per page so that naming and locating controls stay linear: the cost of
//! one control must not grow with the number of controls or the size of the page.

use crate::dom::{Document, NodeId, NodeKind};
use std::collections::HashMap;

pub struct Ctx<'a> {
    pub doc: &'a Document,
    /// (scope root, id) → elements with that id, in document order; and under (scope root +
    /// the number of nodes, test id) those with that `data-testid` (a locator uses a unique
    /// one). One map, not two: each type of map costs the Wasm some hundred bytes.
    ids: HashMap<(NodeId, &'a str), Vec<NodeId>>,
    /// (scope root, for-id) → `<label for>` elements.
    label_for: HashMap<(NodeId, &'a str), Vec<NodeId>>,
    /// Each element's `:nth-of-type` among its siblings, as the browser counts it (1-based).
    pub nth: Vec<u32>,
    /// Marks every control's own element once the controls are found: text walks leave them
    /// out by looking up a mark, not by searching a list of every control.
    pub control: Vec<bool>,
    /// Scope root of every node.
    pub scope: Vec<NodeId>,
    /// Number of nodes in each node's composed subtree (bounded walks use it).
    pub size: Vec<u32>,
    /// Composed pre-order position (document order across shadow roots).
    pub order: Vec<u32>,
    /// All nodes in composed pre-order.
    pub preorder: Vec<NodeId>,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let n = doc.nodes.len();
        let mut scope = vec![0; n];
        let mut size = vec![1u32; n];
        let mut order = vec![0u32; n];
        let mut ids: HashMap<(NodeId, &str), Vec<NodeId>> = HashMap::new();
        let mut label_for: HashMap<(NodeId, &str), Vec<NodeId>> = HashMap::new();
        let mut nth = vec![1u32; n];
        // (parent, tag) → its children of that tag so far (the same type of map as `ids`).
        let mut of_type: HashMap<(NodeId, &str), Vec<NodeId>> = HashMap::new();
        // Iterative composed pre-order walk: (node, scope of its children).
        let mut stack: Vec<(NodeId, NodeId)> = vec![(0, 0)];
        let mut post: Vec<NodeId> = Vec::with_capacity(n);
        let mut pos = 0u32;
        while let Some((id, sc)) = stack.pop() {
            order[id] = pos;
            pos += 1;
            post.push(id);
            let node = &doc.nodes[id];
            if let NodeKind::Element(e) = &node.kind {
                scope[id] = sc;
                if let Some(v) = e.attr("id") {
                    ids.entry((sc, v)).or_default().push(id);
                }
                if let Some(v) = e.attr("data-testid") {
                    ids.entry((sc + n, v)).or_default().push(id);
                }
                // Siblings are reached in document order (pushed in reverse below).
                let same = of_type
                    .entry((node.parent.unwrap_or(0), live_tag(&e.name)))
                    .or_default();
                same.push(id);
                nth[id] = same.len() as u32;
                if e.name == "label" {
                    if let Some(v) = e.attr("for") {
                        label_for.entry((sc, v)).or_default().push(id);
                    }
                }
            } else {
                scope[id] = sc;
            }
            let child_scope = if doc.is_scope_root(id) { id } else { sc };
            for &c in node.children.iter().rev() {
                stack.push((c, child_scope));
            }
            if let Some(sr) = node.shadow_root {
                stack.push((sr, sr));
            }
        }
        // Subtree sizes: children always come after parents in `post` (pre-order).
        for &id in post.iter().rev() {
            if let Some(p) = doc.composed_parent(id) {
                size[p] += size[id];
            }
        }
        Ctx {
            doc,
            ids,
            label_for,
            nth,
            control: Vec::new(),
            scope,
            size,
            order,
            preorder: post,
        }
    }

    pub fn by_id(&self, scope: NodeId, id: &'a str) -> Option<NodeId> {
        self.ids.get(&(scope, id)).and_then(|v| v.first().copied())
    }

    pub fn id_is_unique(&self, scope: NodeId, id: &'a str) -> bool {
        self.ids.get(&(scope, id)).is_some_and(|v| v.len() == 1)
    }

    pub fn testid_is_unique(&self, scope: NodeId, v: &'a str) -> bool {
        self.id_is_unique(scope + self.doc.nodes.len(), v)
    }

    /// Is `id` a control's own element (see `control`)?
    pub fn is_control(&self, id: NodeId) -> bool {
        self.control.get(id).is_some_and(|&c| c)
    }

    pub fn labels_for(&self, scope: NodeId, id: &'a str) -> &[NodeId] {
        self.label_for
            .get(&(scope, id))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Elements referenced by an IDREF list attribute (aria-labelledby, aria-describedby).
    pub fn idrefs(&self, node: NodeId, attr: &str) -> Vec<NodeId> {
        let Some(v) = self.doc.attr(node, attr) else {
            return Vec::new();
        };
        let sc = self.scope[node];
        v.split_ascii_whitespace()
            .take(16)
            .filter_map(|id| self.by_id(sc, id))
            .collect()
    }
}

/// The probe serializes a same-origin `<iframe>` as `<unticked-frame>`.
pub fn live_tag(name: &str) -> &str {
    if name == "unticked-frame" {
        "iframe"
    } else {
        name
    }
}
