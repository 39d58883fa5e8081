//! Arena tree: nodes live in one `Vec`, linked by index. Cheap to build, no `Rc` cycles, and
//! bounded by the parser's node limit.

pub type NodeId = usize;

#[derive(Debug, Clone)]
pub struct Element {
    /// Lowercase tag name.
    pub name: String,
    /// Attributes in source order, names lowercase.
    pub attrs: Vec<(String, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn has_attr(&self, name: &str) -> bool {
        self.attrs.iter().any(|(k, _)| k == name)
    }
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Document,
    /// An open shadow root attached to `host`.
    ShadowRoot {
        host: NodeId,
    },
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    /// For a shadow host: its shadow root node.
    pub shadow_root: Option<NodeId>,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub nodes: Vec<Node>,
    /// True when a parse limit cut the page short.
    pub truncated: bool,
    /// Which limits did (see `ParseLimits`), each once: what the report's notice names.
    pub limits_hit: Vec<Limit>,
    /// What the page's own `<style>` sheets hide (a saved page; captures carry none).
    pub sheets: super::css::Sheets,
}

/// A parse limit that was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The input was longer than `max_bytes`: the rest was not read.
    Bytes,
    /// The tree reached `max_nodes`: later nodes were not created.
    Nodes,
    /// Elements nested deeper than `max_depth` were attached higher up (their content kept).
    Depth,
}

impl Document {
    /// Note that `limit` cut the page short.
    pub fn hit(&mut self, limit: Limit) {
        self.truncated = true;
        if !self.limits_hit.contains(&limit) {
            self.limits_hit.push(limit);
        }
    }
}

pub const ROOT: NodeId = 0;

impl Document {
    pub fn new() -> Self {
        Document {
            nodes: vec![Node {
                kind: NodeKind::Document,
                parent: None,
                children: Vec::new(),
                shadow_root: None,
            }],
            truncated: false,
            limits_hit: Vec::new(),
            sheets: Default::default(),
        }
    }

    pub fn push(&mut self, parent: NodeId, kind: NodeKind) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            parent: Some(parent),
            children: Vec::new(),
            shadow_root: None,
        });
        self.nodes[parent].children.push(id);
        id
    }

    /// A shadow root is not a child of its host (it is not in the light tree).
    pub fn attach_shadow(&mut self, host: NodeId) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind: NodeKind::ShadowRoot { host },
            parent: Some(host),
            children: Vec::new(),
            shadow_root: None,
        });
        self.nodes[host].shadow_root = Some(id);
        id
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id].kind {
            NodeKind::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map(|e| e.name.as_str()).unwrap_or("")
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].parent
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id].children
    }

    /// Does `id` start a new id scope (document, shadow root, inlined frame)?
    pub fn is_scope_root(&self, id: NodeId) -> bool {
        match &self.nodes[id].kind {
            NodeKind::Document | NodeKind::ShadowRoot { .. } => true,
            NodeKind::Element(e) => e.name == "unticked-frame",
            NodeKind::Text(_) => false,
        }
    }

    /// The scope root that contains `id` (for an inlined frame element itself: the outer scope).
    pub fn scope_of(&self, id: NodeId) -> NodeId {
        let mut cur = self.nodes[id].parent;
        while let Some(p) = cur {
            if self.is_scope_root(p) {
                return p;
            }
            cur = self.nodes[p].parent;
        }
        ROOT
    }

    /// Composed parent: through shadow roots to their hosts, and through frames.
    pub fn composed_parent(&self, id: NodeId) -> Option<NodeId> {
        match self.nodes[id].kind {
            NodeKind::ShadowRoot { host } => Some(host),
            _ => self.nodes[id].parent,
        }
    }

    /// Element ancestors in the composed tree, nearest first.
    pub fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            doc: self,
            cur: self.composed_parent(id),
        }
    }
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Ancestors<'a> {
    doc: &'a Document,
    cur: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.cur?;
        self.cur = self.doc.composed_parent(id);
        Some(id)
    }
}
