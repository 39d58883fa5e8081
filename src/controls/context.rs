//! Indexes built once per page so that naming and locating controls stay linear: the cost of
//! one control must not grow with the number of controls or the size of the page.

use crate::dom::{Document, NodeId, NodeKind};

pub struct Ctx<'a> {
    pub doc: &'a Document,
    /// Elements by key, sorted, in document order within a key (`els[i]` has `keys[i]`):
    /// (scope root, id) for `id`s, (scope root + n, value) for `data-testid`s (a locator uses
    /// a unique one), (scope root + 2n, for-id) for `<label for>`s; n is the number of nodes.
    /// A sorted list looked up by binary search: no hashing code in the Wasm.
    keys: Vec<(NodeId, &'a str)>,
    els: Vec<NodeId>,
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
        let mut nth = vec![1u32; n];
        // (key, element); (parent + 3n, tag) counts `:nth-of-type` once sorted.
        let mut index: Vec<(NodeId, &str, NodeId)> = Vec::new();
        // Iterative composed pre-order walk: (node, scope of its children).
        let mut stack: Vec<(NodeId, NodeId)> = vec![(0, 0)];
        let mut post: Vec<NodeId> = Vec::with_capacity(n);
        let mut pos = 0u32;
        while let Some((id, sc)) = stack.pop() {
            order[id] = pos;
            pos += 1;
            post.push(id);
            scope[id] = sc;
            let node = &doc.nodes[id];
            if let NodeKind::Element(e) = &node.kind {
                for (k, a) in [(sc, "id"), (sc + n, "data-testid"), (sc + 2 * n, "for")] {
                    if let Some(v) = e.attr(a).filter(|_| a != "for" || e.name == "label") {
                        index.push((k, v, id));
                    }
                }
                // Siblings are reached in document order (pushed in reverse below).
                index.push((node.parent.unwrap_or(0) + 3 * n, live_tag(&e.name), id));
            }
            let child_scope = if doc.is_scope_root(id) { id } else { sc };
            for &c in node.children.iter().rev() {
                stack.push((c, child_scope));
            }
            if let Some(sr) = node.shadow_root {
                stack.push((sr, sr));
            }
        }
        // Stable: document order within a key.
        crate::sort::sort_by(&mut index, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut keys = Vec::with_capacity(index.len());
        let mut els = Vec::with_capacity(index.len());
        for (i, &(k, v, id)) in index.iter().enumerate() {
            if k >= 3 * n && i > 0 && keys[i - 1] == (k, v) {
                nth[id] = nth[els[i - 1]] + 1;
            }
            keys.push((k, v));
            els.push(id);
        }
        // Subtree sizes: children always come after parents in `post` (pre-order).
        for &id in post.iter().rev() {
            if let Some(p) = doc.composed_parent(id) {
                size[p] += size[id];
            }
        }
        Ctx {
            doc,
            keys,
            els,
            nth,
            control: Vec::new(),
            scope,
            size,
            order,
            preorder: post,
        }
    }

    /// The elements under a key, in document order.
    fn find(&self, key: NodeId, v: &str) -> &[NodeId] {
        let lo = self.keys.partition_point(|&k| k < (key, v));
        let hi = lo + self.keys[lo..].partition_point(|&k| k == (key, v));
        &self.els[lo..hi]
    }

    pub fn by_id(&self, scope: NodeId, id: &str) -> Option<NodeId> {
        self.find(scope, id).first().copied()
    }

    pub fn id_is_unique(&self, scope: NodeId, id: &str) -> bool {
        self.find(scope, id).len() == 1
    }

    pub fn testid_is_unique(&self, scope: NodeId, v: &str) -> bool {
        self.id_is_unique(scope + self.doc.nodes.len(), v)
    }

    /// Is `id` a control's own element (see `control`)?
    pub fn is_control(&self, id: NodeId) -> bool {
        self.control.get(id).is_some_and(|&c| c)
    }

    pub fn labels_for(&self, scope: NodeId, id: &str) -> &[NodeId] {
        self.find(scope + 2 * self.doc.nodes.len(), id)
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
