//! A map from text keys, kept as one sorted list: what the history needs of a `BTreeMap`
//! (ordered keys, a JSON object on disk) without its node code, which cost the Wasm some
//! kilobytes for each type of value. Lookups are binary searches; the history holds at most a
//! few hundred pages, so inserting into the list is cheap.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};
use std::marker::PhantomData;

#[derive(Debug, Clone, PartialEq)]
pub struct Keyed<T>(Vec<(String, T)>);

impl<T> Default for Keyed<T> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<T> Keyed<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, k: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(x, _)| x.as_str().cmp(k))
    }

    pub fn get(&self, k: &str) -> Option<&T> {
        self.find(k).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, k: &str) -> Option<&mut T> {
        self.find(k).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, k: &str) -> bool {
        self.find(k).is_ok()
    }

    /// The value under `k`, made by `make` if there is none.
    pub fn get_or_insert_with(&mut self, k: String, make: impl FnOnce() -> T) -> &mut T {
        let i = match self.find(&k) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (k, make()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// Puts `v` under `k`, in place of what was there.
    pub fn insert(&mut self, k: String, v: T) {
        match self.find(&k) {
            Ok(i) => self.0[i].1 = v,
            Err(i) => self.0.insert(i, (k, v)),
        }
    }

    pub fn remove(&mut self, k: &str) {
        if let Ok(i) = self.find(k) {
            self.0.remove(i);
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn retain(&mut self, keep: impl Fn(&T) -> bool) {
        self.0.retain(|(_, v)| keep(v));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// In key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl<T> IntoIterator for Keyed<T> {
    type Item = (String, T);
    type IntoIter = std::vec::IntoIter<(String, T)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T> std::ops::Index<&str> for Keyed<T> {
    type Output = T;
    fn index(&self, k: &str) -> &T {
        self.get(k).expect("no such key")
    }
}

/// A JSON object, in key order (as a `BTreeMap` wrote it).
impl<T: Serialize> Serialize for Keyed<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Keyed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
            type Value = Keyed<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Keyed<T>, A::Error> {
                // A key given twice keeps its last value, as a `BTreeMap` did.
                let mut m = Keyed::new();
                while let Some((k, v)) = a.next_entry::<String, T>()? {
                    m.insert(k, v);
                }
                Ok(m)
            }
        }
        d.deserialize_map(Entries(PhantomData))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Keyed;
    use std::collections::BTreeMap;

    /// The same JSON as the `BTreeMap` the history used before: keys in order, a key given
    /// twice keeping its last value, and back again.
    #[test]
    fn reads_and_writes_json_as_a_btreemap_did() {
        let text = r#"{"b":{"x":2},"a":{"x":1},"c":{"x":3},"a":{"x":4}}"#;
        let ours: Keyed<BTreeMap<String, u32>> = serde_json::from_str(text).unwrap();
        let theirs: BTreeMap<String, BTreeMap<String, u32>> = serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&theirs).unwrap()
        );
        assert_eq!(ours["a"]["x"], 4);
        assert_eq!(ours.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
    }

    #[test]
    fn inserts_replace_and_keep_order() {
        let mut m = Keyed::new();
        for (k, v) in [("m", 1), ("c", 2), ("x", 3), ("c", 4)] {
            m.insert(k.to_string(), v);
        }
        *m.get_or_insert_with("a".into(), || 0) += 5;
        *m.get_or_insert_with("m".into(), || 0) += 5;
        m.remove("x");
        assert_eq!(
            m.iter().map(|(k, v)| (k.as_str(), *v)).collect::<Vec<_>>(),
            [("a", 5), ("c", 4), ("m", 6)]
        );
        assert!(m.contains_key("c") && !m.contains_key("x") && m.len() == 3);
    }
}
